import type { Rule } from '../findings/rule';
import { anonymousSource } from './anonymousSource';
import { doubledPunctuation } from './doubledPunctuation';
import { duplicateParagraph } from './duplicateParagraph';
import { hyphenAsDash } from './hyphenAsDash';
import { invisibleCharacter } from './invisibleCharacter';
import { missingTerminalPunctuation } from './missingTerminalPunctuation';
import { nameSpelling } from './nameSpelling';
import { nearDuplicateParagraph } from './nearDuplicateParagraph';
import { notText } from './notText';
import { quoteForApostrophe } from './quoteForApostrophe';
import { quoteStyle } from './quoteStyle';
import { repeatedPassage } from './repeatedPassage';
import { residue } from './residue';
import { spacing } from './spacing';
import { strayPunctuation } from './strayPunctuation';
import { unattributedQuote } from './unattributedQuote';
import { unbalancedBrackets } from './unbalancedBrackets';
import { unbalancedQuote } from './unbalancedQuote';

/** Every rule, in the order their findings are listed at equal offsets. */
export const RULES: readonly Rule[] = [
  residue,
  unattributedQuote,
  anonymousSource,
  unbalancedQuote,
  quoteForApostrophe,
  duplicateParagraph,
  nearDuplicateParagraph,
  repeatedPassage,
  strayPunctuation,
  doubledPunctuation,
  spacing,
  invisibleCharacter,
  hyphenAsDash,
  missingTerminalPunctuation,
  unbalancedBrackets,
  quoteStyle,
  nameSpelling,
  notText,
];
