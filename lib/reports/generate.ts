import "server-only";
import { randomBytes } from "node:crypto";
import { isLocale } from "@/i18n/config";
import { toIsoDay } from "@/lib/agreements/dates";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { dayIn } from "@/lib/dates/zoned";
import { db } from "@/lib/db/client";
import { EXPORT_FORMATS } from "@/lib/import-export/write-file";
import { logger } from "@/lib/logging/logger";
import { loadLogo } from "@/lib/pdf/logo";
import { storeFile } from "@/lib/storage/store-file";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { letterheadOf } from "@/lib/visits/letters/letter-context";
import { getLetterInstitution } from "@/lib/visits/letters/letter-data";
import { loadReportData, type ReportContext } from "./data";
import { asOfDay, periodShape, type ReportPeriod } from "./periods";
import { renderActivityReportPdf } from "./pdf/activity-report";
import { renderRankingsPdf } from "./pdf/rankings-pack";
import { rankingsCountsOf, rankingsFigures } from "./rankings";
import { readRankingsInputs } from "./schemas";
import { renderActivityWorkbook, renderRankingsWorkbook } from "./workbook";

/**
 * Makes a report that has been claimed (status RUNNING, see ./queue.ts): reads its period's records,
 * draws the PDF and the workbook, keeps both in the document storage and marks it DONE, saying how
 * far it got (progress 0–100) on the way, which the reports page shows. A failure marks it FAILED
 * with a reference to the log line that has the details (never the error itself: it may name
 * internals), and is not thrown on: one failed report must not stop the queue.
 */

/** "activity-report-2026-q3-az", "activity-report-2025-en", "rankings-data-2025-ru". */
export function reportFileBase(kind: string, period: ReportPeriod, language: string): string {
  const shape = periodShape(period);
  const when = shape.kind === "year" ? `${shape.year}` : shape.kind === "quarter" ? `${shape.year}-q${shape.quarter}` : `${period.start}-${period.end}`;
  return `${kind === "RANKINGS" ? "rankings-data" : "activity-report"}-${when}-${language}`;
}

async function setProgress(id: string, progress: number): Promise<void> {
  await db.activityReport.update({ where: { id }, data: { progress: Math.min(99, Math.round(progress)) } });
}

export async function generateReport(id: string, now: Date = new Date()): Promise<"DONE" | "FAILED"> {
  try {
    const report = await db.activityReport.findUniqueOrThrow({
      where: { id },
      select: { kind: true, periodStart: true, periodEnd: true, language: true, inputs: true, createdById: true, createdAt: true, createdBy: { select: { name: true } } },
    });
    const [timeZone, defaultLanguage, institution] = await Promise.all([getInstitutionTimeZone(), getDefaultContentLanguage(), getLetterInstitution()]);
    const period = { start: toIsoDay(report.periodStart)!, end: toIsoDay(report.periodEnd)! };
    const language = isLocale(report.language) ? report.language : defaultLanguage;
    const context: ReportContext = { kind: report.kind, period, asOf: asOfDay(period, dayIn(now, timeZone)), language, defaultLanguage, timeZone };
    const data = await loadReportData(context, (share) => setProgress(id, 5 + share * 65));
    const letterhead = letterheadOf(institution, language, await loadLogo(institution.logoPath));
    const print = { data, letterhead, preparedBy: report.createdBy?.name ?? null, generatedAt: now };
    const rankings = report.kind === "RANKINGS" ? readRankingsInputs(report.inputs) : null;
    if (report.kind === "RANKINGS" && !rankings) throw new Error("a rankings report without its totals");
    const figures = rankings ? rankingsFigures(rankingsCountsOf(data), rankings) : [];
    const pdf = rankings ? await renderRankingsPdf({ ...print, figures }) : await renderActivityReportPdf(print);
    await setProgress(id, 85);
    const xlsx = rankings ? await renderRankingsWorkbook(data, figures) : await renderActivityWorkbook(data);
    await setProgress(id, 95);
    const base = reportFileBase(report.kind, period, language);
    await db.$transaction(async (tx) => {
      const [pdfFile, xlsxFile] = [
        await storeFile(tx, { data: pdf, fileName: `${base}.pdf`, mimeType: "application/pdf", uploadedById: report.createdById }),
        await storeFile(tx, { data: xlsx, fileName: `${base}.xlsx`, mimeType: EXPORT_FORMATS.xlsx, uploadedById: report.createdById }),
      ];
      await tx.activityReport.update({
        where: { id },
        data: { status: "DONE", progress: 100, pdfFileId: pdfFile.id, xlsxFileId: xlsxFile.id, error: null, finishedAt: new Date() },
      });
    });
    logger.info({ reportId: id, kind: report.kind, period, language, pdfBytes: pdf.byteLength, xlsxBytes: xlsx.byteLength }, "activity report generated");
    return "DONE";
  } catch (error) {
    const reference = randomBytes(4).toString("hex");
    logger.error({ err: error, reportId: id, reference }, "activity report could not be generated");
    await db.activityReport.update({ where: { id }, data: { status: "FAILED", error: reference, finishedAt: new Date() } }).catch(() => undefined);
    return "FAILED";
  }
}
