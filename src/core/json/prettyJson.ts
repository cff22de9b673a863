/** A line break and the indentation of each depth, made once. */
const breaks: string[] = ['\n'];
const breakAt = (depth: number): string => (breaks[depth] ??= breakAt(depth - 1) + '  ');

/** `"key": `, made once for each key: a document repeats a handful of keys millions of times. */
const keys = new Map<string, string>();
function keyPrefix(key: string): string {
  let prefix = keys.get(key);
  if (prefix === undefined) keys.set(key, (prefix = `${JSON.stringify(key)}: `));
  return prefix;
}

/** What JSON.stringify leaves out of an object, and writes as null in an array. */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function scalar(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return 'null';
}

/**
 * Writes `value` as `JSON.stringify(value, null, 2)` does, the same characters, in pieces of
 * about `chunk` characters, for plain data (no `toJSON`, no BigInt). A file of bare quote marks
 * gives a 218 MB document: in one string it took V8's indenting serialiser three to four times
 * as long, at two bytes a character (one curly mark makes the whole string so), and was then
 * copied whole to UTF-8. Small pieces are garbage that dies young.
 */
export function writePrettyJson(value: unknown, write: (piece: string) => void, chunk = 16_384): void {
  let out = '';
  const put = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object') {
      out += scalar(v);
      return;
    }
    const inner = breakAt(depth + 1);
    if (Array.isArray(v)) {
      if (v.length === 0) {
        out += '[]';
        return;
      }
      out += '[';
      for (let i = 0; i < v.length; i++) {
        out += i === 0 ? inner : `,${inner}`;
        if (omitted(v[i])) out += 'null';
        else put(v[i], depth + 1);
        if (out.length >= chunk) {
          write(out);
          out = '';
        }
      }
      out += `${breakAt(depth)}]`;
      return;
    }
    let n = 0;
    for (const key of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[key];
      if (omitted(x)) continue;
      out += (n++ === 0 ? '{' : ',') + inner + keyPrefix(key);
      put(x, depth + 1);
    }
    out += n === 0 ? '{}' : `${breakAt(depth)}}`;
  };
  put(value, 0);
  if (out.length > 0) write(out);
}
