import { findNodeAtLocation, getNodeValue, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { StyleConfig } from './styleConfig';
import { validateConfig } from './validate';

/** Looked for in the story's folder, then each folder up; the nearest wins. */
export const STYLE_FILE_NAMES = ['.copydesk.json', '.copydesk.jsonc'] as const;

export interface StyleFileProblem {
  message: string;
  /** Where in the style file: the syntax error, or the key the problem is under. */
  offset: number;
}

/** Reads a style file's text (JSON with comments and trailing commas) into a configuration layer, with every problem placed in the file. */
export function readStyleFile(text: string, ruleIds: readonly string[]): { layer: Partial<StyleConfig>; problems: StyleFileProblem[] } {
  if (text.trim() === '') return { layer: {}, problems: [] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const error = errors[0];
  if (error) {
    // "CommaExpected" reads better as "comma expected".
    const what = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return { layer: {}, problems: [{ message: `The style file is not valid JSON: ${what}`, offset: error.offset }] };
  }
  if (!root) return { layer: {}, problems: [] };
  const { layer, problems } = validateConfig(getNodeValue(root), ruleIds);
  return {
    layer,
    problems: problems.map((p) => {
      // A value's property node starts at its key, where the editor should point.
      const node = findNodeAtLocation(root, p.path);
      const at = node?.parent?.type === 'property' ? node.parent : (node ?? root);
      return { message: p.message, offset: at.offset };
    }),
  };
}
