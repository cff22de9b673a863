import { realpathSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { analyze, type Analysis } from '../core/analyze';
import { RULES } from '../core/rules';
import { analysisJson } from '../core/json/analysisJson';
import { VERSION } from '../core/version';
import { parseArgs, USAGE, type AnalyzeArgs } from './args';
import { configFor, findStyleFile } from './config';
import { expand, readText } from './files';
import { formatFindings } from './format';

function fail(message: string): number {
  process.stderr.write(`copydesk: ${message}\n`);
  return 2;
}

function run(args: AnalyzeArgs): number {
  const results: { file: string; analysis: Analysis }[] = [];
  const styleProblems = new Set<string>();
  const notes: string[] = [];
  // A file named twice, or also reached through its directory, is checked once.
  const seen = new Set<string>();
  let directory = false;
  // Read everything first, so that an unreadable file leaves nothing half-printed.
  for (const path of args.paths) {
    let files: string[];
    try {
      files = expand(path);
    } catch (e) {
      return fail(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    if (files.length !== 1 || files[0] !== path) directory = true;
    if (files.length === 0) return fail(`no .wire or .txt files in ${path}`);
    for (const file of files) {
      let read: ReturnType<typeof readText>;
      let real: string;
      try {
        real = realpathSync(file);
        if (seen.has(real)) {
          notes.push(`${file} is given more than once; checked once`);
          continue;
        }
        read = readText(file);
      } catch (e) {
        return fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      }
      seen.add(real);
      if (!read.utf8) notes.push(`${file} is not valid UTF-8; its invalid bytes are read as U+FFFD, as the editor shows them`);
      const styleFile = args.config ?? findStyleFile(file);
      let style: ReturnType<typeof configFor>;
      try {
        style = configFor(styleFile);
      } catch (e) {
        return fail(`cannot read ${styleFile}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      }
      style.problems.forEach((p) => styleProblems.add(p));
      results.push({ file, analysis: analyze(read.text, RULES, style.config) });
    }
  }
  // A broken style file is said once; what it got wrong falls back to the defaults.
  styleProblems.forEach((p) => process.stderr.write(`copydesk: style file: ${p}\n`));
  notes.forEach((n) => process.stderr.write(`copydesk: ${n}\n`));
  if (args.json) {
    const docs = results.map((r) => analysisJson(r.file, r.analysis));
    // A directory gives an array even when it holds one file, so scripts see one shape per call.
    const single = args.paths.length === 1 && !directory;
    process.stdout.write(JSON.stringify(single ? docs[0] : docs, null, 2) + '\n');
  } else {
    const lines = results.flatMap((r) => formatFindings(r.file, r.analysis));
    if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
  }
  return results.some((r) => r.analysis.findings.some((f) => f.severity === 'error')) ? 1 : 0;
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
  return run(parsed.args);
}

// A run reads each file once, so V8's habit of interpreting a pattern before compiling it is
// never repaid: compiled at first use, the patterns make a run on one story a quarter faster.
// The CLI owns its process; the extension shares VS Code's and sets no flag.
setFlagsFromString('--no-regexp-tier-up');
process.exitCode = main(process.argv.slice(2));
