import Link from "next/link";
import { ArrowLeft, ExternalLink } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { cn } from "@/components/ui/cn";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import type { StaffProject } from "@/lib/projects/staff-queries";
import { ProjectStatusBadge } from "./status-badge";

export type ProjectSection = "overview" | "workPlan" | "budget" | "documents";

const SECTIONS: readonly { id: ProjectSection; path: string }[] = [
  { id: "overview", path: "" },
  { id: "workPlan", path: "/work-plan" },
  { id: "budget", path: "/budget" },
  { id: "documents", path: "/documents" },
];

/** The head of every page of one project: back to the list, its title and status, and its sections as links. */
export async function ProjectHeader({ project, current }: { project: StaffProject; current: ProjectSection | null }) {
  const t = await getTranslations("projects");
  const base = `/dashboard/projects/${project.id}`;
  return (
    <div className="space-y-4">
      <Link href="/dashboard/projects" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("detail.back")}
      </Link>
      <PageHeader
        eyebrow={project.acronym ?? t("detail.eyebrow")}
        title={project.title}
        description={
          <span className="flex flex-wrap items-center gap-2 text-base">
            <ProjectStatusBadge status={project.status} />
            <span>{project.fundingProgram}</span>
            {project.unit && <span>· {project.unit.name}</span>}
          </span>
        }
        actions={
          project.isPublic ? (
            <LinkButton href={`/projects/${project.slug}`} variant="outline">
              <ExternalLink aria-hidden="true" />
              {t("detail.publicPage")}
            </LinkButton>
          ) : undefined
        }
      />
      <nav aria-label={t("detail.sections")}>
        <ul className="flex flex-wrap gap-1 border-b border-border">
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <Link
                href={`${base}${section.path}`}
                aria-current={current === section.id ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex min-h-11 items-center rounded-t-md border border-transparent px-3 text-sm font-medium",
                  current === section.id ? "border-border border-b-background bg-background" : "text-link underline-offset-4 hover:underline",
                )}
              >
                {t(`detail.sectionNames.${section.id}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
