// Direct quotes and their speakers on PolNeAR's train split, scored as issue 19's acceptance
// measure scores them (../shared/eval/polnear.mjs is the reference; the figures must agree):
//  found       a gold quote that an output quote overlaps by at least half, marks stripped
//  speaker     of found gold quotes with a Source: the output's `source` overlaps it, or a
//              mention of the output's speaker does, or the Source's last capitalised word is
//              a word of the speaker's name
//  false alarm of those, an `unattributed-quote` finding overlapping the quote
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { goldQuotes, readAttributions } from './brat.mjs';
import { excerpt, lineSpans, mostOverlapping, overlap, pct, wordCount } from './spans.mjs';

const TARGETS = { found: 0.97, speaker: 0.9, falseAlarms: 0.03 };

/** The article files of a PolNeAR checkout, its data/train folder, or a prepared folder of text/ and ann/. */
export function polnearArticles(dir) {
  if (/(?:^|[/\\])(?:dev|test)[/\\]?$/.test(dir)) throw new Error('dev and test are held out: score on data/train only');
  const candidates = [
    { text: join(dir, 'text'), ann: join(dir, 'ann') },
    { text: join(dir, 'text'), ann: join(dir, 'attributions') },
    { text: join(dir, 'data/train/text'), ann: join(dir, 'data/train/attributions') },
  ];
  const found = candidates.find((c) => existsSync(c.text) && existsSync(c.ann));
  if (!found) throw new Error(`no PolNeAR train split in ${dir}: give a checkout, its data/train, or a folder of text/ and ann/`);
  const anns = readdirSync(found.ann).filter((f) => f.endsWith('.ann')).sort();
  return readdirSync(found.text).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const name = f.replace(/\.txt$/, '');
    // A checkout holds one .ann per annotator (name_annotator.ann); the first is read, as the reference does.
    const ann = anns.find((a) => a === `${name}.ann`) ?? anns.find((a) => a.startsWith(`${name}_`));
    return { name, textFile: join(found.text, f), annFile: ann ? join(found.ann, ann) : null };
  }).filter((a) => a.annFile);
}

const MARKS = /["“”]/;
function stripMarks(text, s) {
  let { start, end } = s;
  if (MARKS.test(text[start] ?? '')) start++;
  if (end > start && MARKS.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

const lastCapitalised = (s) => (s.match(/\p{Lu}[\p{L}\p{M}'’.-]*/gu) ?? []).pop()?.replace(/(['’]s?|\.)$/u, '');
const hasWord = (name, word) => typeof name === 'string' && name.split(/[^\p{L}\p{M}'’.-]+/u).some((w) => w.replace(/(['’]s?|\.)$/u, '') === word);

const PRONOUNS = /^(?:he|she|they|it|we|i|you|him|her|them|his|its|their)$/i;

/** The shape of a gold Source: what kind of words name the speaker. */
function sourceShape(words) {
  if (PRONOUNS.test(words)) return 'pronoun';
  if (/^\p{Lu}/u.test(words) && !/^(?:The|A|An|One|Some|Many|Several|Two|Three|Most|Other|Another)\s/.test(words)) return 'name';
  return 'descriptor';
}

/** Where a gold Source stands against its quote. */
function sourcePlace(text, source, quote, lines) {
  const line = lines.find((l) => l.start <= quote.start && quote.start < l.end);
  const s = source[0];
  if (!line || s.start < line.start) return s.start < quote.start ? 'earlier paragraph' : 'later paragraph';
  if (s.start >= line.end) return 'later paragraph';
  if (s.start >= quote.end) return /[.!?]["”’]?\s/.test(text.slice(quote.end, s.start)) ? 'later sentence' : 'after, same sentence';
  const between = text.slice(s.end, quote.start);
  return /[.!?]["”’)]*\s+\S/.test(between) ? 'earlier sentence' : 'before, same sentence';
}

function outputKind(q, person) {
  if (q.speaker == null) return q.source ? 'source not resolved' : 'no source';
  if (!q.source) return `inherited ${person ? 'wrong speaker' : ''}`.trim();
  return 'wrong source';
}

export function scoreArticle(text, attributions, a) {
  const lines = lineSpans(text);
  const n = { gold: 0, short: 0, found: 0, withSource: 0, right: 0, falseAlarms: 0, outcomes: [] };
  const errors = [];
  const outputs = a.quotes.map((q) => ({ ...stripMarks(text, q), q }));
  const alarms = a.findings.filter((f) => f.rule === 'unattributed-quote');
  for (const g of goldQuotes(text, attributions)) {
    const gs = stripMarks(text, g);
    if (gs.end <= gs.start) continue;
    n.gold++;
    n.short += wordCount(text.slice(gs.start, gs.end)) < 4;
    const best = mostOverlapping(outputs, gs);
    if (!best || overlap(best, gs) < (gs.end - gs.start) / 2) {
      errors.push({ kind: 'MISSED', group: 'missed', g });
      continue;
    }
    n.found++;
    if (!g.source) continue;
    n.withSource++;
    const q = best.q;
    const person = q.speaker == null ? null : a.people.find((p) => p.id === q.speaker);
    const onSource = (s) => s && g.source.some((x) => overlap(s, x) > 0);
    const sourceWords = g.source.map((s) => text.slice(s.start, s.end)).join(' ');
    const word = lastCapitalised(sourceWords);
    const right = onSource(q.source) || person?.mentions?.some(onSource) || (word && hasWord(person?.name, word));
    if (right) n.right++;
    n.outcomes.push(`${right ? 'right' : 'WRONG'} ${g.start} ${text.slice(g.start, g.end).slice(0, 50).replace(/\s+/g, ' ')} -> ${person?.name ?? (q.source ? text.slice(q.source.start, q.source.end) : 'none')}`);
    const cue = (g.cue ?? []).map((c) => text.slice(c.start, c.end)).join(' ').toLowerCase() || 'none';
    const place = sourcePlace(text, g.source, g, lines);
    const shape = sourceShape(sourceWords);
    if (!right) errors.push({ kind: 'WRONG SPEAKER', group: `${outputKind(q, person)} · ${shape} ${place}`, g, q, person, cue, sourceWords });
    if (alarms.some((f) => overlap(f, g) > 0)) {
      n.falseAlarms++;
      errors.push({ kind: 'FALSE unattributed-quote', group: `false alarm · ${shape} ${place}`, g, q, cue, sourceWords });
    }
  }
  return { n, errors };
}

function describe(text, e) {
  if (e.kind === 'MISSED') return `${excerpt(text, e.g, 30)}`;
  const got = e.person ? e.person.name : e.q.speaker == null ? 'no speaker' : `id ${e.q.speaker}`;
  const via = e.q.source ? ` via "${text.slice(e.q.source.start, e.q.source.end)}"` : '';
  return `${excerpt(text, e.g, 60)}\n      gold "${e.sourceWords}" (cue "${e.cue}"); output ${got}${via}`;
}

/** Scores every article; prints the figures and the errors grouped by pattern, `show` examples a group. */
export async function evalPolnear(dir, analyse, { show = 3, group: only = null, dump = null } = {}) {
  const articles = polnearArticles(dir);
  const total = { gold: 0, short: 0, found: 0, withSource: 0, right: 0, falseAlarms: 0 };
  const groups = new Map();
  for (const art of articles) {
    const text = new TextDecoder().decode(readFileSync(art.textFile));
    const { n, errors } = scoreArticle(text, readAttributions(readFileSync(art.annFile, 'utf8')), analyse(art.textFile, text));
    for (const k of Object.keys(total)) total[k] += n[k];
    if (dump) for (const o of n.outcomes) dump.push(`${art.name} ${o}`);
    for (const e of errors) {
      if (!groups.has(e.group)) groups.set(e.group, []);
      groups.get(e.group).push({ art, text, e });
    }
  }
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  console.log('Errors by pattern (what the output did · the gold source and where it stands):');
  for (const [name, list] of sorted) {
    if (only && !name.includes(only)) continue;
    console.log(`\n${String(list.length).padStart(5)}  ${name}`);
    const step = Math.max(1, Math.floor(list.length / show));
    for (let i = 0; i < list.length && i / step < show; i += step) {
      const { art, text, e } = list[i];
      console.log(`    ${art.name}: ${describe(text, e)}`);
    }
  }
  const found = total.found / total.gold;
  const speaker = total.right / total.withSource;
  const falseAlarms = total.falseAlarms / total.withSource;
  console.log(`\nPolNeAR train: ${articles.length} articles, ${total.gold} gold direct quotes (${total.short} of under 4 words)`);
  console.log(`  quotes found                ${pct(found).padStart(6)}  (${total.found}/${total.gold}), target >= ${pct(TARGETS.found)}`);
  console.log(`  right speaker               ${pct(speaker).padStart(6)}  (${total.right}/${total.withSource}), target >= ${pct(TARGETS.speaker)}`);
  console.log(`  unattributed-quote false    ${pct(falseAlarms).padStart(6)}  (${total.falseAlarms}/${total.withSource}), target <= ${pct(TARGETS.falseAlarms)}`);
  return found >= TARGETS.found && speaker >= TARGETS.speaker && falseAlarms <= TARGETS.falseAlarms;
}
