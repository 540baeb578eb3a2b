import "server-only";
import { fromIsoDay } from "@/lib/agreements/dates";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import type { HighlightFields, ReportRequest, UpdateHighlightInput } from "./schemas";

/**
 * Asking for a report and keeping the highlights (the office: officers and admins). A request is
 * queued and made in the background (./queue.ts); the report is kept with who asked and when.
 */

export async function requestReport(user: SessionUser | null, input: ReportRequest): Promise<{ id: string }> {
  requirePermission(user, "report:export");
  const data = {
    kind: input.kind,
    periodStart: fromIsoDay(input.period.start),
    periodEnd: fromIsoDay(input.period.end),
    language: input.language,
    inputs: input.inputs as object,
    createdById: user!.id,
  };
  return auditedWrite(user, async (tx, audit) => {
    const report = await tx.activityReport.create({ data, select: { id: true } });
    await audit({ action: "report.request", entityType: "ActivityReport", entityId: report.id, after: { kind: input.kind, period: input.period, language: input.language, inputs: input.inputs } });
    return report;
  });
}

async function highlightData(fields: HighlightFields) {
  return {
    happenedOn: fromIsoDay(fields.happenedOn),
    title: fields.title,
    text: fields.text,
    translations: keepOtherLanguages(fields.translations, await getDefaultContentLanguage()),
  };
}

const highlightSnapshot = { happenedOn: true, title: true, text: true, translations: true } as const;

export async function createHighlight(user: SessionUser | null, input: HighlightFields): Promise<{ id: string }> {
  requirePermission(user, "report:export");
  const data = await highlightData(input);
  return auditedWrite(user, async (tx, audit) => {
    const created = await tx.activityHighlight.create({ data: { ...data, createdById: user!.id }, select: { id: true } });
    await audit({ action: "report.highlight.create", entityType: "ActivityHighlight", entityId: created.id, after: data });
    return created;
  });
}

export async function updateHighlight(user: SessionUser | null, input: UpdateHighlightInput): Promise<{ id: string }> {
  requirePermission(user, "report:export");
  const { id, ...fields } = input;
  const data = await highlightData(fields);
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.activityHighlight.findUnique({ where: { id }, select: highlightSnapshot });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.activityHighlight.update({ where: { id }, data });
    await audit({ action: "report.highlight.update", entityType: "ActivityHighlight", entityId: id, before, after: data });
    return { id };
  });
}

export async function deleteHighlight(user: SessionUser | null, input: { id: string }): Promise<{ id: string }> {
  requirePermission(user, "report:export");
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.activityHighlight.findUnique({ where: { id: input.id }, select: highlightSnapshot });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.activityHighlight.delete({ where: { id: input.id } });
    await audit({ action: "report.highlight.delete", entityType: "ActivityHighlight", entityId: input.id, before });
    return { id: input.id };
  });
}
