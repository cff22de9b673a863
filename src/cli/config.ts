import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_CONFIG, mergeConfig, type StyleConfig } from '../core/config/styleConfig';
import { readStyleFile, STYLE_FILE_NAMES } from '../core/config/styleFile';
import { RULES } from '../core/rules';
import { LineIndex } from '../core/text/positions';

const RULE_IDS = RULES.map((r) => r.meta.id);

/** The nearest style file from a story's folder up to the root, as the editor finds it. */
export function findStyleFile(storyPath: string): string | undefined {
  let dir = dirname(resolve(storyPath));
  for (;;) {
    for (const name of STYLE_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The configuration for a story: defaults, then its style file (`--config` or the nearest).
 * Problems in the file are returned as `file:line:col  message` lines; defaults apply to what is wrong.
 */
export function configFor(styleFile: string | undefined): { config: StyleConfig; problems: string[] } {
  if (!styleFile) return { config: DEFAULT_CONFIG, problems: [] };
  const text = new TextDecoder('utf-8').decode(readFileSync(styleFile));
  const { layer, problems } = readStyleFile(text, RULE_IDS);
  const lines = new LineIndex(text);
  return {
    config: mergeConfig(DEFAULT_CONFIG, layer),
    problems: problems.map((p) => {
      const { line, character } = lines.position(p.offset);
      return `${styleFile}:${line + 1}:${character + 1}  ${p.message}`;
    }),
  };
}
