import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission } from "@/lib/permissions";

/**
 * Reads of the reports page: the reports kept (who asked, when, how far a running one got) and the
 * highlights. The office only (`report:export`): reports are made from every unit's records.
 */

export const REPORT_LIST_LIMIT = 100;

const reportSelect = {
  id: true,
  kind: true,
  periodStart: true,
  periodEnd: true,
  language: true,
  status: true,
  progress: true,
  inputs: true,
  error: true,
  createdAt: true,
  finishedAt: true,
  createdBy: { select: { name: true } },
  pdfFile: { select: { sizeBytes: true } },
  xlsxFile: { select: { sizeBytes: true } },
} satisfies Prisma.ActivityReportSelect;

export type ReportListRow = Prisma.ActivityReportGetPayload<{ select: typeof reportSelect }>;

/** The latest reports, newest first. */
export async function listReports(user: SessionUser | null): Promise<ReportListRow[]> {
  requirePermission(user, "report:export");
  return db.activityReport.findMany({ select: reportSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: REPORT_LIST_LIMIT });
}

/** How far a report got, for the page's polling; null when unknown. */
export async function getReportProgress(user: SessionUser | null, id: string) {
  requirePermission(user, "report:export");
  return db.activityReport.findUnique({ where: { id }, select: { id: true, status: true, progress: true } });
}

/** The stored PDF or workbook of a report, for its download; null when unknown or not made yet. */
export async function findReportFile(user: SessionUser | null, id: string, format: "pdf" | "xlsx") {
  requirePermission(user, "report:export");
  const report = await db.activityReport.findUnique({
    where: { id },
    select: { pdfFile: { select: { storageKey: true, fileName: true, mimeType: true } }, xlsxFile: { select: { storageKey: true, fileName: true, mimeType: true } } },
  });
  return (format === "pdf" ? report?.pdfFile : report?.xlsxFile) ?? null;
}

const highlightSelect = {
  id: true,
  happenedOn: true,
  title: true,
  text: true,
  translations: true,
  createdAt: true,
  createdBy: { select: { name: true } },
} satisfies Prisma.ActivityHighlightSelect;

export type HighlightRecord = Prisma.ActivityHighlightGetPayload<{ select: typeof highlightSelect }>;

export const HIGHLIGHT_LIST_LIMIT = 50;

/** The latest highlights, most recent day first. */
export async function listHighlights(user: SessionUser | null): Promise<HighlightRecord[]> {
  requirePermission(user, "report:export");
  return db.activityHighlight.findMany({ select: highlightSelect, orderBy: [{ happenedOn: "desc" }, { createdAt: "desc" }], take: HIGHLIGHT_LIST_LIMIT });
}

export async function getHighlight(user: SessionUser | null, id: string): Promise<HighlightRecord | null> {
  requirePermission(user, "report:export");
  return db.activityHighlight.findUnique({ where: { id }, select: highlightSelect });
}
