import "server-only";
import PDFDocument from "pdfkit";
import { loadPdfFonts } from "./fonts";

/**
 * One way to start and finish a generated PDF (letters, agendas): A4, the embedded DejaVu fonts as
 * "regular" and "bold" (never a standard PDF font, which has no ə or Cyrillic), the document's title
 * and language in its metadata, so screen readers and search read it right. Text is real text.
 */

export type PdfDocument = PDFKit.PDFDocument;

export const PAGE_MARGIN = 56;

export interface PdfMetadata {
  title: string;
  /** The language of the text ("az", "ru", "en"). */
  language: string;
  author: string;
  subject?: string;
}

export async function createPdfDocument(metadata: PdfMetadata): Promise<PdfDocument> {
  const fonts = await loadPdfFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE_MARGIN,
    lang: metadata.language,
    displayTitle: true,
    pdfVersion: "1.7",
    // null, not undefined: no standard font (Helvetica has no ə or Cyrillic) is loaded or embedded;
    // every run of text uses the DejaVu fonts registered below. The types know only a font name.
    font: null as unknown as string,
    info: { Title: metadata.title, Author: metadata.author, Subject: metadata.subject ?? metadata.title, Creator: "IRO portal" },
  });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  doc.font("regular");
  return doc;
}

/** Ends the document and collects its bytes. */
export function finishPdf(doc: PdfDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("error", reject);
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.end();
  });
}

/** Whether less than `height` points are left above the bottom margin (then start a new page). */
export function nearPageEnd(doc: PdfDocument, height: number): boolean {
  return doc.y + height > doc.page.height - doc.page.margins.bottom;
}
