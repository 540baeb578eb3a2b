import "server-only";
import { createPdfDocument, finishPdf } from "@/lib/pdf/document";
import { drawLetterhead, type Letterhead } from "@/lib/pdf/letterhead";
import type { ReportData } from "../data";
import { reportFormat, reportTitle, type ReportFormat } from "../format";
import type { RankingsFigure } from "../rankings";
import { reportWording, type ReportWording } from "../wording";
import { contentBox, footerOnEveryPage, heading, INK, MUTED, paragraph, table } from "./layout";

/**
 * The rankings data pack as a PDF: the letterhead, the reference period, then each figure the
 * international-outlook questions ask for with its value, where it comes from (the records, a total
 * entered by hand, or computed from both), which ranking asks for it and how it is counted.
 */

export interface RankingsPrint {
  data: ReportData;
  figures: readonly RankingsFigure[];
  letterhead: Letterhead;
  preparedBy: string | null;
  generatedAt: Date;
}

export function figureValue(figure: RankingsFigure, f: ReportFormat, t: ReportWording): string {
  if (figure.value === null) return t("reports.rankings.notEntered");
  return figure.kind === "ratio" ? f.percent(figure.value) : f.number(figure.value);
}

export async function renderRankingsPdf(print: RankingsPrint): Promise<Uint8Array> {
  const { language, kind, period, asOf } = print.data.context;
  const t = reportWording(language);
  const f = reportFormat(language);
  const title = reportTitle((key, values) => t(`reports.${key}`, values), kind, period, f);
  const doc = await createPdfDocument({ title, language, author: print.letterhead.name, subject: t("reports.rankings.subject") });
  footerOnEveryPage(doc, `${print.letterhead.name} · ${title}`);
  const { left, width } = contentBox(doc);
  drawLetterhead(doc, print.letterhead);
  doc.y += 20;
  doc.font("bold").fontSize(20).fillColor(INK).text(title, left, doc.y, { width });
  doc.y += 4;
  doc.font("regular").fontSize(10.5).fillColor(MUTED).text(t("reports.rankings.periodLine", { period: f.range(period), date: f.day(asOf) }), left, doc.y, { width });
  const prepared = print.preparedBy ? t("reports.pdf.preparedBy", { name: print.preparedBy, date: f.day(print.generatedAt) }) : t("reports.pdf.preparedDraft", { date: f.day(print.generatedAt) });
  doc.fontSize(9.5).text(prepared, left, doc.y + 2, { width });
  doc.y += 10;
  paragraph(doc, t("reports.rankings.intro"), { size: 9 });
  heading(doc, t("reports.rankings.figuresHeading"), 1);
  table(
    doc,
    [
      { header: t("reports.rankings.columns.figure"), weight: 4 },
      { header: t("reports.rankings.columns.value"), weight: 1.1, align: "right" },
      { header: t("reports.rankings.columns.source"), weight: 1.4 },
      { header: t("reports.rankings.columns.askedBy"), weight: 1.3 },
    ],
    print.figures.map((figure) => [
      `${t(`reports.rankings.figures.${figure.key}.label`)}\n${t(`reports.rankings.figures.${figure.key}.definition`)}`,
      figureValue(figure, f, t),
      t(`reports.rankings.sources.${figure.source}`),
      figure.askedBy,
    ]),
    { empty: t("reports.pdf.none"), fontSize: 8.5 },
  );
  paragraph(doc, t("reports.rankings.note"), { muted: true, size: 8.5 });
  return finishPdf(doc);
}
