import "server-only";
import { fromIsoDay } from "@/lib/agreements/dates";
import { recordAudit } from "@/lib/audit/record-audit";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { dayIn } from "@/lib/dates/zoned";
import { db } from "@/lib/db/client";
import type { MailMessage } from "@/lib/mail/send-mail";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { notifyDraftReady } from "./draft-mail";
import { generateReport } from "./generate";
import { lastEndedQuarter, quarterPeriod } from "./periods";
import { claimReport } from "./queue";

/**
 * At each quarter's end the job queue makes a draft report of the quarter that ended, in the
 * institution's language, and e-mails the admins, so they can add the quarter's highlights and
 * make the final version. Once per quarter: the draft is created under a transaction lock only if
 * the quarter has none yet (a draft is the quarterly report nobody asked for: no author), and the
 * e-mail is sent once (./draft-mail.ts). The job runs every day of a quarter's first week, so a
 * missed day (a restart, a time zone west of UTC where the quarter ends later) is made up for.
 */

export interface QuarterlyDraftResult {
  reportId: string;
  created: boolean;
  notified: number;
}

export async function runQuarterlyDraft(now: Date = new Date(), options: { send?: (message: MailMessage) => Promise<void> } = {}): Promise<QuarterlyDraftResult> {
  const [timeZone, language] = await Promise.all([getInstitutionTimeZone(), getDefaultContentLanguage()]);
  const { year, quarter } = lastEndedQuarter(dayIn(now, timeZone));
  const period = quarterPeriod(year, quarter);
  const { id, created } = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('ActivityReport.quarterlyDraft'))`;
    const where = { kind: "QUARTERLY" as const, periodStart: fromIsoDay(period.start), periodEnd: fromIsoDay(period.end), createdById: null };
    const existing = await tx.activityReport.findFirst({ where, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
    const draft = await tx.activityReport.create({ data: { ...where, language, inputs: { draft: true } }, select: { id: true } });
    await recordAudit(tx, { actor: null, ip: null, action: "report.draft", entityType: "ActivityReport", entityId: draft.id, after: { kind: "QUARTERLY", period, language } });
    return { id: draft.id, created: true };
  });
  // The report worker may have claimed it first; then it makes it, and it or a later run sends the e-mail.
  if (await claimReport(id)) await generateReport(id, now);
  return { reportId: id, created, notified: await notifyDraftReady(id, options) };
}
