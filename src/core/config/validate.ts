import type { DirectoryEntry, IgnoredFinding, RuleSetting, StyleConfig } from './styleConfig';

export interface ConfigProblem {
  message: string;
  /** Where the problem is in the file's JSON: keys and list indices from the top. */
  path: (string | number)[];
}

const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];
const QUOTE_STYLES = ['straight', 'curly', 'either'] as const;
const DASHES = ['spaced-em', 'unspaced-em', 'spaced-en'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

function directoryEntry(v: unknown): DirectoryEntry | null {
  if (!isObject(v) || typeof v['name'] !== 'string' || v['name'].trim() === '') return null;
  if (v['title'] !== undefined && typeof v['title'] !== 'string') return null;
  if (v['variants'] !== undefined && !isStringList(v['variants'])) return null;
  const entry: DirectoryEntry = { name: v['name'], variants: (v['variants'] as string[] | undefined) ?? [] };
  if (typeof v['title'] === 'string') entry.title = v['title'];
  return entry;
}

function ignored(v: unknown): IgnoredFinding | null {
  return isObject(v) && typeof v['rule'] === 'string' && typeof v['text'] === 'string' ? { rule: v['rule'], text: v['text'] } : null;
}

/** The readable items of a list; each unreadable one, or a value that is no list, is a problem. */
function listOf<T>(key: string, v: unknown, read: (item: unknown) => T | null, need: string, problem: (path: (string | number)[], message: string) => void): T[] {
  if (!Array.isArray(v)) {
    problem([key], `"${key}" must be a list`);
    return [];
  }
  return v.flatMap((item, i) => {
    const entry = read(item);
    if (!entry) problem([key, i], `"${key}"[${i}] ${need}`);
    return entry ? [entry] : [];
  });
}

/**
 * Reads a style file's value into a configuration layer. What is wrong is reported, one
 * problem each, and left out; the rest still applies. Word lists stay data: nothing in them
 * is ever compiled into a regular expression.
 */
export function validateConfig(value: unknown, ruleIds: readonly string[]): { layer: Partial<StyleConfig>; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const layer: Partial<StyleConfig> = {};
  if (!isObject(value)) return { layer, problems: [{ message: 'The style file must hold one JSON object', path: [] }] };
  const problem = (path: (string | number)[], message: string): void => void problems.push({ message, path });

  for (const [key, v] of Object.entries(value)) {
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        if (!isObject(v)) {
          problem([key], '"rules" must map rule ids to "error", "warning", "info", "hint" or "off"');
          break;
        }
        layer.rules = {};
        for (const [id, setting] of Object.entries(v)) {
          if (!ruleIds.includes(id)) problem([key, id], `"rules": unknown rule "${id}"; known rules: ${ruleIds.join(', ')}`);
          else if (!SETTINGS.includes(setting as RuleSetting)) problem([key, id], `"rules": "${id}" must be one of ${SETTINGS.join(', ')}`);
          else layer.rules[id] = setting as RuleSetting;
        }
        break;
      case 'quoteStyle':
        if (QUOTE_STYLES.includes(v as never)) layer.quoteStyle = v as StyleConfig['quoteStyle'];
        else problem([key], `"quoteStyle" must be one of ${QUOTE_STYLES.join(', ')}`);
        break;
      case 'dash':
        if (DASHES.includes(v as never)) layer.dash = v as StyleConfig['dash'];
        else problem([key], `"dash" must be one of ${DASHES.join(', ')}`);
        break;
      case 'minQuoteWords':
      case 'minPassageWords':
        if (isCount(v)) layer[key] = v;
        else problem([key], `"${key}" must be a whole number above zero`);
        break;
      case 'speechVerbs':
      case 'residue':
        if (isStringList(v)) layer[key] = v.map((s) => s.trim()).filter(Boolean);
        else problem([key], `"${key}" must be a list of strings`);
        break;
      case 'people':
        layer.people = listOf(key, v, directoryEntry, 'needs a "name"; "title" must be text and "variants" a list of text', problem);
        break;
      case 'ignore':
        layer.ignore = listOf(key, v, ignored, 'needs "rule" and "text"', problem);
        break;
      default:
        problem([key], `unknown key "${key}"`);
    }
  }
  return { layer, problems };
}
