/** Cells of the bar; each is drawn to an eighth, so the bar tells shares apart to 1/64. */
const CELLS = 8;
/** A cell filled one to seven eighths from the left. */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
 * A share from 0 to 1 as a bar of block characters, always eight cells wide: full blocks, one
 * partly filled, then shaded track, so that bars of rows one above the other compare at a glance.
 */
export function shareBar(share: number): string {
  const eighths = Math.round(Math.min(1, Math.max(0, share)) * CELLS * 8);
  const full = Math.floor(eighths / 8);
  const partial = EIGHTHS[eighths % 8]!;
  return '█'.repeat(full) + partial + '░'.repeat(CELLS - full - (partial ? 1 : 0));
}

/** A share as a whole percentage; a share above nothing never reads 0 %. */
export function percent(share: number): string {
  const p = Math.round(share * 100);
  return p === 0 && share > 0 ? '<1%' : `${p}%`;
}
