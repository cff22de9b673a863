// Clean web news and the defects injected into it (issue 20): PolNeAR's train split as published
// articles (text/ only; its annotations are not read).
//  - every finding on the articles as published is a false alarm: counted per rule, per 10,000 words;
//  - a paragraph copied further down with up to 30 % of its words changed must be reported
//    (near-duplicate-paragraph, duplicate-paragraph or repeated-passage on the copy);
//  - a dash written as a hyphen (` - `, `--`, ` -- `) must be reported (hyphen-as-dash at it).
// The injections are seeded by each article's name: the same on every run and machine.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lineSpans, overlap, pct, wordCount } from './spans.mjs';

const TARGETS = { perRule: 0.5, nearDuplicate: 0.95, hyphen: 0.95 };
const REPETITION = new Set(['near-duplicate-paragraph', 'duplicate-paragraph', 'repeated-passage']);

/** mulberry32, seeded by a string. */
function random(name) {
  let s = 0x811c9dc5;
  for (const c of name) s = Math.imul(s ^ c.codePointAt(0), 0x01000193);
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const WORDS = ['the', 'new', 'plan', 'said', 'would', 'state', 'people', 'after', 'week', 'public', 'still', 'support', 'also', 'many', 'never', 'really', 'voters', 'issue'];

/** A copy of a paragraph with `share` of its words changed: replaced, dropped or doubled. */
function changed(paragraph, share, rand) {
  const words = paragraph.split(' ');
  const n = Math.floor(words.length * share);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(rand() * words.length);
    const r = rand();
    if (r < 0.5) words[i] = WORDS[Math.floor(rand() * WORDS.length)];
    else if (r < 0.75 && words.length > 4) words.splice(i, 1);
    else words.splice(i, 0, WORDS[Math.floor(rand() * WORDS.length)]);
  }
  return words.join(' ');
}

/** The articles of a PolNeAR train folder (or checkout): their text files. */
function articles(dir) {
  if (/(?:^|[/\\])(?:dev|test)[/\\]?$/.test(dir)) throw new Error('dev and test are held out: use data/train only');
  const textDir = [join(dir, 'text'), join(dir, 'data/train/text')].find((d) => existsSync(d));
  if (!textDir) throw new Error(`no text/ folder in ${dir}`);
  return readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: new TextDecoder().decode(readFileSync(join(textDir, f))) }));
}

export async function evalInjected(dir, analyse, { show = 3 } = {}) {
  const list = articles(dir);
  const perRule = new Map();
  const examples = new Map();
  let words = 0;
  const near = { tried: 0, found: 0, misses: [] };
  const hyphen = { tried: 0, found: 0, misses: [] };
  for (const { name, text } of list) {
    words += wordCount(text);
    const a = analyse(name, text);
    for (const f of a.findings) {
      perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
      if (!examples.has(f.rule)) examples.set(f.rule, []);
      examples.get(f.rule).push(`${name}: ${JSON.stringify(text.slice(Math.max(0, f.start - 30), f.end + 30))} ${f.message}`);
    }
    const rand = random(name);
    const paragraphs = lineSpans(text).filter((p) => wordCount(text.slice(p.start, p.end)) >= 20);
    // A paragraph copied two paragraphs further down, with up to 30 % of its words changed.
    if (paragraphs.length >= 3) {
      const i = Math.floor(rand() * (paragraphs.length - 2));
      const p = paragraphs[i];
      const copy = changed(text.slice(p.start, p.end).replace(/\s+/g, ' '), rand() * 0.3, rand);
      const at = paragraphs[i + 2].end;
      const injected = `${text.slice(0, at)}\n\n${copy}${text.slice(at)}`;
      const span = { start: at + 2, end: at + 2 + copy.length };
      near.tried++;
      const b = analyse(name, injected);
      if (b.findings.some((f) => REPETITION.has(f.rule) && (overlap(f, span) > 0 || f.related?.some((x) => overlap(x, span) > 0)))) near.found++;
      else near.misses.push(`${name}: ${JSON.stringify(copy.slice(0, 90))}`);
    }
    // A dash between two clauses written as a hyphen: at a comma before a conjunction, or in place of a dash.
    const dash = /\s?[—–]\s?|, (?=(?:and|but|which|while|though|as|not|or) )/g;
    const spots = [...text.matchAll(dash)].filter((m) => m.index > 20);
    if (spots.length > 0) {
      const m = spots[Math.floor(rand() * spots.length)];
      const form = [' - ', '--', ' -- '][Math.floor(rand() * 3)];
      const injected = `${text.slice(0, m.index)}${form}${text.slice(m.index + m[0].length)}`;
      const span = { start: m.index, end: m.index + form.length };
      hyphen.tried++;
      const b = analyse(name, injected);
      if (b.findings.some((f) => f.rule === 'hyphen-as-dash' && overlap({ start: f.start - 1, end: f.end + 1 }, span) > 0)) hyphen.found++;
      else hyphen.misses.push(`${name}: ${JSON.stringify(injected.slice(Math.max(0, m.index - 40), m.index + 40))}`);
    }
  }
  const per10k = (x) => (10_000 * x) / words;
  const rules = [...perRule].sort((x, y) => y[1] - x[1]);
  for (const [rule, count] of rules) {
    console.log(`\n${String(count).padStart(5)}  ${rule} on clean news`);
    for (const e of examples.get(rule).slice(0, show)) console.log(`    ${e}`);
  }
  for (const [label, m] of [['near-duplicate not found', near], ['hyphen-as-dash not found', hyphen]]) {
    if (m.misses.length === 0) continue;
    console.log(`\n${String(m.misses.length).padStart(5)}  ${label}`);
    for (const e of m.misses.slice(0, show)) console.log(`    ${e}`);
  }
  const worst = rules[0] ? per10k(rules[0][1]) : 0;
  console.log(`\nClean news (PolNeAR train, ${list.length} articles, ${words} words), and defects injected into it`);
  console.log(`  findings per 10,000 words, by rule: ${rules.map(([r, c]) => `${r} ${per10k(c).toFixed(2)}`).join(', ') || 'none'}; target <= ${TARGETS.perRule} for every rule`);
  console.log(`  near-duplicate paragraphs found ${pct(near.found / near.tried).padStart(6)}  (${near.found}/${near.tried}), target >= ${pct(TARGETS.nearDuplicate)}`);
  console.log(`  hyphens as dashes found         ${pct(hyphen.found / hyphen.tried).padStart(6)}  (${hyphen.found}/${hyphen.tried}), target >= ${pct(TARGETS.hyphen)}`);
  return worst <= TARGETS.perRule && near.found / near.tried >= TARGETS.nearDuplicate && hyphen.found / hyphen.tried >= TARGETS.hyphen;
}
