// Who said it on 1987 Reuters wire copy: the items of a Reuters-21578 file that hold quotation
// marks, scored against annotations made by hand (eval/reuters-001-speakers.json for
// reut2-001.sgm: per item, each quotation's offsets into the item as storiesOf() writes it,
// its speaker's name and kind, the offsets of the words that name them, whether it is a quoted
// term; no text of the item).
// The measure is PolNeAR's, with the annotated speaker's name in place of the Source's words:
//  found       an annotated quote with a speaker that an output quote overlaps by at least half
//  speaker     the output's `source` overlaps the annotated source, or a mention of the output's
//              speaker does, or the annotated speaker's last capitalised word is a word of its name
//  false alarm an `unattributed-quote` finding on such a quote; also counted on quoted terms
import { readFileSync } from 'node:fs';
import { feedOf, isHeldOut, readItems, storiesOf } from './reuters.mjs';
import { excerpt, mostOverlapping, overlap, pct } from './spans.mjs';

const TARGETS = { found: 0.97, speaker: 0.9, falseAlarms: 0.03 };
const lastCapitalised = (s) => (s.match(/\p{Lu}[\p{L}\p{M}'’.-]*/gu) ?? []).pop()?.replace(/(['’]s?|\.)$/u, '');
const hasWord = (name, word) => typeof name === 'string' && name.split(/[^\p{L}\p{M}'’.-]+/u).some((w) => w.replace(/(['’]s?|\.)$/u, '') === word);
const inner = (text, s) => ({ start: s.start + (text[s.start] === '"' ? 1 : 0), end: s.end - (s.end > s.start + 1 && text[s.end - 1] === '"' ? 1 : 0) });

/** An annotation's offsets moved from the item as storiesOf() writes it to the feed: its headline line, then the rest from the dateline on. */
function intoFeed(g, item, titleLength) {
  const at = (o) => (o <= titleLength ? item.title.start + o : (item.dateline ?? item.body).start + o - titleLength - 1);
  const moved = (s) => s && { ...s, start: at(s.start), end: at(s.end) };
  return { ...g, ...moved(g), source: moved(g.source) };
}

/**
 * Scores every annotated item. `feed`: analyse the whole feed at once, as a desk receives it,
 * instead of each item on its own; the annotations are moved to the feed's offsets.
 */
/** The annotations of a file, by item id: [{ start, end, speaker, kind, source: { start, end } | null, term }]. */
function readAnnotations(file) {
  const { columns, items } = JSON.parse(readFileSync(file, 'utf8'));
  const col = Object.fromEntries(columns.map((c, i) => [c, i]));
  return new Map(Object.entries(items).map(([id, rows]) => [Number(id), rows.map((r) => ({
    start: r[col.start], end: r[col.end], speaker: r[col.speaker], kind: r[col.kind],
    source: r[col.sourceStart] === null ? null : { start: r[col.sourceStart], end: r[col.sourceEnd] }, term: r[col.term] === 1,
  }))]));
}

export async function evalReutersQuotes(sgmlFile, goldFile, analyse, { show = 3, dump = null, feed: wholeFeed = false } = {}) {
  if (isHeldOut(sgmlFile)) throw new Error('reut2-000.sgm is held out: use reut2-001.sgm or a later file');
  const annotations = readAnnotations(goldFile);
  const feed = feedOf(readItems(readFileSync(sgmlFile, 'utf8')));
  const stories = storiesOf(feed);
  const whole = wholeFeed ? analyse('feed.txt', feed.text) : null;
  const n = { items: 0, gold: 0, found: 0, right: 0, falseAlarms: 0, terms: 0, termAlarms: 0 };
  const errors = [];
  for (const story of stories) {
    const { id } = story;
    let gold = annotations.get(id);
    if (!gold) continue;
    n.items++;
    let text = story.text;
    if (whole) {
      const item = feed.index.find((it) => it.id === id);
      gold = gold.map((g) => intoFeed(g, item, text.indexOf('\n')));
      text = feed.text;
    }
    const a = whole ?? analyse(`${id}.txt`, text);
    const outputs = a.quotes.map((q) => ({ ...inner(text, q), q }));
    const alarmed = (g) => a.findings.some((f) => f.rule === 'unattributed-quote' && overlap(f, g) > 0);
    for (const g of gold) {
      if (g.term) {
        n.terms++;
        if (alarmed(g)) {
          n.termAlarms++;
          errors.push({ kind: 'FALSE unattributed-quote on a term', id, text, g });
        }
        continue;
      }
      if (!g.speaker) continue;
      n.gold++;
      const gs = inner(text, g);
      const best = mostOverlapping(outputs, gs);
      if (!best || overlap(best, gs) < (gs.end - gs.start) / 2) {
        errors.push({ kind: 'MISSED', id, text, g });
        continue;
      }
      n.found++;
      const q = best.q;
      const person = q.speaker == null ? null : a.people.find((p) => p.id === q.speaker);
      const onSource = (s) => s && g.source && overlap(s, g.source) > 0;
      const word = lastCapitalised(g.speaker);
      const right = onSource(q.source) || person?.mentions?.some(onSource) || (word && hasWord(person?.name, word));
      if (right) n.right++;
      else errors.push({ kind: 'WRONG SPEAKER', id, text, g, q, person });
      if (dump) dump.push(`${id} ${right ? 'right' : 'WRONG'} ${g.start} -> ${person?.name ?? 'none'}`);
      if (alarmed(g)) {
        n.falseAlarms++;
        errors.push({ kind: 'FALSE unattributed-quote', id, text, g });
      }
    }
  }
  const byKind = new Map();
  for (const e of errors) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  for (const [kind, list] of byKind) {
    console.log(`\n${String(list.length).padStart(5)}  ${kind}`);
    for (const e of list.slice(0, show)) {
      const got = e.person ? e.person.name : e.q ? (e.q.source ? `"${e.text.slice(e.q.source.start, e.q.source.end)}", unresolved` : 'no speaker') : '';
      const via = e.g.source ? ` via "${e.text.slice(e.g.source.start, e.g.source.end)}"` : '';
      console.log(`    ${e.id}: ${excerpt(e.text, e.g, 60)}\n      annotated ${e.g.speaker ?? '(term)'}${via}${got ? `; output ${got}` : ''}`);
    }
  }
  const found = n.found / n.gold;
  const speaker = n.right / n.found;
  const falseAlarms = n.falseAlarms / n.found;
  console.log(`\nReuters ${sgmlFile.split('/').pop()}${wholeFeed ? ' as one feed' : ', item by item'}: ${n.items} annotated items, ${n.gold} attributed quotes, ${n.terms} quoted terms`);
  console.log(`  quotes found                ${pct(found).padStart(6)}  (${n.found}/${n.gold}), target >= ${pct(TARGETS.found)}`);
  console.log(`  right speaker               ${pct(speaker).padStart(6)}  (${n.right}/${n.found}), target >= ${pct(TARGETS.speaker)}`);
  console.log(`  unattributed-quote false    ${pct(falseAlarms).padStart(6)}  (${n.falseAlarms}/${n.found}), target <= ${pct(TARGETS.falseAlarms)}; on terms ${n.termAlarms}/${n.terms}`);
  return found >= TARGETS.found && speaker >= TARGETS.speaker && falseAlarms <= TARGETS.falseAlarms && n.termAlarms === 0;
}
