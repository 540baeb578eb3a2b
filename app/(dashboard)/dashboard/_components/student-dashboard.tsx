import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Localized } from "@/components/content/localized";
import { Badge } from "@/components/ui/badge";
import { statusVariant } from "@/lib/applications/status-display";
import type { StudentDashboardData } from "@/lib/dashboard/student";
import { contentReader } from "@/lib/translations/reader";

const ACCOUNT_PATH = "/dashboard/account";

/**
 * A student's dashboard: each application with its status, what happens next and by when, and the
 * calls open to them that they have not applied to, for their level of study when they have said it
 * (else a line asks them to say it). Titles in the reader's language (decision 010).
 */
export async function StudentDashboard({ applications, openCalls, studyLevel }: StudentDashboardData) {
  const [t, tStatus, tLevel, format, reader] = await Promise.all([
    getTranslations("dashboard.student"),
    getTranslations("applications.status"),
    getTranslations("internationalStudents.levels"),
    getFormatter(),
    contentReader(),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  const accountLink = (chunks: ReactNode) => (
    <Link href={ACCOUNT_PATH} className="text-link underline underline-offset-4">
      {chunks}
    </Link>
  );
  return (
    <div className="space-y-10">
      <section aria-labelledby="student-applications" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="student-applications" className="text-xl font-semibold">
            {t("applicationsHeading")}
          </h2>
          <Link href="/my/applications" className="text-sm text-link underline underline-offset-4">
            {t("allApplications")}
          </Link>
        </div>
        {applications.length === 0 ? (
          <p className="rounded-lg border border-dashed border-border p-6 text-muted-foreground">{t("applicationsEmpty")}</p>
        ) : (
          <ul className="space-y-3">
            {applications.map((application) => {
              const href = application.status === "DRAFT" ? `/opportunities/${application.opportunity.id}/apply` : `/my/applications/${application.id}`;
              return (
                <li key={application.id} className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0 space-y-1">
                    <Link href={href} className="font-semibold text-link underline-offset-4 hover:underline">
                      <Localized value={reader.pick(application.opportunity, ["title"]).title} locale={reader.locale} />
                    </Link>
                    <p className="text-sm">{t(`next.${application.next}`)}</p>
                    {application.deadline && <p className="text-sm font-medium">{t("deadline", { date: day(application.deadline) })}</p>}
                  </div>
                  <Badge variant={statusVariant(application.status)} className="self-start">
                    {tStatus(application.status)}
                  </Badge>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="student-calls" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="student-calls" className="text-xl font-semibold">
            {t("callsHeading")}
          </h2>
          <Link href="/opportunities" className="text-sm text-link underline underline-offset-4">
            {t("allCalls")}
          </Link>
        </div>
        <p className="max-w-prose text-sm text-muted-foreground">{t("callsDescription")}</p>
        <p className="max-w-prose text-sm">
          {studyLevel ? t.rich("levelShown", { level: tLevel(studyLevel), link: accountLink }) : t.rich("levelMissing", { link: accountLink })}
        </p>
        {openCalls.length === 0 ? (
          <p className="rounded-lg border border-dashed border-border p-6 text-muted-foreground">{t("callsEmpty")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {openCalls.map((call) => (
              <li key={call.id} className="space-y-1 rounded-lg border border-border bg-surface p-4">
                <Link href={`/opportunities/${call.id}`} className="font-semibold text-link underline-offset-4 hover:underline">
                  <Localized value={reader.pick(call, ["title"]).title} locale={reader.locale} />
                </Link>
                {call.partner && <p className="text-sm text-muted-foreground">{t("host", { partner: call.partner.name })}</p>}
                <p className="text-sm">{t("closes", { date: day(call.closesAt) })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
