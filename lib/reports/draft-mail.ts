import "server-only";
import { isLocale, type AppLocale } from "@/i18n/config";
import { toIsoDay } from "@/lib/agreements/dates";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { sendMail, type MailMessage } from "@/lib/mail/send-mail";
import { reportFormat, reportTitle } from "./format";
import type { ReportPeriod } from "./periods";
import { reportWording } from "./wording";

/**
 * The e-mail that tells the admins a quarter's draft report is ready, each in their language, once:
 * the report row is locked while it is sent and marked (`inputs.notifiedAt`) in the same
 * transaction, so a concurrent run waits and then finds it done, and a failed send rolls the mark
 * back for the next run to try again.
 */

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderDraftEmail(input: { to: string; name: string; locale: string | null; period: ReportPeriod; link: string }): MailMessage {
  const language: AppLocale = isLocale(input.locale) ? input.locale : "en";
  const t = reportWording(language);
  const f = reportFormat(language);
  const title = reportTitle((key, values) => t(`reports.${key}`, values), "QUARTERLY", input.period, f);
  const paragraphs = [t("reports.email.greeting", { name: input.name }), t("reports.email.intro", { title, period: f.range(input.period) }), t("reports.email.whatToDo")];
  const action = t("reports.email.action");
  const signature = t("reports.email.signature");
  return {
    to: input.to,
    subject: t("reports.email.subject", { title }),
    text: [...paragraphs, `${action}: ${input.link}`, signature].join("\n\n"),
    html: [...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`), `<p><a href="${escapeHtml(input.link)}">${escapeHtml(action)}</a></p>`, `<p>${escapeHtml(signature)}</p>`].join("\n"),
  };
}

interface LockedReport {
  kind: string;
  status: string;
  createdById: string | null;
  inputs: unknown;
  periodStart: Date;
  periodEnd: Date;
}

/** E-mails the admins about a finished quarterly draft (made by the job queue); returns how many were written to. */
export async function notifyDraftReady(id: string, options: { send?: (message: MailMessage) => Promise<void> } = {}): Promise<number> {
  const send = options.send ?? sendMail;
  return db.$transaction(
    async (tx) => {
      const [report] = await tx.$queryRaw<LockedReport[]>`
        SELECT kind::text AS kind, status::text AS status, "createdById", inputs, "periodStart", "periodEnd"
        FROM "ActivityReport" WHERE id = ${id}::uuid FOR UPDATE`;
      if (!report || report.kind !== "QUARTERLY" || report.createdById !== null || report.status !== "DONE") return 0;
      const inputs = report.inputs && typeof report.inputs === "object" ? (report.inputs as Record<string, unknown>) : {};
      if (inputs.notifiedAt) return 0;
      const admins = await tx.user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { email: true, name: true, locale: true }, orderBy: { email: "asc" } });
      const period = { start: toIsoDay(report.periodStart)!, end: toIsoDay(report.periodEnd)! };
      const link = new URL("/dashboard/reports", env().APP_URL).toString();
      for (const admin of admins) await send(renderDraftEmail({ to: admin.email, name: admin.name, locale: admin.locale, period, link }));
      await tx.activityReport.update({ where: { id }, data: { inputs: { ...inputs, notifiedAt: new Date().toISOString() } as never } });
      return admins.length;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}
