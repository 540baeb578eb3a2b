import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Localized } from "@/components/content/localized";
import { Badge } from "@/components/ui/badge";
import { PUBLIC_STATUS_VARIANT } from "./_components/status-variant";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { localizeProjectSummary } from "@/lib/projects/localize";
import { listPublicProjects } from "@/lib/projects/queries";
import { contentReader } from "@/lib/translations/reader";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("metaTitle"), description: t("description") };
}

/** International projects the university coordinates or takes part in. */
export default async function ProjectsPage() {
  const [rows, reader, t, format] = await Promise.all([listPublicProjects(), contentReader(), getTranslations("projects"), getFormatter()]);
  const projects = rows.map((row) => localizeProjectSummary(row, reader));
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      {projects.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {projects.map((project) => (
            <li key={project.slug} className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-5 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                {project.acronym && <Badge variant="info">{project.acronym}</Badge>}
                <Badge>{t(`role.${project.ourRole}`)}</Badge>
                <Badge variant={PUBLIC_STATUS_VARIANT[project.status]}>{t(`publicStatuses.${project.status}`)}</Badge>
              </div>
              <h2 className="text-lg font-semibold">
                <Link href={`/projects/${project.slug}`} className="text-link hover:underline">
                  <Localized value={project.title} locale={reader.locale} />
                </Link>
              </h2>
              <p className="text-sm text-muted-foreground">
                {project.fundingProgram} · {format.dateTime(project.startDate, { year: "numeric", month: "short", timeZone: "UTC" })} –{" "}
                {format.dateTime(project.endDate, { year: "numeric", month: "short", timeZone: "UTC" })}
              </p>
              {project.summary.text && <Localized value={project.summary} locale={reader.locale} as="p" className="line-clamp-3" />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
