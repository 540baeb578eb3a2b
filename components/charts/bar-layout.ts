/**
 * Where the bars of a horizontal bar chart go, in the SVG's own units. Each row is a label line with
 * its bars under it (so a long label in any language has the whole width), grouped (one bar per
 * series) or stacked (one bar of segments); the value is written after the bar. The width is a
 * phone's, so the text stays legible when the chart is scaled down; on a wide screen it scales up.
 * Pure: no React, unit-tested.
 */

export const CHART_WIDTH = 360;
const LABEL_LINE = 16;
const GROUPED_BAR = 11;
const STACKED_BAR = 14;
const BAR_GAP = 3;
const ROW_GAP = 10;
/** Room after the longest bar for its value ("12,345"). */
const VALUE_SPACE = 46;
/** About the advance of one character at the label's size: labels longer than the width are shortened. */
const CHARACTER_WIDTH = 6.4;

export type BarLayoutMode = "grouped" | "stacked";

export interface LaidOutBar {
  seriesIndex: number;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
}

export interface LaidOutRow {
  label: string;
  /** The label as drawn: shortened with "…" when it would not fit. */
  shownLabel: string;
  labelY: number;
  bars: LaidOutBar[];
  /** The values written after the bars: one per series (grouped) or the total (stacked). */
  values: { x: number; y: number; value: number }[];
}

export interface BarLayout {
  width: number;
  height: number;
  rows: LaidOutRow[];
}

function shorten(label: string, width: number): string {
  const fits = Math.floor(width / CHARACTER_WIDTH);
  return label.length <= fits ? label : `${label.slice(0, Math.max(1, fits - 1)).trimEnd()}…`;
}

export function layoutBars(rows: readonly { label: string; values: readonly number[] }[], mode: BarLayoutMode): BarLayout {
  const track = CHART_WIDTH - VALUE_SPACE;
  const max = Math.max(0, ...rows.map((row) => (mode === "stacked" ? row.values.reduce((sum, value) => sum + value, 0) : Math.max(0, ...row.values))));
  const scale = (value: number) => (max > 0 ? (Math.max(0, value) / max) * track : 0);
  let y = 0;
  const laidOut = rows.map((row): LaidOutRow => {
    const labelY = y + LABEL_LINE - 4;
    let barY = y + LABEL_LINE;
    const bars: LaidOutBar[] = [];
    const values: LaidOutRow["values"] = [];
    if (mode === "stacked") {
      let x = 0;
      row.values.forEach((value, seriesIndex) => {
        const width = scale(value);
        if (width > 0) bars.push({ seriesIndex, x, y: barY, width, height: STACKED_BAR, value });
        x += width;
      });
      values.push({ x: x + 4, y: barY + STACKED_BAR - 3, value: row.values.reduce((sum, value) => sum + value, 0) });
      barY += STACKED_BAR;
    } else {
      row.values.forEach((value, seriesIndex) => {
        const width = scale(value);
        bars.push({ seriesIndex, x: 0, y: barY, width, height: GROUPED_BAR, value });
        values.push({ x: width + 4, y: barY + GROUPED_BAR - 2, value });
        barY += GROUPED_BAR + BAR_GAP;
      });
      barY -= BAR_GAP;
    }
    y = barY + ROW_GAP;
    return { label: row.label, shownLabel: shorten(row.label, CHART_WIDTH), labelY, bars, values };
  });
  return { width: CHART_WIDTH, height: Math.max(y - ROW_GAP, 0) + 2, rows: laidOut };
}
