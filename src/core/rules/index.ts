import type { Rule } from '../findings/rule';
import { duplicateParagraph } from './duplicateParagraph';
import { nearDuplicateParagraph } from './nearDuplicateParagraph';
import { repeatedPassage } from './repeatedPassage';
import { residue } from './residue';
import { unattributedQuote } from './unattributedQuote';
import { unbalancedQuote } from './unbalancedQuote';

/** Every rule, in the order their findings are listed at equal offsets. */
export const RULES: readonly Rule[] = [residue, unattributedQuote, unbalancedQuote, duplicateParagraph, nearDuplicateParagraph, repeatedPassage];
