/**
 * One look per report in the comparison: a hue and a marker shape, the same in the chart, its
 * legend, the table's column headers and the exports. The look comes from the report's id, not
 * its place in the list, so choosing the reports in another order leaves every colour where it
 * was. Shapes differ as well as hues, so a reader who cannot tell the hues apart still can.
 */

export interface ReportLook {
  /** The mark's colour in the theme asked for. */
  color: string;
  /** An ECharts symbol: a built-in name or a `path://` outline. */
  symbol: string;
  /** The same shape as a character, for the table's headers and the picker. */
  glyph: string;
}

/**
 * Okabe–Ito hues (and a deep violet), which stay apart for the common colour-vision deficiencies,
 * each with a shape of its own; the dark theme
 * takes lighter tones of the same hues so marks keep their contrast on a dark page.
 */
const LOOKS: readonly { light: string; dark: string; symbol: string; glyph: string }[] = [
  { light: '#0072b2', dark: '#56a8e0', symbol: 'circle', glyph: '●' },
  { light: '#d55e00', dark: '#f5894a', symbol: 'rect', glyph: '■' },
  { light: '#009e73', dark: '#3fcf9f', symbol: 'triangle', glyph: '▲' },
  { light: '#cc79a7', dark: '#e6a3c9', symbol: 'diamond', glyph: '◆' },
  { light: '#b07d00', dark: '#f0c04a', symbol: 'path://M0,0 L12,0 L6,11 Z', glyph: '▼' },
  {
    light: '#6a3d9a',
    dark: '#b89ae0',
    symbol:
      'path://M6,0 L7.8,4.2 L12,4.6 L8.8,7.4 L9.7,12 L6,9.6 L2.3,12 L3.2,7.4 L0,4.6 L4.2,4.2 Z',
    glyph: '★',
  },
];

/** FNV-1a: a small, well-spread hash, the same in every browser and on every run. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The look of each chosen report. Each takes the slot its id hashes to; where two reports of
 * the choice hash to one slot, the one whose id sorts later takes the next free slot, so the
 * outcome depends on which reports are chosen, never on their order. Beyond six reports the
 * looks repeat; the legend still names every report.
 */
export function reportLooks(
  reportIds: readonly string[],
  theme: 'light' | 'dark',
): Map<string, ReportLook> {
  const taken = new Set<number>();
  const looks = new Map<string, ReportLook>();
  for (const id of [...new Set(reportIds)].sort()) {
    let slot = hashId(id) % LOOKS.length;
    if (taken.size < LOOKS.length) {
      while (taken.has(slot)) slot = (slot + 1) % LOOKS.length;
    }
    taken.add(slot);
    const look = LOOKS[slot]!;
    looks.set(id, { color: look[theme], symbol: look.symbol, glyph: look.glyph });
  }
  return looks;
}
