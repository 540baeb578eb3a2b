import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The typeface of every generated PDF: DejaVu Sans from the `dejavu-fonts-ttf` package (decision
 * 011). It covers Azerbaijani Latin (ə ğ ı ş ç ö ü), Cyrillic and the rest of Latin; the PDF embeds
 * only the glyphs a document uses. Read from the installed package, never downloaded.
 */
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

let loading: Promise<PdfFonts> | undefined;

/** The font files, read once per process (about 1.4 MB together). */
export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([readFile(path.join(FONT_DIR, "DejaVuSans.ttf")), readFile(path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))])
    .then(([regular, bold]) => ({ regular: new Uint8Array(regular), bold: new Uint8Array(bold) }))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
