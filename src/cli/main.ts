import { setFlagsFromString } from 'node:v8';
import { analysisJson } from '../core/json/analysisJson';
import { writePrettyJson } from '../core/json/prettyJson';
import { sourcesJson } from '../core/json/sourcesJson';
import { VERSION } from '../core/version';
import { analyzeFiles, type AnalyzedFiles } from './analyzeFiles';
import { parseArgs, USAGE, type AnalyzeArgs, type SourcesArgs } from './args';
import { formatFindings } from './format';
import { CSV_HEADER, sourcesCsv } from './sourcesCsv';
import { sourcesMarkdown } from './sourcesMarkdown';
import { sourcesTable } from './sourcesTable';

function fail(message: string): number {
  process.stderr.write(`copydesk: ${message}\n`);
  return 2;
}

/** The files analysed, once stderr has heard about them; a number, the exit status, when one could not be read. */
function read(paths: readonly string[], config: string | undefined): AnalyzedFiles | number {
  const files = analyzeFiles(paths, config);
  if ('error' in files) return fail(files.error);
  // A broken style file is said once; what it got wrong falls back to the defaults.
  files.styleProblems.forEach((p) => process.stderr.write(`copydesk: style file: ${p}\n`));
  files.notes.forEach((n) => process.stderr.write(`copydesk: ${n}\n`));
  return files;
}

function printJson(single: boolean, docs: unknown[]): void {
  writePrettyJson(single ? docs[0] : docs, (piece) => process.stdout.write(piece));
  process.stdout.write('\n');
}

function printLines(lines: string[]): void {
  if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
}

function analyzeCommand(args: AnalyzeArgs): number {
  const files = read(args.paths, args.config);
  if (typeof files === 'number') return files;
  const { results, single } = files;
  if (args.json) printJson(single, results.map((r) => analysisJson(r.file, r.analysis)));
  else printLines(results.flatMap((r) => formatFindings(r.file, r.analysis)));
  return results.some((r) => r.analysis.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** Who is quoted is not a finding: the exit status says only whether every file was read. */
function sourcesCommand(args: SourcesArgs): number {
  const files = read(args.paths, args.config);
  if (typeof files === 'number') return files;
  const docs = files.results.map((r) => sourcesJson(r.file, r.analysis));
  if (args.format === 'json') printJson(files.single, docs);
  // RFC 4180 ends records with CRLF; one header, so a day's files make one sheet.
  else if (args.format === 'csv') process.stdout.write([CSV_HEADER, ...docs.flatMap(sourcesCsv)].map((r) => r + '\r\n').join(''));
  else {
    const format = args.format === 'md' ? sourcesMarkdown : sourcesTable;
    // A blank line between files, as between the stories of one.
    printLines(docs.flatMap((d, i) => (i === 0 ? format(d) : ['', ...format(d)])));
  }
  return 0;
}

function main(argv: string[]): number {
  const parsed = parseArgs(argv);
  if ('error' in parsed) return fail(`${parsed.error}\n\n${USAGE}`);
  if (parsed.command === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (parsed.command === 'version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (parsed.command === 'sources') return sourcesCommand(parsed.args);
  return analyzeCommand(parsed.args);
}

// A run reads each file once, so V8's habit of interpreting a pattern before compiling it is
// never repaid: compiled at first use, the patterns make a run on one story a quarter faster.
// The CLI owns its process; the extension shares VS Code's and sets no flag.
setFlagsFromString('--no-regexp-tier-up');
process.exitCode = main(process.argv.slice(2));
