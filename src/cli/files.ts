import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const WIRE_FILE = /\.(?:wire|txt)$/i;

/** The files an argument names: itself, or the .wire/.txt files under a directory, sorted. */
export function expand(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? expand(join(path, e.name)) : WIRE_FILE.test(e.name) ? [join(path, e.name)] : []));
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** The text as VS Code shows it: UTF-8, a leading BOM dropped, invalid bytes as U+FFFD; `utf8` says whether there were none. */
export function readText(path: string): { text: string; utf8: boolean } {
  const bytes = readFileSync(path);
  try {
    return { text: strict.decode(bytes), utf8: true };
  } catch {
    return { text: lenient.decode(bytes), utf8: false };
  }
}
