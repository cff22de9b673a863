/*
 * The words with which copy tells readers why a source is not named, as agency copy writes
 * them: the condition granted (`spoke on condition of anonymity`, `requested anonymity`,
 * `declined to be identified`, `asked not to be named`), or the reason itself (`was not
 * authorized to speak publicly`, `because the talks are private`, `for fear of reprisal`).
 */
const REASONS = [
  // The condition, in all its forms: `on (the) condition of anonymity`, `requested anonymity`, `spoke anonymously`.
  /\banonym(?:ity|ously)\b/,
  // `asked not to be named`, `declined to be identified`, `declining to be named`, `did not want to be named`, `on condition they not be named`.
  /(?:\bnot|n['’]t|\bcannot|\bdeclin(?:ed|ing)|\brefus(?:ed|ing)|\bunwilling)\s+(?:want(?:ed)?\s+)?(?:to\s+)?be\s+(?:named|identified|quoted\s+by\s+name)\b/,
  /\bwithout\s+being\s+(?:named|identified)\b/,
  // `was not authorised to speak publicly`, `because they were not permitted to discuss the talks`, `unauthorized to comment`.
  /(?:\bnot|n['’]t|\bun)\s*(?:authori[sz]ed|allowed|permitted|cleared|empowered)\s+to\s+(?:speak|talk|discuss|comment|disclose|be\s+quoted|brief|release|reveal|give)\b/,
  // Names kept back by rule: `whose name was withheld`, `asked that his name not be used`, `on background`, `speaking privately`.
  /\b(?:names?|identit(?:y|ies))\s+(?:was\s+|were\s+|is\s+|are\s+|be\s+|being\s+)?(?:withheld|not\s+(?:be\s+)?(?:disclosed|published|revealed|used))\b/,
  /\bon\s+(?:a\s+)?background\b(?!\s+checks?)/,
  /\b(?:speaking|spoke|talking|talked)\s+privately\b/,
  /\bnot\s+for\s+attribution\b/,
  /\bground\s+rules\b/,
  /\boff\s+the\s+record\b/,
  /\bin\s+(?:line|keeping|accordance)\s+with\s+(?:\S+\s+){0,3}?(?:policy|practice|protocol|custom|rules)\b/,
  // The reason on its own: fear, or a matter not yet public.
  /\b(?:for\s+fear\s+of|fearing|feared)\s+(?:\S+\s+){0,3}?(?:reprisals?|retribution|retaliation|reprimand|losing|lose|being\s+fired)\b/,
  /\bbecause\b[^.;]{0,80}?\b(?:private|confidential|sensitive|sensitivity|classified|secret|not\s+(?:yet\s+)?(?:been\s+)?(?:made\s+)?(?:public|announced|disclosed|final))\b/,
];

/** Whether the words from `start` to `end` say why a source is not named. */
export function givesReason(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).toLowerCase();
  return REASONS.some((r) => r.test(words));
}
