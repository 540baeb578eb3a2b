import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Localized } from "@/components/content/localized";
import { Badge } from "@/components/ui/badge";
import { PUBLIC_STATUS_VARIANT } from "../_components/status-variant";
import { PageHeader } from "@/components/ui/page-header";
import { countryName } from "@/lib/partners/country-names";
import { formatMoney } from "@/lib/projects/format";
import { localizeProject } from "@/lib/projects/localize";
import { titleWithoutCode } from "@/lib/projects/plan-schemas";
import { getPublicProject } from "@/lib/projects/queries";
import { contentReader } from "@/lib/translations/reader";
import { ConsortiumMap } from "../_components/consortium-map";

interface Props {
  params: Promise<{ slug: string }>;
}

/** The project in the reader's language, or null when there is no such public project. */
async function loadProject(slug: string) {
  const [row, reader] = await Promise.all([getPublicProject(slug), contentReader()]);
  return row ? { project: localizeProject(row, reader), locale: reader.locale } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadProject((await params).slug);
  if (!loaded) return {};
  const { title, acronym, summary } = loaded.project;
  return { title: acronym ? `${acronym} — ${title.text}` : title.text, description: summary.text.slice(0, 160) };
}

export default async function ProjectPage({ params }: Props) {
  const loaded = await loadProject((await params).slug);
  if (!loaded) notFound();
  const { project, locale } = loaded;
  const [t, format] = await Promise.all([getTranslations("projects"), getFormatter()]);
  const country = (code: string) => countryName(code, locale);
  const date = (value: Date) => format.dateTime(value, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  const counts = new Map<string, number>();
  for (const member of project.partners) if (member.countryCode) counts.set(member.countryCode, (counts.get(member.countryCode) ?? 0) + 1);
  const countries = [...counts.keys()].map(country).sort((a, b) => a.localeCompare(b, locale));

  return (
    <article className="space-y-10">
      <PageHeader
        eyebrow={project.acronym ?? t("title")}
        title={<Localized value={project.title} locale={locale} />}
        description={project.summary.text ? <Localized value={project.summary} locale={locale} /> : undefined}
        actions={
          <>
            <Badge>{t(`role.${project.ourRole}`)}</Badge>
            <Badge variant={PUBLIC_STATUS_VARIANT[project.status]}>{t(`publicStatuses.${project.status}`)}</Badge>
          </>
        }
      />
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[
          [t("fundingProgram"), project.action ? `${project.fundingProgram} — ${project.action}` : project.fundingProgram],
          [t("coordinator"), project.coordinatorInstitution],
          [t("period"), `${date(project.startDate)} – ${date(project.endDate)}`],
          ...(project.grantNumber ? [[t("grantNumber"), project.grantNumber]] : []),
          ...(project.budget ? [[t("budgetTotal"), formatMoney(project.budget.amount, project.budget.currency, locale)]] : []),
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-border bg-surface p-4">
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>

      {project.objectives.items.length > 0 && (
        <section className="space-y-3">
          <h2 className="text-2xl font-bold">{t("objectives")}</h2>
          <ul lang={project.objectives.lang !== locale ? project.objectives.lang : undefined} className="list-disc space-y-2 pl-5">
            {project.objectives.items.map((objective, index) => (
              <li key={index}>{objective}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="space-y-4">
        <h2 className="text-2xl font-bold">{t("consortium")}</h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {project.partners.map((member) => {
            const linkable = member.partner?.isPublic && !member.partner.archivedAt;
            return (
              <li key={member.id}>
                {linkable ? (
                  <Link href={`/partners/${member.partner!.slug}`} className="text-link underline hover:text-link-hover">
                    {member.name}
                  </Link>
                ) : (
                  member.name
                )}
                {member.countryCode && <span className="text-muted-foreground"> · {country(member.countryCode)}</span>}
                {member.role === "coordinator" && <span className="text-muted-foreground"> · {t("consortiumRoles.coordinator")}</span>}
              </li>
            );
          })}
        </ul>
        {countries.length > 0 && <p className="text-sm">{t("countries", { count: countries.length, list: countries.join(", ") })}</p>}
        <ConsortiumMap slug={project.slug} counts={counts} countryLabel={country} locale={locale} />
      </section>

      {project.activities.length > 0 && (
        <section className="space-y-4">
          <h2 className="text-2xl font-bold">{t("activities")}</h2>
          <ol className="space-y-4 border-l-2 border-border pl-5">
            {project.activities.map((activity) => (
              <li key={activity.id} className="space-y-1">
                <Localized value={activity.title} locale={locale} as="h3" className="font-semibold" />
                <p className="text-sm text-muted-foreground">
                  {date(activity.startDate)}
                  {activity.endDate && ` – ${date(activity.endDate)}`}
                  {activity.place && ` · ${activity.place}`}
                </p>
                {activity.participants && <p className="text-sm">{t("participants", { participants: activity.participants })}</p>}
                {(activity.staffCount !== null || activity.studentCount !== null) && (
                  <p className="text-sm">{t("activitiesEditor.headcount", { staff: activity.staffCount ?? 0, students: activity.studentCount ?? 0 })}</p>
                )}
                {activity.description.text && <Localized value={activity.description} locale={locale} as="p" />}
              </li>
            ))}
          </ol>
        </section>
      )}

      {project.workPackages.length > 0 && (
        <section className="space-y-3">
          <h2 className="text-2xl font-bold">{t("workPackages.heading")}</h2>
          <ul className="space-y-1">
            {project.workPackages.map((wp) => (
              <li key={wp.code}>
                <span className="font-medium">{wp.code}</span>{" "}
                <Localized value={{ ...wp.title, text: titleWithoutCode(wp.code, wp.title.text) }} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {project.outcomes.text && (
        <section className="space-y-3">
          <h2 className="text-2xl font-bold">{t("outcomes")}</h2>
          <Localized value={project.outcomes} locale={locale} as="p" className="whitespace-pre-line" />
        </section>
      )}
    </article>
  );
}
