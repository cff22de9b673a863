// `npm run bench`: times the whole analysis and its stages on generated inputs, in one process,
// after warm-up, then one character typed into the 1 MB basket (middle, start, end), the
// extension's bundle sizes and activation, and what a keystroke costs the extension host's main
// thread with the worker (1 MB and 100 KB), what the Sources view adds to an analysis of the
// 1 MB basket, and the CLI's whole run on the 1 MB basket and the 1 MB of quote marks; prints a
// table and writes .bench/results.json.
// Never fails on a time: machines are shared and noisy, so the figures are for reading, not
// for gating.
//
//   node scripts/bench.mjs [--quick] [--no-rules] [--only <substring>]
//     --quick     skips the 10 MB basket and takes fewer runs
//     --no-rules  times the model alone (stories, quotes, people): analyze(text, [])
//   An input whose first analysis takes longer than SLOW_MS is timed once, so that a slow
//   path shows in the figures instead of holding the run for hours.
//   node scripts/bench.mjs --against REF [--only NAME] [--rounds N]
//     times only the quotes-and-people stage, this tree and commit REF alternately in one
//     process (scripts/bench/against.mjs), and prints their ratio per input
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { measureActivation } from './bench/activation.mjs';
import { against } from './bench/against.mjs';
import { measureCli } from './bench/cli.mjs';
import { inputs } from './bench/inputs.mjs';
import { measureWorker } from './bench/worker.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const SLOW_MS = 10_000;

// The stages as analyze() runs them, bundled from src so that the bench needs no compiled tree.
mkdirSync(out, { recursive: true });
const bundle = join(out, 'core.mjs');
await esbuild.build({
  stdin: {
    contents: [
      "export { analyze, Analyzer } from './src/core/analyze';",
      "export { parseStories } from './src/core/parse/document';",
      "export { readQuotes } from './src/core/quotes/speakers';",
      "export { RULES } from './src/core/rules';",
      "export { DEFAULT_CONFIG } from './src/core/config/styleConfig';",
      "export { documentSources, storySources } from './src/core/sources/storySources';",
      // The Sources view's rows before they become TreeItems: they import vscode's types only.
      "export { Snapshot } from './src/vscode/sources/snapshot';",
      "export { childrenOf, storyGroups, storyRows } from './src/vscode/sources/sourceNodes';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'neutral',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  logLevel: 'warning',
});
const core = await import(pathToFileURL(bundle).href);
const { parseStories, readQuotes, DEFAULT_CONFIG } = core;
const RULES = args.includes('--no-rules') ? [] : core.RULES;
const analyze = (text) => core.analyze(text, RULES);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

if (args.includes('--against')) {
  const ref = args[args.indexOf('--against') + 1];
  const rounds = Number(args.includes('--rounds') ? args[args.indexOf('--rounds') + 1] : 30);
  const chosen = inputs(root).filter((i) => (only === null ? i.group !== 'adversarial' && i.name !== 'basket 10 MB' : i.name.includes(only)));
  await against(root, out, ref, chosen, { rounds, gc: args.includes("--no-gc") ? () => {} : gc });
  process.exit(0);
}

const now = () => performance.now();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** analyze() split at its stage boundaries, each timed; rules one by one. */
function staged(text) {
  const t0 = now();
  const stories = parseStories(text);
  const t1 = now();
  const context = { text, stories, config: DEFAULT_CONFIG, ...readQuotes(text, stories) };
  const t2 = now();
  const perRule = {};
  const findings = [];
  for (const rule of RULES) {
    const r0 = now();
    for (const r of rule.check(context)) findings.push({ ...r, rule: rule.meta.id, severity: r.severity ?? rule.meta.defaultSeverity });
    perRule[rule.meta.id] = now() - r0;
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  const t3 = now();
  return { parse: t1 - t0, quotes: t2 - t1, rules: t3 - t2, perRule };
}

/**
 * One more analysis, for its result and its highest heap use above the heap before it (which
 * holds the input): GC statistics give the heap as each collection began, and the end adds the result.
 */
function measuredAnalysis(text) {
  gc();
  const base = process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  const analysis = analyze(text);
  const end = process.memoryUsage().heapUsed;
  const before = profiler.stop().statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize);
  return { analysis, peakHeap: Math.max(end, ...before) - base };
}

/** Runs while the budget lasts, at least `min` and at most `max` times. */
function repeat(fn, { min, max, budgetMs }) {
  const times = [];
  const start = now();
  while (times.length < max && (times.length < min || now() - start < budgetMs)) times.push(fn());
  return times;
}

const all = inputs(root).filter((i) => (only === null || i.name.includes(only)) && !(quick && i.name === 'basket 10 MB'));

// Warm-up: the JIT sees the common paths before anything is timed; each input also runs once untimed.
// After 100 analyses V8 had yet to make about half the optimised code it makes by 1,000 (276 of
// 546 compilations, by --trace-opt), and the sample's median was about 10 % above its median after 1,000.
const sample = all.find((i) => i.name === 'sample')?.make() ?? all[0].make();
for (let i = 0; i < (quick ? 20 : 1000); i++) analyze(sample);

const results = [];
for (const input of all) {
  const text = input.make();
  const big = text.length > 2 ** 22;
  const t0 = now();
  analyze(text);
  const first = now() - t0;
  const plan = first > SLOW_MS ? { min: 1, max: 1, budgetMs: 0 } : big ? { min: 3, max: 7, budgetMs: quick ? 2000 : 8000 } : { min: 5, max: 400, budgetMs: quick ? 500 : 2000 };
  const full = repeat(() => {
    const t0 = now();
    analyze(text);
    return now() - t0;
  }, plan);
  const stages = repeat(() => staged(text), { ...plan, max: Math.min(plan.max, full.length) });
  const stage = (k) => median(stages.map((s) => s[k]));
  const perRule = Object.fromEntries(RULES.map((r) => [r.meta.id, median(stages.map((s) => s.perRule[r.meta.id]))]));
  const { analysis, peakHeap } = measuredAnalysis(text);
  results.push({
    name: input.name,
    group: input.group,
    chars: text.length,
    bytes: Buffer.byteLength(text),
    runs: full.length,
    medianMs: median(full),
    minMs: Math.min(...full),
    p90Ms: quantile(full, 0.9),
    maxMs: Math.max(...full),
    stagesMs: { parse: stage('parse'), quotesAndPeople: stage('quotes'), rules: stage('rules') },
    rulesMs: perRule,
    peakHeapBytes: peakHeap,
    counts: { stories: analysis.stories.length, quotes: analysis.quotes.length, people: analysis.people.length, findings: analysis.findings.length },
  });
  printRow(results[results.length - 1]);
}

function printRow(r) {
  if (results.length === 1) {
    console.log(
      ['input'.padEnd(20), 'UTF-8'.padStart(10), 'median'.padStart(12), 'min–p90'.padStart(22), 'parse'.padStart(11), 'quotes'.padStart(11), 'rules'.padStart(11), 'heap'.padStart(10), 'runs'.padStart(5), '  stories/quotes/people/findings'].join(''),
    );
  }
  const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1)) + ' ms';
  const size = r.bytes >= 2 ** 20 ? `${(r.bytes / 2 ** 20).toFixed(1)} MB` : `${(r.bytes / 1024).toFixed(1)} KB`;
  const heap = `${(r.peakHeapBytes / 2 ** 20).toFixed(1)} MB`;
  const c = r.counts;
  console.log(
    [
      r.name.padEnd(20),
      size.padStart(10),
      ms(r.medianMs).padStart(12),
      `${ms(r.minMs)}–${ms(r.p90Ms).replace(' ms', '')}`.padStart(22),
      ms(r.stagesMs.parse).padStart(11),
      ms(r.stagesMs.quotesAndPeople).padStart(11),
      ms(r.stagesMs.rules).padStart(11),
      heap.padStart(10),
      String(r.runs).padStart(5),
      `  ${c.stories}/${c.quotes}/${c.people}/${c.findings}`,
    ].join(''),
  );
}

/** `text` with a character typed at the first space `fraction` of the way in. */
function typedInto(text, fraction) {
  const at = text.indexOf(' ', Math.floor(text.length * fraction));
  return `${text.slice(0, at)}x${text.slice(at)}`;
}

/** The times of `analyzer`, which read `text` before, analysing `typed` and `text` in turn, as an edit and its undo. */
function retyped(analyzer, text, typed, budgetMs) {
  let flip = false;
  const times = repeat(() => {
    flip = !flip;
    const t0 = now();
    analyzer.analyze(flip ? typed : text);
    return now() - t0;
  }, { min: 5, max: 50, budgetMs });
  return { medianMs: median(times), minMs: Math.min(...times), runs: times.length };
}

/**
 * One character typed into the 1 MB basket, then the document re-analysed by the analyzer that
 * read it before, as the editor does after the debounce: alternately with and without the
 * character, so that every run has a story to read again. In the middle (the figure the targets
 * name), and near the start and the end, where the stories to move and the paragraphs to look
 * up again are most and fewest.
 */
function typing() {
  const input = all.find((i) => i.name === 'basket 1 MB');
  if (!input) return null;
  const text = input.make();
  const typedAt = (fraction) => typedInto(text, fraction);
  // Typed arrays live outside the JS heap, and the analyzer keeps some between versions.
  const used = () => {
    gc();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  const empty = used();
  const analyzer = new core.Analyzer();
  const timed = (typed) => retyped(analyzer, text, typed, quick ? 1000 : 4000);
  analyzer.analyze(text);
  const middle = timed(typedAt(0.5));
  const storiesRead = analyzer.read;
  const nearStart = timed(typedAt(0.02));
  const nearEnd = timed(typedAt(0.98));
  // What the editor holds for the document while it is edited: the latest analysis and what the analyzer keeps for the next edit.
  const held = analyzer.analyze(text);
  const keptBytes = used() - empty;
  return { ...middle, storiesRead, stories: held.stories.length, keptBytes, nearStart, nearEnd };
}

const typed = typing();
if (typed) {
  console.log(`\none character typed in the 1 MB basket, re-analysed: ${typed.medianMs.toFixed(1)} ms median (min ${typed.minMs.toFixed(1)} ms, ${typed.runs} runs)`);
  const near = (t) => `${t.medianMs.toFixed(1)} ms median (min ${t.minMs.toFixed(1)} ms)`;
  console.log(`  near the start ${near(typed.nearStart)}, near the end ${near(typed.nearEnd)}`);
  console.log(`  ${typed.storiesRead} of ${typed.stories} stories read again; the analyzer holds ${(typed.keptBytes / 2 ** 20).toFixed(1)} MB for the document`);
}
/**
 * What the Sources view costs on top of the analysis, which it reads and never repeats, for the
 * 1 MB basket: every story's sources (core's documentSources); the view of the whole document
 * as it first shows, from a fresh snapshot (a group per story, each saying its counts, and the
 * story at the cursor open); the same with every story and source opened; the view of the story
 * at the cursor alone, its sources opened. The story at the cursor is the one with the most
 * quotations. Medians of many runs on one analysis. The TreeItems VS Code asks for, one per row
 * in sight, need the vscode module and are not counted.
 */
function sourcesOfTheBasket() {
  const input = all.find((i) => i.name === 'basket 1 MB');
  if (!input) return null;
  const analysis = analyze(input.make());
  const busiest = core.documentSources(analysis).reduce((a, b) => (b.quotes > a.quotes ? b : a)).story;
  // The snapshot reads the document's version and nothing else of it.
  const snapshot = () => new core.Snapshot({ version: 1, isClosed: false }, analysis);
  const timed = (fn) =>
    median(repeat(() => {
      const t0 = now();
      fn();
      return now() - t0;
    }, { min: 20, max: 2000, budgetMs: quick ? 500 : 2000 }));
  /** Nodes under `nodes` opened down to the quotations, counted. */
  const opened = (nodes) => nodes.reduce((n, node) => n + 1 + opened(core.childrenOf(node)), 0);
  const shown = (s) => {
    const groups = core.storyGroups(s);
    for (const g of groups) s.storySources(g.story);
    return groups.length + opened(core.childrenOf(groups[busiest]));
  };
  return {
    stories: analysis.stories.length,
    quotes: analysis.quotes.length,
    busiestQuotes: core.storySources(analysis, busiest).quotes,
    documentSourcesMs: timed(() => core.documentSources(analysis)),
    documentViewMs: timed(() => shown(snapshot())),
    openedViewMs: timed(() => opened(core.storyGroups(snapshot()))),
    storyViewMs: timed(() => opened(core.storyRows(snapshot(), busiest, 'story'))),
  };
}
const sources = sourcesOfTheBasket();
if (sources) {
  const ms = (x) => `${x.toFixed(2)} ms`;
  console.log(`Sources view of the 1 MB basket (${sources.stories} stories, ${sources.quotes} quotations), on top of its analysis, medians:`);
  console.log(
    `  every story's sources ${ms(sources.documentSourcesMs)}; the view of every story ${ms(sources.documentViewMs)}, opened in full ${ms(sources.openedViewMs)}; ` +
      `of the story at the cursor (${sources.busiestQuotes} quotations) ${(sources.storyViewMs * 1000).toFixed(1)} µs`,
  );
}
const activation = only === null ? await measureActivation(root) : null;
if (activation) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const sizes = Object.entries(activation.sizes).map(([f, s]) => `${f} ${kb(s.bytes)} (${kb(s.gzip)} gzipped)`).join(', ');
  console.log(`activation: loading the bundle and activate() ${activation.firstMs.toFixed(1)} ms the first time, ${activation.medianMs.toFixed(1)} ms median after`);
  console.log(`production bundles: ${sizes}`);
}
const basket = all.find((i) => i.name === 'basket 1 MB')?.make();
const worker = activation && basket ? await measureWorker(root, join(out, 'activation', 'dist'), basket, typedInto(basket, 0.5)) : null;
if (worker) {
  console.log(
    `worker (as for documents from copydesk.workerThreshold): one character typed into the 1 MB basket answered in ${worker.answerMs.toFixed(1)} ms median; the extension host's main thread busy ${worker.hostBusyMs.toFixed(1)} ms sending the text and receiving the answer`,
  );
}

/**
 * Below copydesk.workerThreshold the main thread analyses the document itself: what one
 * character typed in the middle of the 100 KB basket costs it that way and with the worker.
 */
async function smallDocument() {
  const text = all.find((i) => i.name === 'basket 100 KB')?.make();
  if (!text || !activation) return null;
  const typed = typedInto(text, 0.5);
  const analyzer = new core.Analyzer();
  analyzer.analyze(text);
  const mainThreadMs = retyped(analyzer, text, typed, quick ? 500 : 2000).medianMs;
  return { mainThreadMs, worker: await measureWorker(root, join(out, 'activation', 'dist'), text, typed) };
}
const small = await smallDocument();
if (small) {
  console.log(
    `  the 100 KB basket: the main thread busy ${small.worker.hostBusyMs.toFixed(1)} ms with the worker (answer in ${small.worker.answerMs.toFixed(1)} ms), ${small.mainThreadMs.toFixed(1)} ms analysing it there`,
  );
}

const quoteMarks = all.find((i) => i.name === 'quote marks 1 MB')?.make();
const cli = activation && basket && quoteMarks ? measureCli(root, join(out, 'activation', 'dist', 'cli.js'), basket, quoteMarks, quick ? 3 : 7) : null;
if (cli) {
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `the CLI, copydesk analyze --json in a fresh process (medians of ${cli.runs} runs each, taking turns): 1 MB basket ${s(cli.basketMs)}, quote marks 1 MB ${s(cli.quoteMarksMs)}; ${cli.ratio.toFixed(2)} × the basket (target ≤ 3 ×)`,
  );
}

const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', platform: `${process.platform} ${process.arch}` };
const options = { quick, rules: RULES.map((r) => r.meta.id) };
writeFileSync(join(out, 'results.json'), JSON.stringify({ date: new Date().toISOString(), machine, options, results, typed, sources, activation, worker, small }, null, 2) + '\n');
console.log(`\n${machine.node}, ${machine.cpus} × ${machine.cpu}; written to .bench/results.json`);
