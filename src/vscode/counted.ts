/** `1 source`, `4 sources`: a count with its noun, thousands grouped as in English copy. */
export const counted = (n: number, noun: string): string => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
