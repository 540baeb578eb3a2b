import "server-only";
import { nearPageEnd, type PdfDocument } from "@/lib/pdf/document";

/**
 * The building blocks of a report's pages, drawn with pdfkit: headings, paragraphs, boxes of
 * figures, tables that carry their header over page breaks, and a footer on every page. All text
 * is real text in the embedded DejaVu fonts (lib/pdf/document.ts), so it can be searched, copied
 * and read aloud.
 */

export const INK = "#111111";
export const MUTED = "#4b5563";
export const RULE = "#d1d5db";
export const ACCENT = "#1d4ed8";
const HEADER_FILL = "#eef2f7";
const CELL_PADDING = 4;

export function contentBox(doc: PdfDocument): { left: number; right: number; width: number; bottom: number } {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  return { left, right, width: right - left, bottom: doc.page.height - doc.page.margins.bottom };
}

/** Whether the cursor is at the top of a page (no space needed above a heading there). */
function atPageTop(doc: PdfDocument): boolean {
  return doc.y <= doc.page.margins.top + 1;
}

const HEADING_STYLES = {
  1: { size: 16, colour: ACCENT, before: 14, keepWith: 110 },
  2: { size: 12.5, colour: INK, before: 10, keepWith: 80 },
  3: { size: 10.5, colour: INK, before: 8, keepWith: 60 },
} as const;

/** A heading, kept on the same page as at least the start of what follows it. */
export function heading(doc: PdfDocument, text: string, level: 1 | 2 | 3): void {
  const style = HEADING_STYLES[level];
  const { left, width } = contentBox(doc);
  if (nearPageEnd(doc, style.keepWith)) doc.addPage();
  if (!atPageTop(doc)) doc.y += style.before;
  doc.font("bold").fontSize(style.size).fillColor(style.colour).text(text, left, doc.y, { width });
  doc.y += 4;
  doc.fillColor(INK).font("regular");
}

export function paragraph(doc: PdfDocument, text: string, options: { muted?: boolean; size?: number } = {}): void {
  const { left, width } = contentBox(doc);
  const size = options.size ?? 9.5;
  if (nearPageEnd(doc, size * 2.5)) doc.addPage();
  doc.font("regular").fontSize(size).fillColor(options.muted ? MUTED : INK).text(text, left, doc.y, { width });
  doc.y += 4;
  doc.fillColor(INK);
}

/** Figures as boxes, `columns` to a row: the value large, its label under it. */
export function figureGrid(doc: PdfDocument, figures: readonly { label: string; value: string }[], columns = 3): void {
  const { left, width } = contentBox(doc);
  const gap = 8;
  const boxWidth = (width - gap * (columns - 1)) / columns;
  const textWidth = boxWidth - 2 * 8;
  for (let start = 0; start < figures.length; start += columns) {
    const row = figures.slice(start, start + columns);
    const labelHeight = Math.max(...row.map((figure) => doc.font("regular").fontSize(8.5).heightOfString(figure.label, { width: textWidth })));
    const boxHeight = 8 + 20 + 2 + labelHeight + 8;
    if (nearPageEnd(doc, boxHeight + gap)) doc.addPage();
    const top = doc.y;
    row.forEach((figure, index) => {
      const x = left + index * (boxWidth + gap);
      doc.save().roundedRect(x, top, boxWidth, boxHeight, 4).lineWidth(0.7).strokeColor(RULE).stroke().restore();
      doc.font("bold").fontSize(16).fillColor(INK).text(figure.value, x + 8, top + 8, { width: textWidth, lineBreak: false });
      doc.font("regular").fontSize(8.5).fillColor(MUTED).text(figure.label, x + 8, top + 30, { width: textWidth });
    });
    doc.x = left;
    doc.y = top + boxHeight + gap;
  }
  doc.fillColor(INK);
}

export interface TableColumn {
  header: string;
  /** A share of the table's width, relative to the other columns'. */
  weight: number;
  align?: "left" | "right";
}

export interface TableOptions {
  /** Said instead of the table when it has no rows. */
  empty: string;
  /** At most this many rows are printed; `more(n)` says how many were left out (they are in the workbook). */
  limit?: number;
  more?: (leftOut: number) => string;
  fontSize?: number;
}

/** A table whose header row is repeated at the top of every page it runs onto. */
export function table(doc: PdfDocument, columns: readonly TableColumn[], rows: readonly (readonly string[])[], options: TableOptions): void {
  if (rows.length === 0) {
    paragraph(doc, options.empty, { muted: true });
    return;
  }
  const { left, width, bottom } = contentBox(doc);
  const size = options.fontSize ?? 8;
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => (column.weight / total) * width);
  const xs = widths.map((_, index) => left + widths.slice(0, index).reduce((sum, w) => sum + w, 0));
  const cellWidth = (index: number) => widths[index]! - 2 * CELL_PADDING;

  const rowHeight = (cells: readonly string[], font: "regular" | "bold") =>
    Math.max(...cells.map((cell, index) => doc.font(font).fontSize(size).heightOfString(cell || " ", { width: cellWidth(index) }))) + 2 * CELL_PADDING;

  const drawRow = (cells: readonly string[], font: "regular" | "bold", top: number, height: number, fill?: string) => {
    if (fill) doc.save().rect(left, top, width, height).fill(fill).restore();
    cells.forEach((cell, index) => {
      doc.font(font).fontSize(size).fillColor(INK).text(cell, xs[index]! + CELL_PADDING, top + CELL_PADDING, { width: cellWidth(index), align: columns[index]!.align ?? "left" });
    });
    doc.save().moveTo(left, top + height).lineTo(left + width, top + height).lineWidth(0.4).strokeColor(RULE).stroke().restore();
  };

  const headers = columns.map((column) => column.header);
  const headerHeight = rowHeight(headers, "bold");
  const printed = options.limit !== undefined ? rows.slice(0, options.limit) : rows;
  let y = doc.y;
  const startPage = () => {
    drawRow(headers, "bold", y, headerHeight, HEADER_FILL);
    y += headerHeight;
  };
  if (y + headerHeight + rowHeight(printed[0]!, "regular") > bottom) {
    doc.addPage();
    y = doc.y;
  }
  startPage();
  for (const cells of printed) {
    const height = rowHeight(cells, "regular");
    if (y + height > bottom) {
      doc.addPage();
      y = doc.y;
      startPage();
    }
    drawRow(cells, "regular", y, height);
    y += height;
  }
  doc.x = left;
  doc.y = y + 6;
  if (printed.length < rows.length && options.more) paragraph(doc, options.more(rows.length - printed.length), { muted: true, size: 8.5 });
}

/**
 * "Annual activity report 2025 · 3" at the foot of every page, the first included. Drawn below the
 * bottom margin, so the margin is lifted while it is written (pdfkit would start a new page) and
 * the cursor is put back where the page's content left it.
 */
export function footerOnEveryPage(doc: PdfDocument, text: string): void {
  let page = 0;
  // A page break inside a running text lands here mid-text: its font, size and colour go back as
  // they were, so the text continues unchanged on the new page. (pdfkit keeps them in these fields.)
  const state = doc as unknown as { _font: unknown; _fontSize: number; _fillColor: [string, number?] | undefined };
  const draw = () => {
    page += 1;
    const { x, y } = doc;
    const [font, size, fill] = [state._font, state._fontSize, state._fillColor];
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const { left, width } = contentBox(doc);
    doc.font("regular").fontSize(7.5).fillColor(MUTED).text(`${text} · ${page}`, left, doc.page.height - 34, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = margin;
    state._font = font;
    state._fontSize = size;
    if (fill) doc.fillColor(...fill);
    doc.x = x;
    doc.y = y;
  };
  draw();
  doc.on("pageAdded", draw);
}
