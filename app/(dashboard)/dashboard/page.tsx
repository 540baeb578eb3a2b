import type { Metadata } from "next";
import { getFormatter, getNow } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { fromIsoDay } from "@/lib/agreements/dates";
import { requirePageAccess } from "@/lib/auth/guards";
import { loadAttention } from "@/lib/dashboard/attention";
import { listFailedJobs } from "@/lib/dashboard/failed-jobs";
import { dashboardPeriod, getDashboardOverview } from "@/lib/dashboard/overview";
import { loadStudentDashboard } from "@/lib/dashboard/student";
import { getOwnUnit } from "@/lib/institution/staff-unit";
import { AttentionList } from "./_components/attention-list";
import { DashboardCharts } from "./_components/dashboard-charts";
import { FailedJobs } from "./_components/failed-jobs";
import { FigureCards } from "./_components/figure-cards";
import { SectionLinks } from "./_components/section-links";
import { StudentDashboard } from "./_components/student-dashboard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("metaTitle") };
}

/**
 * Where everyone lands after signing in. Staff: what needs them today (each item a link to its
 * record), failed background jobs for admins, how the office (or, for a coordinator, their unit,
 * which the page names) is doing against the same date last year, and the charts. Students: their
 * applications with the next step, and the calls open to them. Then the sections of the role.
 *
 * Queries: the unit's name, the attention list (one statement) and, for admins, the failed jobs;
 * the figures and charts (eight grouped queries) are shared for a minute by everyone of the scope.
 */
export default async function DashboardPage() {
  const user = await requirePageAccess("/dashboard");
  const now = new Date();
  const [t, tCommon, format, clock, unit, period] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("common"),
    getFormatter(),
    getNow(),
    getOwnUnit(user),
    dashboardPeriod(now),
  ]);
  const role = tCommon(`roles.${user.role}`);
  const header = (
    <PageHeader
      title={t("greeting", { name: user.name })}
      description={
        // Plain text rather than a badge: a long role and unit name wraps on a phone.
        <>
          <span className="block font-medium text-foreground">{unit ? t("roleInUnit", { role, unit: unit.name, code: unit.code }) : t("role", { role })}</span>
          <span className="block">{t("today", { date: format.dateTime(clock, { dateStyle: "full" }) })}</span>
        </>
      }
    />
  );

  if (user.role === "STUDENT") {
    const student = await loadStudentDashboard(user, now);
    return (
      <div className="space-y-10">
        {header}
        {student && <StudentDashboard applications={student.applications} openCalls={student.openCalls} studyLevel={student.studyLevel} />}
        <SectionLinks user={user} />
      </div>
    );
  }

  const [attention, failedJobs, overview] = await Promise.all([loadAttention(user, period, now), listFailedJobs(user, now), getDashboardOverview(user, now)]);
  const unitScoped = overview?.scope.kind === "unit" && unit;
  return (
    <div className="space-y-10">
      {header}
      <section aria-labelledby="attention-heading" className="space-y-4">
        <div className="space-y-1">
          <h2 id="attention-heading" className="text-2xl font-semibold">
            {t("attention.heading")}
          </h2>
          <p className="max-w-prose text-muted-foreground">{unitScoped ? t("attention.unitDescription", { unit: unit.name }) : t("attention.description")}</p>
        </div>
        <AttentionList groups={attention} today={fromIsoDay(period.today)} />
      </section>
      {failedJobs && <FailedJobs jobs={failedJobs} />}
      {overview && (
        <>
          <section aria-labelledby="figures-heading" className="space-y-4">
            <div className="space-y-1">
              <h2 id="figures-heading" className="text-2xl font-semibold">
                {unitScoped ? t("figures.unitHeading", { unit: unit.name }) : t("figures.heading")}
              </h2>
              <p className="max-w-prose text-muted-foreground">
                {t("figures.description", { date: format.dateTime(fromIsoDay(period.lastYear), { dateStyle: "long", timeZone: "UTC" }) })}
              </p>
            </div>
            <FigureCards overview={overview} />
          </section>
          <section aria-labelledby="charts-heading" className="space-y-4">
            <h2 id="charts-heading" className="text-2xl font-semibold">
              {unitScoped ? t("charts.unitHeading", { unit: unit.name }) : t("charts.heading")}
            </h2>
            <DashboardCharts overview={overview} />
          </section>
        </>
      )}
      <SectionLinks user={user} />
    </div>
  );
}
