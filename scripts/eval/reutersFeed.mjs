// A Reuters-21578 file rebuilt as the raw feed a desk received (reuters.mjs), analysed whole, and
// checked against the SGML's tags: one story per item, its headline (TITLE), its dateline's place
// (DATELINE), its byline (AUTHOR), and findings on what is not prose.
//
// What is not prose, by the tags and the wire's layout: everything of an item outside TITLE and
// BODY (the routing line, the header, the slug line, the control characters, the dateline's own
// dash), the trailer (`Reuter`), and the body's tables: a line with columns (runs of spaces
// inside it), or a paragraph all of whose lines hold figures and labels alone (`Shr 1.07 dlrs vs
// 88 cts`, `Net 12.6 mln vs 15.8 mln`); a note wrapped over lines, whose last line holds only
// figures, is prose. A finding that starts in such a place is a finding on what is not prose.
import { readFileSync } from 'node:fs';
import { feedOf, isHeldOut, readItems } from './reuters.mjs';
import { excerpt, pct, wordCount } from './spans.mjs';

const TARGETS = { headline: 0.995, place: 0.99, byline: 0.95, nonProsePer10k: 0.5 };

const normal = (s) => s.replace(/\s+/g, ' ').trim();

/** The words of agate: results labels and the words tables hold between their figures. */
const AGATE_WORDS = /^(?:shr|shrs|net|revs?|sales|avg|oper|qtr|year|mths|nine|six|three|four|first|second|third|fourth|loss|profit|vs|cts?|dlrs?|mln|billion|pct|note|notes?|turnover|dividend|div|pay|record|payable|prior|assets|deposits|loans|earnings|gross|income|tax|shares|per|share|ended|period|months|weeks?|cash|avg|shrs|diluted|primary|fully|inc|ltd|corp|co|profits?|from|on|of|the|and|in|a|to|for|at|extraordinary|gain|credit|discontinued|operations|ops|before|after|sees|prev|qtly|quarterly|jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec|january|february|august|september|october|november|december|one|two|three|five|six|seven|eight|nine|ten|nil|rev|unit|mln|dlr)$/i;

/** Whether a body line holds columns: two gaps of spaces, not after a sentence's end. */
const isColumnLine = (t) => (t.match(/[^\s.!?:;,"')] {2,}(?=\S)/g) ?? []).length >= 2;

/** Whether a body line is agate: columns, or figures and the words of results alone. */
export function isTableLine(line) {
  const t = line.trim();
  if (t === '') return false;
  if (isColumnLine(t)) return true;
  const words = t.split(/\s+/);
  const figures = words.filter((w) => /\d/.test(w)).length;
  return figures >= 1 && words.every((w) => /\d/.test(w) || AGATE_WORDS.test(w.replace(/[(),:;.]+$/g, '').replace(/^[(]/, '')));
}

/** The spans of a rebuilt item that are not prose, by its tags and layout. */
function nonProse(text, item) {
  const out = [];
  const prose = [];
  if (item.title) prose.push(item.title);
  if (item.body) prose.push(item.body);
  // Everything outside the headline and the body.
  let at = item.start;
  for (const p of prose) {
    if (p.start > at) out.push({ start: at, end: p.start });
    at = p.end;
  }
  if (at < item.end) out.push({ start: at, end: item.end });
  if (item.body) {
    // The body's lines: the trailer, and the lines of tables, a paragraph (indented lines and the
    // lines wrapped under them) all of whose lines are table lines.
    const lines = [];
    let lineStart = item.body.start;
    for (const line of text.slice(item.body.start, item.body.end).split('\n')) {
      lines.push({ start: lineStart, end: lineStart + line.length, line });
      lineStart += line.length + 1;
    }
    let paragraph = [];
    const close = () => {
      if (paragraph.length > 0 && paragraph.every((l) => isTableLine(l.line))) out.push(...paragraph);
      paragraph = [];
    };
    for (const l of lines) {
      if (/^\s*(?:Reuter|REUTER)\s*$/.test(l.line) || isColumnLine(l.line.trim())) {
        close();
        out.push(l);
        continue;
      }
      if (/^\s{2,}\S/.test(l.line) || l.line.trim() === '') close();
      if (l.line.trim() !== '') paragraph.push(l);
    }
    close();
  }
  return out;
}

/** The place of a DATELINE tag: what comes before its date (`LOMBARD, Ill.` of `LOMBARD, Ill., March 3 -`). */
const placeOf = (dateline) => normal(dateline).replace(/ *,? *(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? +\d.*$/i, '').replace(/ *-$/, '');

export async function evalReutersFeed(sgmlFile, analyse, { show = 3 } = {}) {
  if (isHeldOut(sgmlFile)) throw new Error('reut2-000.sgm is held out: use reut2-001.sgm or a later file');
  const feed = feedOf(readItems(readFileSync(sgmlFile, 'utf8')));
  const { text, index } = feed;
  const a = analyse('feed.txt', text);
  const items = index.filter((it) => it.title || it.body);
  // Each story belongs to the item it overlaps most.
  const storiesOf = new Map(items.map((it) => [it.id, []]));
  let stray = 0;
  for (const s of a.stories) {
    let best = null;
    let most = 0;
    for (const it of items) {
      const o = Math.min(s.end, it.end) - Math.max(s.start, it.start);
      if (o > most) [best, most] = [it, o];
    }
    if (best) storiesOf.get(best.id).push(s);
    else stray++;
  }
  const n = { items: items.length, one: 0, headline: 0, headlines: 0, place: 0, places: 0, byline: 0, bylines: 0 };
  const errors = { stories: [], headline: [], place: [], byline: [], nonProse: [] };
  for (const it of items) {
    const found = storiesOf.get(it.id);
    if (found.length === 1) n.one++;
    else errors.stories.push({ it, got: `${found.length} stories` });
    // The story that holds the item's body (or its headline) answers for its parts.
    const key = it.body ?? it.title;
    const story = found.find((s) => s.start <= key.start && key.start < s.end) ?? found[0];
    if (it.title) {
      n.headlines++;
      const want = normal(text.slice(it.title.start, it.title.end));
      const got = story?.headline ? normal(story.headline.text) : null;
      if (got === want) n.headline++;
      else errors.headline.push({ it, span: it.title, got });
    }
    if (it.dateline) {
      n.places++;
      const want = placeOf(text.slice(it.dateline.start, it.dateline.end));
      const got = story?.dateline?.place ? normal(story.dateline.place) : null;
      if (got !== null && got.toUpperCase() === want.toUpperCase()) n.place++;
      else errors.place.push({ it, span: it.dateline, got });
    }
    if (it.author) {
      n.bylines++;
      const want = normal(text.slice(it.author.start, it.author.end));
      const got = story?.byline ? normal(story.byline.text) : null;
      if (got === want) n.byline++;
      else errors.byline.push({ it, span: it.author, got });
    }
  }
  const regions = items.flatMap((it) => nonProse(text, it)).sort((x, y) => x.start - y.start);
  const inRegion = (at) => {
    let lo = 0;
    let hi = regions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at < regions[mid].start) hi = mid - 1;
      else if (at >= regions[mid].end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const byRule = new Map();
  for (const f of a.findings) {
    if (!inRegion(f.start)) continue;
    byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    errors.nonProse.push({ span: f, got: `${f.rule}: ${f.message}` });
  }
  const words = wordCount(text);
  const per10k = (x) => (10_000 * x) / words;
  for (const [kind, list] of Object.entries(errors)) {
    if (list.length === 0) continue;
    console.log(`\n${String(list.length).padStart(5)}  ${kind}`);
    for (const e of list.slice(0, show)) {
      const span = e.span ?? e.it;
      console.log(`    ${e.it ? `${e.it.id}: ` : ''}${excerpt(text, span, 30)}${e.got !== undefined ? `\n      output ${JSON.stringify(e.got)}` : ''}`);
    }
  }
  const nonProseCount = errors.nonProse.length;
  console.log(`\nReuters ${sgmlFile.split('/').pop()} as one feed: ${n.items} items, ${a.stories.length} stories (${stray} outside any item), ${words} words`);
  console.log(`  one story per item          ${pct(n.one / n.items).padStart(6)}  (${n.one}/${n.items})`);
  console.log(`  headline                    ${pct(n.headline / n.headlines).padStart(6)}  (${n.headline}/${n.headlines}), target >= ${pct(TARGETS.headline)}`);
  console.log(`  dateline place              ${pct(n.place / n.places).padStart(6)}  (${n.place}/${n.places}), target >= ${pct(TARGETS.place)}`);
  console.log(`  byline                      ${pct(n.byline / n.bylines).padStart(6)}  (${n.byline}/${n.bylines}), target >= ${pct(TARGETS.byline)}`);
  console.log(`  findings on what is not prose ${per10k(nonProseCount).toFixed(1)} per 10,000 words (${nonProseCount}: ${[...byRule].sort((x, y) => y[1] - x[1]).map(([r, c]) => `${r} ${c}`).join(', ') || 'none'}), target <= ${TARGETS.nonProsePer10k}`);
  return (
    n.one === n.items &&
    n.headline / n.headlines >= TARGETS.headline &&
    n.place / n.places >= TARGETS.place &&
    n.byline / n.bylines >= TARGETS.byline &&
    per10k(nonProseCount) <= TARGETS.nonProsePer10k
  );
}
