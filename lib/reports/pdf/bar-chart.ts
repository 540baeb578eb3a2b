import "server-only";
import { nearPageEnd, type PdfDocument } from "@/lib/pdf/document";
import { contentBox, heading, INK, MUTED, paragraph } from "./layout";

/**
 * A horizontal bar chart drawn in the PDF as vector shapes: each category's label on its own line
 * (a long name in any language has the whole width), its bars under it, one per series, each
 * followed by its value as text. Titles, labels, values and the legend are real text. It follows
 * the layout of the dashboard's SVG charts (components/charts/bar-layout.ts) and their colours.
 */

/** The dashboard's series colours (components/charts/palette.ts): at least 3:1 against white. */
const SERIES_COLOURS = ["#1d4ed8", "#c2410c", "#047857", "#7e22ce", "#be123c", "#0e7490", "#4d7c0f", "#475569"] as const;

const LABEL_LINE = 11;
const BAR = 7;
const BAR_GAP = 2;
const ROW_GAP = 5;
/** Room after the longest bar for its value. */
const VALUE_SPACE = 48;

export interface PdfBarChart {
  title: string;
  series: readonly string[];
  rows: readonly { label: string; values: readonly number[] }[];
  /** Said instead of the chart when every value is zero. */
  empty: string;
  format: (value: number) => string;
}

function colourOf(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}

function drawLegend(doc: PdfDocument, series: readonly string[]): void {
  const { left, right } = contentBox(doc);
  let x = left;
  const y = doc.y;
  doc.font("regular").fontSize(8);
  series.forEach((name, index) => {
    const width = doc.widthOfString(name) + 16;
    if (x + width > right) {
      x = left;
      doc.y += 12;
    }
    doc.save().rect(x, doc.y + 1, 8, 8).fill(colourOf(index)).restore();
    doc.fillColor(INK).text(name, x + 11, doc.y, { lineBreak: false });
    x += width + 8;
  });
  doc.x = left;
  doc.y = Math.max(doc.y, y) + 14;
}

export function barChart(doc: PdfDocument, chart: PdfBarChart): void {
  const rowHeight = LABEL_LINE + chart.series.length * (BAR + BAR_GAP) - BAR_GAP + ROW_GAP;
  // A chart that fits on a page is not split: it starts on the next one when the rest of this is too short.
  const height = 40 + (chart.series.length > 1 ? 14 : 0) + chart.rows.length * rowHeight;
  const { bottom } = contentBox(doc);
  if (nearPageEnd(doc, height) && height < bottom - doc.page.margins.top) doc.addPage();
  heading(doc, chart.title, 3);
  const max = Math.max(0, ...chart.rows.flatMap((row) => row.values));
  if (chart.rows.length === 0 || max === 0) {
    paragraph(doc, chart.empty, { muted: true });
    return;
  }
  if (chart.series.length > 1) drawLegend(doc, chart.series);
  const { left, width } = contentBox(doc);
  const track = width - VALUE_SPACE;
  for (const row of chart.rows) {
    if (nearPageEnd(doc, rowHeight)) doc.addPage();
    const top = doc.y;
    doc.font("regular").fontSize(8.5).fillColor(INK).text(row.label, left, top, { width, lineBreak: false, ellipsis: true, height: LABEL_LINE });
    let barY = top + LABEL_LINE;
    row.values.forEach((value, index) => {
      const barWidth = (Math.max(0, value) / max) * track;
      if (barWidth >= 0.5) doc.save().rect(left, barY, barWidth, BAR).fill(colourOf(index)).restore();
      doc.font("regular").fontSize(7.5).fillColor(MUTED).text(chart.format(value), left + barWidth + 4, barY - 0.5, { lineBreak: false });
      barY += BAR + BAR_GAP;
    });
    doc.x = left;
    doc.y = top + rowHeight;
  }
  doc.fillColor(INK);
  doc.y += 4;
}
