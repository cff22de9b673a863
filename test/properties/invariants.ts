// What must hold for any text: the analysis returns, every span lies in the text on UTF-16
// boundaries, arrays are sorted, a fix's edits do not overlap, the result is deterministic,
// stories read on their own text and placed are the stories read in place, the lines of an
// edited text taken partly from the version before are the lines read anew, an analyzer that
// read an earlier version gives what a first analysis gives, an analysis told as a delta
// against the one before gives it whole, and applying any one fix leaves
// a text that analyses again. Shared by the bounded property test in `npm test` and by
// `npm run fuzz`, which runs them for a given time.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analysisDelta, applyDelta } from '../../src/core/analysis/delta';
import { type Analysis, analyze, Analyzer } from '../../src/core/analyze';
import { DEFAULT_CONFIG, type StyleConfig } from '../../src/core/config/styleConfig';
import { applyEdits } from '../../src/core/findings/applyFixes';
import { analysisJson } from '../../src/core/json/analysisJson';
import type { Span } from '../../src/core/model/span';
import { parseStories } from '../../src/core/parse/document';
import { kindLines, kindLinesAfterEdit } from '../../src/core/parse/lineKinds';
import { readQuotes } from '../../src/core/quotes/speakers';
import { RULES } from '../../src/core/rules';
import { unchangedEnds } from '../../src/core/text/unchangedEnds';

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** A boundary that splits a surrogate pair would cut a character in two. */
function onBoundary(text: string, at: number): boolean {
  return at === 0 || at === text.length || !(isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at)));
}

function checkSpan(text: string, s: Span, what: string): void {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length)) {
    throw new Error(`${what} ${s.start}..${s.end} is not inside 0..${text.length}`);
  }
  if (!onBoundary(text, s.start) || !onBoundary(text, s.end)) throw new Error(`${what} ${s.start}..${s.end} splits a surrogate pair`);
}

function checkSorted(spans: readonly Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1]!.start > spans[i]!.start) throw new Error(`${what} are not sorted by start`);
}

/** Throws with the broken invariant; returns the analysis otherwise. */
export function checkInvariants(text: string): Analysis {
  const a = analyze(text);
  checkSorted(a.stories, 'stories');
  for (const story of a.stories) {
    checkSpan(text, story, 'story');
    for (const part of [story.headline, story.standfirst, story.dateline, ...story.residue]) if (part) checkSpan(text, part, 'story part');
    for (const section of story.sections) {
      checkSpan(text, section, 'section');
      for (const p of section.paragraphs) {
        checkSpan(text, p, 'paragraph');
        p.sentences.forEach((s) => checkSpan(text, s, 'sentence'));
      }
    }
  }
  checkSorted(a.quotes, 'quotes');
  for (const q of a.quotes) {
    checkSpan(text, q, 'quotation');
    for (const s of [q.inner, q.source, q.cue]) if (s) checkSpan(text, s, 'quotation part');
  }
  for (const p of a.people) p.mentions.forEach((m) => checkSpan(text, m, `mention of ${p.name}`));
  checkSorted(a.findings, 'findings');
  for (const f of a.findings) {
    checkSpan(text, f, f.rule);
    f.related.forEach((r) => checkSpan(text, r, `${f.rule} related`));
    checkSorted(f.related, `${f.rule} related spans`);
    for (const fix of f.fixes) {
      const edits = [...fix.edits].sort((x, y) => x.start - y.start);
      edits.forEach((e, i) => {
        checkSpan(text, e, `${f.rule} edit`);
        if (i > 0 && edits[i - 1]!.end > e.start) throw new Error(`the edits of "${fix.title}" overlap`);
      });
    }
  }
  return a;
}

/** The model of the stories, each read on its own text and moved into place, is the model read in place in the whole text. */
function checkPlaced(text: string, a: Analysis): void {
  if (a.findings.some((f) => f.rule === 'not-text')) return;
  const stories = parseStories(text);
  assert.deepStrictEqual(a.stories, stories, 'the stories placed differ from the stories read in place');
  const verbs = new Set(DEFAULT_CONFIG.speechVerbs.map((v) => v.toLowerCase()));
  const { quotes, people, strays } = readQuotes(text, stories, verbs);
  assert.deepStrictEqual({ quotes: a.quotes, people: a.people, strays: a.strays }, { quotes, people, strays }, 'the quotations placed differ from those read in place');
}

/**
 * Small edits an editor makes: a character typed, one deleted, a paragraph break, a story's end
 * marker, and a word typed into the earlier copy of a repetition, which changes what a later
 * paragraph repeats.
 */
function editsOf(text: string, a: Analysis): string[] {
  const at = (k: number): number => Math.floor((text.length * k) / 4);
  const copy = a.findings.find((f) => f.rule.includes('duplicate') || f.rule === 'repeated-passage')?.related[0];
  const inCopy = copy ? text.indexOf(' ', (copy.start + copy.end) >> 1) : -1;
  return [
    `${text.slice(0, at(2))}x${text.slice(at(2))}`,
    text.slice(0, at(1)) + text.slice(at(1) + 1),
    `${text.slice(0, at(3))}\n\n${text.slice(at(3))}`,
    `${text.slice(0, at(2))}\nENDS\n${text.slice(at(2))}`,
    ...(inCopy >= 0 ? [`${text.slice(0, inCopy)} indeed${text.slice(inCopy)}`] : []),
  ];
}

/** A house style that sets everything a story's own analysis reads, so that the analyzer must pass each part of it on. */
const HOUSE: StyleConfig = {
  ...DEFAULT_CONFIG,
  rules: { spacing: 'error', 'duplicate-paragraph': 'off' },
  quoteStyle: 'curly',
  dash: 'spaced-en',
  minQuoteWords: 2,
  minPassageWords: 8,
  speechVerbs: ['quipped', 'noted'],
  residue: ['Subhead here', 'ENDS'],
  people: [{ name: 'Sergey Lavrov', title: 'Foreign Minister', variants: ['Sergei Lavrov', 'Lavrof'] }],
  ignore: [{ rule: 'unattributed-quote', text: '"we are ready," lavrov said.' }, { rule: 'spacing', text: 'it is over' }],
};

/** An analyzer that read one version, given the next, answers as a first analysis of it would. */
function checkIncremental(before: string, after: string, fresh: Analysis): void {
  const analyzer = new Analyzer();
  analyzer.analyze(before);
  assert.deepStrictEqual(analyzer.analyze(after), fresh, 'an analysis after an edit differs from a first analysis');
  const house = new Analyzer(RULES, HOUSE);
  house.analyze(before);
  assert.deepStrictEqual(house.analyze(after), analyze(after, RULES, HOUSE), 'with a house style, an analysis after an edit differs from a first analysis');
}

/** An analysis told as what changed since the one before, as the worker thread sends it, gives it whole where it is received. */
function checkDelta(before: Analysis, after: Analysis): void {
  const { text: _before, ...parts } = before;
  const { text: _after, ...expected } = after;
  assert.deepStrictEqual(applyDelta(parts, structuredClone(analysisDelta(before, after))), expected, 'an analysis told as a delta differs');
}

/** The lines of an edited text, those the edit left alone taken from the version before, are the lines read anew. */
function checkLines(before: string, after: string): void {
  const lines = kindLinesAfterEdit(after, before, kindLines(before), unchangedEnds(before, after));
  assert.deepStrictEqual(lines, kindLines(after), 'the lines after an edit differ from the lines read anew');
}

/** All invariants, determinism, incremental analysis, and one re-analysis after each fix of the first findings. */
export function checkText(text: string): void {
  const a = checkInvariants(text);
  if (JSON.stringify(analysisJson('f', a)) !== JSON.stringify(analysisJson('f', analyze(text)))) throw new Error('two analyses differ');
  checkPlaced(text, a);
  const edits = editsOf(text, a).map((edited) => ({ edited, fresh: analyze(edited) }));
  for (const { edited, fresh } of edits) {
    checkLines(text, edited);
    checkLines(edited, text);
    checkIncremental(text, edited, fresh);
    checkIncremental(edited, text, a);
    checkDelta(a, fresh);
    checkDelta(fresh, a);
  }
  // One analyzer through every edit in turn and back: what it keeps from versions before the last is used too.
  const chain = new Analyzer();
  chain.analyze(text);
  for (const { edited, fresh } of [...edits, { edited: text, fresh: a }]) {
    assert.deepStrictEqual(chain.analyze(edited), fresh, 'an analysis after several edits differs from a first analysis');
  }
  for (const f of a.findings.slice(0, 5)) {
    for (const fix of f.fixes) {
      const fixed = applyEdits(text, fix.edits);
      checkIncremental(text, fixed, checkInvariants(fixed));
    }
  }
}

const STORY_PIECES = [
  'MOSCOW, March 29. /TASS/. ', 'NEW YORK (AP) — ', '"We are ready," Lavrov said.', '“It is over,” he said. ', 'According to him, ',
  "``Yes,'' said Smith.", 'Lavrov', 'the Russian top diplomat noted', 'ENDS', '-0-', '\u0001', '\u0002', '\u0003', '\u0000', '\t',
  '\u00a0', '\u200b', '\u00ad', '\r\n', '\n', '\n\n', '\r', '"', '“', '”', '‘', '’', "'", '/', '\\', '|', ' - ', '--', '(', ')', '...',
  '😀', '\ud83d', '\ude00', 'שלום', 'مرحبا', 'e\u0301', '\u202e', 'All news', 'Read more', 'Subhead here', '^Eds: note<', '___',
  'ΟΔΟΣ', 'οδος', 'İSTANBUL', 'istanbul',
];

/** Any string: random Unicode (lone surrogates, controls, emoji, RTL), and story pieces in any order. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.constantFrom(...STORY_PIECES), { maxLength: 80 }).map((p) => p.join('')),
  fc.array(fc.oneof(fc.constantFrom(...STORY_PIECES), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 120 }).map((p) => p.join(' ')),
);

/** A story mutated as pasting does: paragraphs duplicated, rewritten around or dropped, marks swapped, lines joined. */
export function mutatedStory(base: string): fc.Arbitrary<string> {
  const paragraphs = base.split(/\n\n/);
  return fc
    .array(
      fc.oneof(
        fc.nat({ max: paragraphs.length - 1 }).map((i) => (ps: string[]) => [...ps.slice(0, i + 1), ps[i] ?? '', ...ps.slice(i + 1)]),
        fc.nat({ max: paragraphs.length - 1 }).map((i) => (ps: string[]) => ps.filter((_, j) => j !== i)),
        fc.constant((ps: string[]) => ps.map((p) => p.replace(/"/g, '“'))),
        fc.constant((ps: string[]) => ps.map((p) => p.replace(/"/, ''))),
        fc.nat({ max: paragraphs.length - 1 }).map((i) => (ps: string[]) => ps.map((p, j) => (j === i ? p.replace(/\. /g, '.\n') : p))),
        // A paragraph repeated in capitals (a duplicate, case aside), and Greek words whose capital Σ lower-cases by its place.
        fc.nat({ max: paragraphs.length - 1 }).map((i) => (ps: string[]) => [...ps, (ps[i] ?? '').toUpperCase()]),
        fc.constant((ps: string[]) => ps.map((p) => p.replace(/ the /g, ' της '))),
        // A paragraph repeated with other words around it (a near-duplicate), and words of one carried into another (a passage).
        fc.nat({ max: paragraphs.length - 1 }).map((i) => (ps: string[]) => [...ps, `Separately, officials noted that ${ps[i] ?? ''} No one commented.`]),
        fc.tuple(fc.nat({ max: paragraphs.length - 1 }), fc.nat({ max: paragraphs.length - 1 })).map(
          ([i, j]) =>
            (ps: string[]) =>
              ps.map((p, k) => (k === j ? `${p} ${(ps[i] ?? '').split(' ').slice(0, 16).join(' ')}` : p)),
        ),
      ),
      { maxLength: 6 },
    )
    .map((ops) => ops.reduce((ps, op) => op(ps), paragraphs).join('\n\n'));
}
