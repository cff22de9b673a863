// Deterministic bench inputs: baskets of wire stories varied from the fixtures, and adversarial
// files. Same seed, same bytes, on every machine; nothing is downloaded.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const KB = 1024;
const MB = 1024 * KB;

/** mulberry32: small, fast and good enough to vary text. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

function shuffle(rand, list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Names the fixtures use, swapped per story so that speakers and their aliases vary together. */
const FIRST_NAMES = ['Sergey', 'Rex', 'Donald', 'Stefan', 'Tony', 'Dean', 'Jo', 'Claire', 'Mathilde', 'Carlo', 'Helen', 'Ralf', 'Karl', 'Kenji', 'Priya', 'Andrew', 'Tom', 'Jane', 'Ali', 'Rafael', 'Maria', 'Joe', 'Dan', 'Lucas', 'Ignacio', 'Marcelo', 'Anna'];
const SURNAMES = ['Lavrov', 'Putin', 'Trump', 'Tillerson', 'Lofven', 'Blair', 'Hollis', 'Haddad', 'Vidal', 'Roux', 'Benedetti', 'Okafor', 'Sommer', 'Lehmann', 'Ono', 'Raman', 'Bailey', 'Fairley', 'Marsh', 'Tavakoli', 'Dubois', 'Ortiz', 'Reyes', 'Lopez', 'Carter', 'Whitfield', 'Pratto', 'Fernandez', 'Gallardo', 'Weiss'];
const NEW_FIRST = ['Olga', 'Pavel', 'Ines', 'Tomas', 'Yuki', 'Amara', 'Lars', 'Noor', 'Diego', 'Hana', 'Viktor', 'Sofia', 'Kwame', 'Leila', 'Mateo', 'Ingrid', 'Ravi', 'Chloe', 'Omar', 'Greta'];
const NEW_SURNAMES = ['Petrov', 'Nakamura', 'Okonkwo', 'Lindqvist', 'Haddadi', 'Moreau', 'Kowalski', 'Ferreira', 'Sato', 'Mensah', 'Novak', 'Castillo', 'Rahman', 'Bergstrom', 'Ivanova', 'Mwangi', 'Duarte', 'Kaplan', 'Szabo', 'Oyelaran', 'Halvorsen', 'Quispe', 'Tanaka', 'Abernathy'];
const NAME_WORD = new RegExp(`\\b(?:${[...FIRST_NAMES, ...SURNAMES].join('|')})\\b`, 'g');

const SEPARATORS = ['ENDS', '(END)', '-30-', 'REUTER', '###'];
const RESIDUE = ['Read more', 'Advertisement', 'Share this article', 'All news'];

/** The fixture stories that serve as templates: the TASS sample, the agencies, the quote stories, ANPA and IPTC. */
export function templates(root) {
  const dir = join(root, 'test', 'fixtures');
  const read = (p) => readFileSync(join(dir, p), 'utf8').replace(/^\uFEFF/, '');
  return [
    'tass-lavrov-2017-03-29.txt',
    ...readdirSync(join(dir, 'agencies')).sort().map((f) => `agencies/${f}`),
    ...readdirSync(join(dir, 'quotes')).sort().map((f) => `quotes/${f}`),
    'anpa.txt',
    'iptc7901.txt',
  ].map(read);
}

/** Paragraphs by blank lines; formats that indent instead (ANPA, IPTC) come out as one block and only get names and numbers changed. */
const paragraphsOf = (story) => story.split(/\n[ \t]*\n/);

/** Keeps the front (up to the dateline's paragraph, found by its capitals or agency mark), shuffles the body. */
function reshuffle(rand, story) {
  const paras = paragraphsOf(story);
  const lead = paras.findIndex((p, i) => i < 6 && /^[A-Z][A-Z .'-]{2,}[,(]|\/TASS\/|\((?:AP|AFP|Reuters|dpa)\)/.test(p));
  const front = paras.slice(0, lead + 1);
  return { front, body: shuffle(rand, paras.slice(lead + 1)) };
}

function renameAndRenumber(rand, text) {
  const names = new Map();
  const swapped = text.replace(NAME_WORD, (w) => {
    if (!names.has(w)) names.set(w, FIRST_NAMES.includes(w) ? pick(rand, NEW_FIRST) : pick(rand, NEW_SURNAMES));
    return names.get(w);
  });
  return swapped.replace(/\d+/g, (d) => {
    let out = d[0] === '0' ? '0' : String(1 + Math.floor(rand() * 9));
    for (let i = 1; i < d.length; i++) out += String(Math.floor(rand() * 10));
    return out;
  });
}

/** Plants what a copy editor hunts: a repeated word, a doubled sentence, stray and missing marks, a paragraph reused from an earlier story, page furniture. */
function plantDefects(rand, body, earlier) {
  const out = [...body];
  const at = () => Math.floor(rand() * out.length);
  if (out.length === 0) return out;
  if (rand() < 0.4) {
    const i = at();
    out[i] = out[i].replace(/ (the|a|to|of) /, ' $1 $1 ');
  }
  if (rand() < 0.3) {
    const i = at();
    const first = out[i].split(/(?<=\.) /)[0];
    out[i] = `${out[i]} ${first}`;
  }
  if (rand() < 0.25) {
    const i = at();
    out[i] = out[i].replace(/”|"(?=[ ,.]|$)/, '');
  }
  if (rand() < 0.2) out.splice(at(), 0, `"This is a quotation that nobody seems to have said at all," officials in the region were told.`);
  if (rand() < 0.2) out.splice(at(), 0, '"Nobody claims these words, and nobody will."');
  if (rand() < 0.3 && earlier.length > 0) out.splice(at(), 0, pick(rand, earlier));
  if (rand() < 0.15) out.push(pick(rand, RESIDUE));
  return out;
}

/** One story: a template with its body shuffled, names and numbers changed, defects planted. */
function story(rand, tpl, earlier) {
  const { front, body } = reshuffle(rand, tpl);
  const planted = plantDefects(rand, body, earlier);
  for (const p of planted) if (earlier.length < 200 && rand() < 0.05) earlier.push(p);
  return renameAndRenumber(rand, [...front, ...planted].join('\n\n'));
}

/** A basket of stories up to `size` characters, each closed by an end marker. */
export function basket(tpls, size, seed, separated = true) {
  const rand = prng(seed);
  const parts = [];
  const earlier = [];
  let length = 0;
  while (length < size) {
    const s = story(rand, pick(rand, tpls), earlier);
    const piece = separated ? `${s}\n\n${pick(rand, SEPARATORS)}\n\n` : `${paragraphsOf(s).slice(1).join('\n\n')}\n\n`;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('');
}

function randomUnicode(size, seed) {
  const rand = prng(seed);
  // Weighted towards what text holds: letters of many scripts, marks, spaces, breaks, quotes, astral symbols.
  const ranges = [[0x20, 0x7e], [0xa0, 0x24f], [0x300, 0x36f], [0x370, 0x52f], [0x590, 0x6ff], [0x900, 0x97f], [0x2000, 0x206f], [0x3040, 0x30ff], [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0x1f300, 0x1faff], [0x10000, 0x1007f]];
  const parts = [];
  let length = 0;
  while (length < size) {
    const r = rand();
    let s;
    if (r < 0.05) s = '\n';
    else if (r < 0.08) s = pick(rand, ['"', '“', '”', "'", '’', '«', '»', '``', "''", '.', '. ']);
    else if (r < 0.2) s = ' ';
    else {
      const [lo, hi] = pick(rand, ranges);
      s = String.fromCodePoint(lo + Math.floor(rand() * (hi - lo + 1)));
    }
    parts.push(s);
    length += s.length;
  }
  return parts.join('');
}

/** `size` characters drawn from `alphabet`. */
function randomOf(alphabet, size, seed) {
  const rand = prng(seed);
  const chars = [...alphabet];
  let out = '';
  for (let i = 0; i < size; i++) out += chars[Math.floor(rand() * chars.length)];
  return out;
}

function repeatTo(size, unit) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Hard-wraps text at 72 columns without blank lines: one paragraph of many lines. */
function wrapped(text) {
  return text.replace(/(.{1,72})(?: |$)/g, '$1\n');
}

/** The inputs, smallest first; each a name, a group and a maker of its text (so that only what is timed is built). */
export function inputs(root) {
  const tpls = templates(root);
  const flat = () => basket(tpls, MB, 3).replace(/\s*\n\s*/g, ' ').slice(0, MB);
  return [
    { name: 'sample', group: 'story', make: () => tpls[0] },
    { name: 'basket 10 KB', group: 'basket', make: () => basket(tpls, 10 * KB, 1) },
    { name: 'basket 100 KB', group: 'basket', make: () => basket(tpls, 100 * KB, 2) },
    { name: 'basket 1 MB', group: 'basket', make: () => basket(tpls, MB, 3) },
    { name: 'basket 10 MB', group: 'basket', make: () => basket(tpls, 10 * MB, 4) },
    { name: 'one story 1 MB', group: 'adversarial', make: () => `${tpls[0].split('\n\n').slice(0, 4).join('\n\n')}\n\n${basket(tpls, MB, 5, false)}` },
    { name: 'one line 1 MB', group: 'adversarial', make: flat },
    { name: 'one paragraph 1 MB', group: 'adversarial', make: () => wrapped(flat()) },
    { name: '100,000 blank lines', group: 'adversarial', make: () => repeatTo(MB, '         \n') },
    { name: 'quote marks 1 MB', group: 'adversarial', make: () => randomOf('"“”„«»\'‘’`', MB, 6) },
    { name: 'slashes 1 MB', group: 'adversarial', make: () => repeatTo(MB, '/') },
    { name: 'random Unicode 1 MB', group: 'adversarial', make: () => randomUnicode(MB, 7) },
  ];
}
