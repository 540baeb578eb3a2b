import "server-only";
import type { PdfDocument } from "./document";
import type { Logo } from "./logo";
import { drawSvgLogo } from "./svg-logo";

/** What the top of every generated page shows: the institution, in the document's language. */
export interface Letterhead {
  name: string;
  address: string;
  /** Telephone, e-mail and website on one line. */
  contactLine: string;
  logo: Logo | null;
}

const LOGO_SIZE = 48;
const RULE_COLOR = "#1d4ed8";

function drawLogo(doc: PdfDocument, logo: Logo, x: number, y: number): boolean {
  if (logo.kind === "svg") return drawSvgLogo(doc, logo.markup, x, y, LOGO_SIZE);
  try {
    doc.image(logo.data, x, y, { fit: [LOGO_SIZE, LOGO_SIZE] });
    return true;
  } catch {
    // A damaged image file leaves the letterhead without a logo rather than failing the letter.
    return false;
  }
}

/** Draws the letterhead at the top of the current page and leaves the cursor below its rule. */
export function drawLetterhead(doc: PdfDocument, head: Letterhead): void {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  const top = 40;
  const textX = head.logo && drawLogo(doc, head.logo, left, top) ? left + LOGO_SIZE + 14 : left;
  const width = right - textX;
  doc.fillColor("#111111").font("bold").fontSize(14).text(head.name, textX, top, { width });
  doc.font("regular").fontSize(9).fillColor("#444444");
  if (head.address) doc.text(head.address, textX, doc.y + 2, { width });
  if (head.contactLine) doc.text(head.contactLine, textX, doc.y + 1, { width });
  const ruleY = Math.max(doc.y, top + LOGO_SIZE) + 10;
  doc.save().moveTo(left, ruleY).lineTo(right, ruleY).lineWidth(0.8).strokeColor(RULE_COLOR).stroke().restore();
  doc.fillColor("#000000").font("regular").fontSize(11);
  doc.x = left;
  doc.y = ruleY + 20;
}
