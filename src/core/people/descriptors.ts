import { NATIONALITIES, ROLE_SYNONYMS, TITLE_ABBREVIATIONS } from './vocabulary';

const DETERMINER = /^(?:the|a|an|one|another)\s+/i;

/** A description's first word when it is a determiner, capitalised as a sentence's first: `Some conservatives` is `some conservatives`. */
export const LEADING_DETERMINER = /^(?:The|An?|One|Another|Some|Many|Several|Most|Other|Two|Three|Four|Five|Both|All|Few|His|Her|Their|Its|Our|This|That|These|Those)\b/;
const NATIONALITY_WORDS = new Set([...NATIONALITIES].map((n) => n.toLowerCase()));

/** The words of a descriptor without its determiner, lower-cased: "russian top diplomat". */
export function descriptorKey(descriptor: string): string {
  return descriptor.replace(DETERMINER, '').replace(/\s+/g, ' ').toLowerCase();
}

/** The role at the end of a descriptor ("top diplomat", "prime minister", "spokesman"). */
function roleOf(words: string[]): string {
  const last = words[words.length - 1] ?? '';
  const two = words.slice(-2).join(' ');
  if (ROLE_SYNONYMS[two] || ['prime minister', 'foreign minister', 'foreign secretary'].includes(two)) return two;
  return last;
}

/**
 * Whether a descriptor fits a title: "the Russian top diplomat" fits "Russian Foreign Minister",
 * "the Swedish prime minister" fits "Swedish Prime Minister". Its nationality, when it names
 * one, must be the title's; its role must be in the title, directly or through a synonym.
 */
export function descriptorFits(descriptor: string, title: string): boolean {
  const words = descriptorKey(descriptor).split(' ');
  const t = ` ${title
    .toLowerCase()
    .split(/\s+/)
    .map((w) => TITLE_ABBREVIATIONS[w] ?? w)
    .join(' ')} `;
  const nationalities = words.filter((w) => NATIONALITY_WORDS.has(w));
  if (nationalities.some((n) => !t.includes(` ${n} `))) return false;
  const role = roleOf(words);
  const roles = ROLE_SYNONYMS[role] ?? [role];
  return roles.some((r) => t.includes(` ${r} `));
}
