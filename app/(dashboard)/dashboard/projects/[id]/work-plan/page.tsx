import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import { getClientMessages } from "@/i18n/client-messages";
import { todayIso } from "@/lib/agreements/dates";
import { env } from "@/lib/env";
import { projectAbilities } from "@/lib/projects/access";
import { projectMonths } from "@/lib/projects/period";
import { getProjectWorkPlan } from "@/lib/projects/plan-queries";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { ActivitiesEditor } from "../../_components/activities-editor";
import { DeliverablesEditor } from "../../_components/deliverables-editor";
import { requireProjectPage } from "../../_components/guard";
import { ProjectHeader } from "../../_components/project-header";
import { ProjectTimeline } from "../../_components/timeline";
import { WorkPackagesEditor } from "../../_components/work-packages-editor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("workPlan.metaTitle") };
}

/** The project's work plan: its timeline, work packages, deliverables and reports, and activities. */
export default async function ProjectWorkPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, project } = await requireProjectPage(id, "/work-plan");
  const [t, plan, messages, defaultLanguage] = await Promise.all([
    getTranslations("projects"),
    getProjectWorkPlan(user, project.id),
    getClientMessages(["common", "errors", "projects"]),
    getDefaultContentLanguage(),
  ]);
  const canEdit = projectAbilities(user, project.unitId).update;
  const today = todayIso();
  const section = (key: string, title: string, description: string) => (
    <div className="space-y-1">
      <h2 id={key} className="text-xl font-semibold">
        {title}
      </h2>
      <p className="text-sm text-muted-foreground">{description}</p>
    </div>
  );

  return (
    <div className="space-y-10">
      <ProjectHeader project={project} current="workPlan" />
      <section aria-labelledby="timeline-heading" className="space-y-3">
        {section("timeline-heading", t("timeline.title"), t("timeline.intro"))}
        <ProjectTimeline start={project.startDate} end={project.endDate} today={today} workPackages={plan.workPackages} activities={plan.activities} />
      </section>
      <NextIntlClientProvider messages={messages}>
        <section aria-labelledby="work-packages-heading" className="space-y-3">
          {section("work-packages-heading", t("workPackages.heading"), t("workPackages.intro"))}
          <WorkPackagesEditor
            projectId={project.id}
            items={plan.workPackages}
            partners={project.partners.map((member) => ({ id: member.id, name: member.name }))}
            months={projectMonths(project.startDate, project.endDate)}
            canEdit={canEdit}
            defaultLanguage={defaultLanguage}
          />
        </section>
        <section aria-labelledby="deliverables-heading" className="space-y-3">
          {section("deliverables-heading", t("deliverables.heading"), t("deliverables.intro"))}
          <DeliverablesEditor
            projectId={project.id}
            items={plan.deliverables}
            workPackages={plan.workPackages.map((wp) => ({ id: wp.id, code: wp.code, title: wp.title }))}
            canEdit={canEdit}
            maxMb={env().UPLOAD_MAX_MB}
            today={today}
          />
        </section>
        <section aria-labelledby="activities-heading" className="space-y-3">
          {section("activities-heading", t("activitiesEditor.heading"), t("activitiesEditor.intro"))}
          <ActivitiesEditor projectId={project.id} items={plan.activities} canEdit={canEdit} defaultLanguage={defaultLanguage} />
        </section>
      </NextIntlClientProvider>
    </div>
  );
}
