/**
 * Series colours, in order. Each has at least 3:1 contrast with the white card behind it (WCAG
 * 1.4.11, graphics) and they stay apart for the common colour-vision deficiencies; the legend and
 * the table alternative carry the meaning in words as well.
 */
export const SERIES_COLOURS = ["#1d4ed8", "#c2410c", "#047857", "#7e22ce", "#be123c", "#0e7490", "#4d7c0f", "#475569"] as const;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}
