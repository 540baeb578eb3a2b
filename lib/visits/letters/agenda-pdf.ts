import "server-only";
import type { AppLocale } from "@/i18n/config";
import { formatDay, formatTime } from "@/lib/dates/format";
import { dayIn } from "@/lib/dates/zoned";
import { createPdfDocument, finishPdf, nearPageEnd, type PdfDocument } from "@/lib/pdf/document";
import { drawLetterhead, type Letterhead } from "@/lib/pdf/letterhead";
import { pdfWording, type PdfWording } from "./pdf-wording";

/**
 * A visit's programme as a printable PDF in one language (the guests'): the letterhead, the visit
 * and its dates, then each day with its items: time, title, place, host and who takes part.
 */

export interface AgendaPrintItem {
  startsAt: Date;
  endsAt: Date | null;
  title: string;
  location: string | null;
  host: string | null;
  participants: string;
}

export interface AgendaPrint {
  language: AppLocale;
  timeZone: string;
  visit: { title: string; organization: string; startDate: Date; endDate: Date };
  items: readonly AgendaPrintItem[];
  letterhead: Letterhead;
}

const TIME_WIDTH = 95;
const MUTED = "#444444";

/** "Monday, 7 December 2026"; Russian and Azerbaijani write the weekday in lower case, a heading starts with a capital. */
function weekdayAndDay(date: Date, language: AppLocale, timeZone: string): string {
  const text = new Intl.DateTimeFormat(language, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone }).format(date);
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

function detailsOf(item: AgendaPrintItem, wording: PdfWording): string[] {
  return [
    item.location ? wording("agenda.place", { place: item.location }) : null,
    item.host ? wording("agenda.host", { host: item.host }) : null,
    item.participants ? wording("agenda.participants", { participants: item.participants }) : null,
  ].filter((line): line is string => line !== null);
}

function drawItem(doc: PdfDocument, item: AgendaPrintItem, print: AgendaPrint, wording: PdfWording): void {
  const left = doc.page.margins.left;
  const detailX = left + TIME_WIDTH;
  const width = doc.page.width - doc.page.margins.right - detailX;
  const context = { locale: print.language, timeZone: print.timeZone };
  const time = item.endsAt ? `${formatTime(item.startsAt, context)}–${formatTime(item.endsAt, context)}` : formatTime(item.startsAt, context);
  const details = detailsOf(item, wording);
  const height =
    doc.font("bold").fontSize(11).heightOfString(item.title, { width }) +
    doc.font("regular").fontSize(9.5).heightOfString(details.join("\n") || " ", { width }) +
    10;
  if (nearPageEnd(doc, height)) doc.addPage();
  const top = doc.y;
  doc.font("regular").fontSize(11).fillColor("#000000").text(time, left, top, { width: TIME_WIDTH - 10 });
  doc.font("bold").fontSize(11).text(item.title, detailX, top, { width });
  if (details.length > 0) doc.font("regular").fontSize(9.5).fillColor(MUTED).text(details.join("\n"), detailX, doc.y + 1, { width });
  doc.fillColor("#000000");
  doc.x = left;
  doc.y += 8;
}

export async function renderAgendaPdf(print: AgendaPrint): Promise<Uint8Array> {
  const wording = pdfWording(print.language);
  const doc = await createPdfDocument({
    title: wording("agenda.documentTitle", { visit: print.visit.title }),
    language: print.language,
    author: print.letterhead.name,
  });
  drawLetterhead(doc, print.letterhead);
  const dayContext = { locale: print.language, timeZone: "UTC" };
  doc.font("bold").fontSize(16).text(wording("agenda.heading"));
  doc.font("bold").fontSize(12).text(print.visit.title);
  doc.font("regular").fontSize(10.5).fillColor(MUTED);
  if (print.visit.organization) doc.text(print.visit.organization);
  doc.text(wording("agenda.dates", { from: formatDay(print.visit.startDate, dayContext), to: formatDay(print.visit.endDate, dayContext) }));
  doc.fillColor("#000000").moveDown(1);

  if (print.items.length === 0) {
    doc.font("regular").fontSize(11).text(wording("agenda.empty"));
    return finishPdf(doc);
  }
  let currentDay = "";
  for (const item of print.items) {
    const day = dayIn(item.startsAt, print.timeZone);
    if (day !== currentDay) {
      currentDay = day;
      if (nearPageEnd(doc, 60)) doc.addPage();
      doc.moveDown(0.5);
      doc.font("bold").fontSize(12).fillColor("#1d4ed8").text(weekdayAndDay(item.startsAt, print.language, print.timeZone), doc.page.margins.left);
      doc.fillColor("#000000").moveDown(0.4);
    }
    drawItem(doc, item, print, wording);
  }
  return finishPdf(doc);
}
