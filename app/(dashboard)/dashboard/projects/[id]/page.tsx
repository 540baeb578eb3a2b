import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getLocale } from "next-intl/server";
import { Pencil } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { LinkButton } from "@/components/ui/link-button";
import { getClientMessages } from "@/i18n/client-messages";
import { todayIso } from "@/lib/agreements/dates";
import { countryName } from "@/lib/partners/country-names";
import { projectAbilities } from "@/lib/projects/access";
import { formatMoney } from "@/lib/projects/format";
import { nextProjectStatuses } from "@/lib/projects/lifecycle";
import { requireProjectPage } from "../_components/guard";
import { LifecycleControls } from "../_components/lifecycle-controls";
import { ProjectHeader } from "../_components/project-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("detail.metaTitle") };
}

const DAY = { dateStyle: "long", timeZone: "UTC" } as const;

/** One project for staff: its record, where it is in its lifecycle, its consortium and team. */
export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, project } = await requireProjectPage(id);
  const [t, format, locale, messages] = await Promise.all([getTranslations("projects"), getFormatter(), getLocale(), getClientMessages(["common", "errors", "projects"])]);
  const abilities = projectAbilities(user, project.unitId);
  const next = nextProjectStatuses(project.status);
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(`${iso}T00:00:00Z`), DAY) : null);

  const details: [label: string, value: ReactNode][] = [
    [t("fields.fundingProgram"), project.fundingProgram],
    [t("fields.action"), project.action],
    [t("fields.grantNumber"), project.grantNumber],
    [t("fields.ourRole"), t(`role.${project.ourRole}`)],
    [t("coordinator"), project.coordinatorInstitution || null],
    [t("fields.unit"), project.unit ? `${project.unit.code} — ${project.unit.name}` : null],
    [t("fields.period"), `${day(project.startDate)} – ${day(project.endDate)}`],
    [t("fields.budget"), project.budget ? formatMoney(project.budget, project.currency, locale) : null],
    [t("fields.submittedOn"), day(project.submittedOn)],
    [t("fields.decidedOn"), day(project.decidedOn)],
    [t("fields.grantCall"), project.grantCall?.title ?? null],
    [t("fields.visibility"), project.isPublic ? (project.budgetIsPublic ? t("detail.publicWithBudget") : t("detail.publicWithoutBudget")) : t("detail.internal")],
  ];

  return (
    <div className="space-y-10">
      <ProjectHeader project={project} current="overview" />

      <section aria-labelledby="project-details" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="project-details" className="text-xl font-semibold">
            {t("detail.detailsTitle")}
          </h2>
          {abilities.update && (
            <LinkButton href={`/dashboard/projects/${project.id}/edit`} variant="outline">
              <Pencil aria-hidden="true" />
              {t("detail.edit")}
            </LinkButton>
          )}
        </div>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {details
            .filter(([, value]) => value !== null && value !== "")
            .map(([label, value]) => (
              <div key={label} className="rounded-lg border border-border bg-surface p-4">
                <dt className="text-sm text-muted-foreground">{label}</dt>
                <dd className="font-medium break-words">{value}</dd>
              </div>
            ))}
        </dl>
        {project.summary && <p className="max-w-prose whitespace-pre-line">{project.summary}</p>}
      </section>

      <section aria-labelledby="lifecycle-heading" className="space-y-3">
        <h2 id="lifecycle-heading" className="text-xl font-semibold">
          {t("lifecycle.title")}
        </h2>
        {next.length === 0 ? (
          <p className="text-muted-foreground">{t("lifecycle.final", { status: t(`statuses.${project.status}`) })}</p>
        ) : abilities.update ? (
          <NextIntlClientProvider messages={messages}>
            <LifecycleControls projectId={project.id} version={project.version} next={next} today={todayIso()} />
          </NextIntlClientProvider>
        ) : (
          <p className="text-muted-foreground">{t("lifecycle.readOnly")}</p>
        )}
      </section>

      <section aria-labelledby="consortium-heading" className="space-y-3">
        <h2 id="consortium-heading" className="text-xl font-semibold">
          {t("consortium")}
        </h2>
        {project.partners.length === 0 ? (
          <p className="text-muted-foreground">{t("form.consortiumEmpty")}</p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
            {project.partners.map((member) => (
              <li key={member.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
                <span className="font-medium">
                  {member.partner ? (
                    <Link href={`/dashboard/partners/${member.partner.id}`} className="text-link underline underline-offset-4">
                      {member.name}
                    </Link>
                  ) : (
                    member.name
                  )}
                  {member.countryCode && <span className="font-normal text-muted-foreground"> · {countryName(member.countryCode, locale)}</span>}
                </span>
                <span className="text-sm text-muted-foreground">
                  {t.has(`consortiumRoles.${member.role}`) ? t(`consortiumRoles.${member.role}`) : member.role}
                  {member.pic && ` · ${t("fields.pic")} ${member.pic}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="team-heading" className="space-y-3">
        <h2 id="team-heading" className="text-xl font-semibold">
          {t("form.teamLegend")}
        </h2>
        {project.team.length === 0 ? (
          <p className="text-muted-foreground">{t("form.teamEmpty")}</p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
            {project.team.map((member) => (
              <li key={member.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
                <span className="font-medium">
                  {member.name}
                  {member.user && <span className="block text-sm font-normal text-muted-foreground">{member.user.email}</span>}
                </span>
                <span className="text-sm text-muted-foreground">{t.has(`teamRoles.${member.role}`) ? t(`teamRoles.${member.role}`) : member.role}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
