import { realpathSync } from 'node:fs';
import { analyze, type Analysis } from '../core/analyze';
import { RULES } from '../core/rules';
import { configFor, findStyleFile } from './config';
import { expand, readText } from './files';

export interface AnalyzedFiles {
  results: { file: string; analysis: Analysis }[];
  /**
   * One file was named, so JSON output is one object. A directory gives an array even when it
   * holds one file, so scripts see one shape per call.
   */
  single: boolean;
  /** Problems in style files, each said once. */
  styleProblems: string[];
  /** Files given twice, files not valid UTF-8. */
  notes: string[];
}

const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e);

/**
 * Reads and analyses every .wire and .txt file the paths name, each with its style file
 * (`config` or the nearest). Everything is read before anything is printed, so that an
 * unreadable file leaves nothing half-printed: it gives `{ error }` instead.
 */
export function analyzeFiles(paths: readonly string[], config: string | undefined): AnalyzedFiles | { error: string } {
  const results: AnalyzedFiles['results'] = [];
  const styleProblems = new Set<string>();
  const notes: string[] = [];
  // A file named twice, or also reached through its directory, is checked once.
  const seen = new Set<string>();
  let directory = false;
  for (const path of paths) {
    let files: string[];
    try {
      files = expand(path);
    } catch (e) {
      return { error: `cannot read ${path}: ${code(e)}` };
    }
    if (files.length !== 1 || files[0] !== path) directory = true;
    if (files.length === 0) return { error: `no .wire or .txt files in ${path}` };
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
        return { error: `cannot read ${file}: ${code(e)}` };
      }
      seen.add(real);
      if (!read.utf8) notes.push(`${file} is not valid UTF-8; its invalid bytes are read as U+FFFD, as the editor shows them`);
      const styleFile = config ?? findStyleFile(file);
      let style: ReturnType<typeof configFor>;
      try {
        style = configFor(styleFile);
      } catch (e) {
        return { error: `cannot read ${styleFile}: ${code(e)}` };
      }
      style.problems.forEach((p) => styleProblems.add(p));
      results.push({ file, analysis: analyze(read.text, RULES, style.config) });
    }
  }
  return { results, single: paths.length === 1 && !directory, styleProblems: [...styleProblems], notes };
}
