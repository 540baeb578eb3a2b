import "server-only";
import { createPdfDocument, finishPdf, nearPageEnd, type PdfDocument } from "@/lib/pdf/document";
import { drawLetterhead, type Letterhead } from "@/lib/pdf/letterhead";
import type { LetterTemplateText } from "./default-templates";
import { placeholderValues, type LetterContext } from "./letter-values";
import { fillPlaceholders, type PlaceholderValues } from "./placeholders";
import { pdfWording, type PdfWording } from "./pdf-wording";

/**
 * An invitation letter as a PDF: one page per guest named (a delegation's letter holds a page for
 * each, so each guest can hand their own to the consulate), each on the letterhead with the
 * reference number, the date, the subject, the template's text filled in, and the signatory. The
 * caller has checked that nothing is missing (letter-values.ts), so no placeholder prints blank.
 */

/** The template's paragraphs: blank lines separate them; single line breaks stay inside one. */
function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}

function drawGuestLetter(doc: PdfDocument, template: LetterTemplateText, values: PlaceholderValues, wording: PdfWording, letterhead: Letterhead): void {
  drawLetterhead(doc, letterhead);
  doc.font("regular").fontSize(10);
  doc.text(wording("reference", { reference: values.reference }), { align: "right" });
  doc.text(wording("date", { date: values.date }), { align: "right" });
  doc.moveDown(1.5);
  doc.font("bold").fontSize(12).text(fillPlaceholders(template.subject, values));
  doc.moveDown(1);
  doc.font("regular").fontSize(11);
  for (const paragraph of paragraphsOf(fillPlaceholders(template.body, values))) {
    doc.text(paragraph, { lineGap: 2 });
    doc.moveDown(0.8);
  }
  // The signature block stays together: moved to a new page rather than split.
  if (nearPageEnd(doc, 90)) doc.addPage();
  doc.moveDown(2);
  doc.font("bold").text(values["signatory.name"]);
  doc.font("regular");
  if (values["signatory.title"]) doc.text(values["signatory.title"]);
  doc.text(values["institution.name"]);
}

export async function renderInvitationLetter(input: {
  context: LetterContext;
  template: LetterTemplateText;
  letterhead: Letterhead;
}): Promise<Uint8Array> {
  const { context, template, letterhead } = input;
  const wording = pdfWording(context.language);
  const doc = await createPdfDocument({
    title: wording("letterTitle", { reference: context.reference }),
    language: context.language,
    author: context.institution.name,
  });
  context.guests.forEach((guest, index) => {
    if (index > 0) doc.addPage();
    drawGuestLetter(doc, template, placeholderValues(context, guest), wording, letterhead);
  });
  return finishPdf(doc);
}
