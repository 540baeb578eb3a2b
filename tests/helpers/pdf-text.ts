import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * The text of a generated PDF, read as a consulate's clerk or a search engine would (real text, not
 * pictures of it): its number of pages and its text, page after page. Items on one line are joined
 * with `itemSeparator` ("" keeps the PDF's own spacing; " " when words sit in separate items).
 */
export async function pdfText(bytes: Uint8Array, { itemSeparator = "" }: { itemSeparator?: string } = {}): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : itemSeparator) : "")).join(""));
  }
  return { pages: pdf.numPages, text: pages.join("\n") };
}
