import "server-only";
import { createPdfDocument, finishPdf } from "@/lib/pdf/document";
import { drawLetterhead, type Letterhead } from "@/lib/pdf/letterhead";
import type { ReportData } from "../data";
import { reportFormat, reportTitle } from "../format";
import { summaryFigures } from "../summary";
import { reportWording } from "../wording";
import { contentBox, figureGrid, footerOnEveryPage, heading, INK, MUTED } from "./layout";
import { agreementsSection, eventsSection, highlightsSection, mobilitySection, projectsSection, strategySection, studentsSection, visitsSection, type Printer } from "./sections";

/**
 * An activity report as a PDF in its language: a cover with the institution's letterhead, the
 * report's title and period, who prepared it and the summary figures; then a section per kind of
 * activity, with charts drawn as vector shapes and tables of the records (long lists are cut; the
 * workbook has every row). Every word is real text.
 */

export interface ActivityReportPrint {
  data: ReportData;
  letterhead: Letterhead;
  /** Who asked for it; null for the draft the job queue makes at a quarter's end. */
  preparedBy: string | null;
  generatedAt: Date;
}

const SECTIONS = ["agreements", "mobility", "projectsShort", "visits", "eventsShort", "students", "strategyShort", "highlights"] as const;

function cover(p: Printer, print: ActivityReportPrint, title: string): void {
  const { doc, t, f } = p;
  const { left, width } = contentBox(doc);
  drawLetterhead(doc, print.letterhead);
  doc.y += 30;
  doc.font("bold").fontSize(22).fillColor(INK).text(title, left, doc.y, { width });
  doc.y += 6;
  doc.font("regular").fontSize(12).fillColor(MUTED).text(f.range(p.data.context.period), left, doc.y, { width });
  doc.y += 4;
  const prepared = print.preparedBy
    ? t("reports.pdf.preparedBy", { name: print.preparedBy, date: f.day(print.generatedAt) })
    : t("reports.pdf.preparedDraft", { date: f.day(print.generatedAt) });
  doc.fontSize(9.5).text(prepared, left, doc.y, { width });
  doc.y += 16;
  doc.font("bold").fontSize(10).fillColor(INK).text(t("reports.pdf.contents"), left, doc.y, { width });
  doc.font("regular").fontSize(9.5);
  SECTIONS.forEach((section, index) => doc.text(`${index + 1}. ${t(`reports.sections.${section}`)}`, left + 8, doc.y + 1, { width: width - 8 }));
  heading(doc, t("reports.sections.summary"), 1);
  figureGrid(doc, summaryFigures(p.data, t, f).map((figure) => ({ label: figure.label, value: f.number(figure.value) })));
}

export async function renderActivityReportPdf(print: ActivityReportPrint): Promise<Uint8Array> {
  const { language } = print.data.context;
  const t = reportWording(language);
  const f = reportFormat(language);
  const title = reportTitle((key, values) => t(`reports.${key}`, values), print.data.context.kind, print.data.context.period, f);
  const doc = await createPdfDocument({ title, language, author: print.letterhead.name, subject: t("reports.pdf.subject") });
  const printer: Printer = { doc, t, f, language, data: print.data };
  footerOnEveryPage(doc, `${print.letterhead.name} · ${title}`);
  cover(printer, print, title);
  for (const section of [agreementsSection, mobilitySection, projectsSection, visitsSection, eventsSection, studentsSection, strategySection, highlightsSection]) {
    doc.addPage();
    section(printer);
  }
  return finishPdf(doc);
}
