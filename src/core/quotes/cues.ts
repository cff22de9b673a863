/**
 * Speech and attribution cues, inflected as copy uses them. The list only proposes: the
 * patterns in attribution.ts decide (a cue must stand next to a source and a quotation).
 * Multi-word cues come first so that the longest wins.
 */
const PHRASES = [
  'went on to say', 'went on saying', 'goes on to say', 'pointed out', 'points out', 'pointing out',
  'said in a statement', 'told reporters', 'wrote on Twitter', 'wrote on X', 'wrote on Facebook',
  'added that', 'made clear', 'spelled out',
];

const VERBS = [
  'said', 'says', 'saying', 'say', 'added', 'adds', 'adding', 'noted', 'notes', 'noting', 'stressed', 'stresses',
  'stressing', 'told', 'tells', 'telling', 'wrote', 'writes', 'writing', 'tweeted', 'tweets', 'posted', 'posts',
  'concluded', 'concludes', 'believes', 'believed', 'insisted', 'insists', 'warned', 'warns', 'explained',
  'explains', 'asked', 'asks', 'argued', 'argues', 'recalled', 'recalls', 'declared', 'declares', 'announced',
  'announces', 'claimed', 'claims', 'confirmed', 'confirms', 'replied', 'replies', 'responded', 'responds',
  'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'urged', 'urges', 'continued', 'continues', 'suggested',
  'suggests', 'observed', 'observes', 'remarked', 'remarks', 'commented', 'comments', 'acknowledged',
  'acknowledges', 'admitted', 'admits', 'asserted', 'asserts', 'contended', 'contends', 'maintained',
  'maintains', 'stated', 'states', 'predicted', 'predicts', 'promised', 'promises', 'vowed', 'vows',
  'underlined', 'underscored', 'highlighted', 'complained', 'complains', 'lamented', 'quipped', 'joked',
  'shouted', 'cried', 'whispered', 'muttered', 'recounted', 'testified', 'conceded', 'concedes', 'agreed',
  'reiterated', 'reiterates', 'repeated', 'cautioned', 'cautions', 'demanded', 'pleaded', 'boasted', 'denied',
  'denies', 'alleged', 'countered', 'retorted', 'mentioned', 'proclaimed', 'affirmed', 'opined', 'reckoned',
  'thinks', 'thought', 'felt', 'hoped', 'feared', 'wondered', 'clarified', 'revealed', 'disclosed', 'assured',
  'charged', 'accused', 'called', 'described', 'texted', 'emailed', 'messaged', 'blogged', 'summed up',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** A cue as a regular-expression source, longest alternatives first. */
export const CUE = `(?:${[...PHRASES, ...VERBS]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})`;

/** The first word of every cue: no attribution pattern can match a stretch of copy without one. */
export const CUE_FIRST_WORDS: ReadonlySet<string> = new Set([...PHRASES, ...VERBS].map((c) => c.split(' ')[0]!));

/** Adverbs that sit between a source and its cue: "Lavrov later said", "he also noted". */
export const ADVERB = '(?:also|later|then|further|again|previously|earlier|once|has|had|have|would|will|had\\s+earlier)';
