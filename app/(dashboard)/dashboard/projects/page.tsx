import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { Plus } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { can } from "@/lib/permissions";
import { canCreateProjects } from "@/lib/projects/access";
import { projectListFilterSchema } from "@/lib/projects/schemas";
import { listFundingPrograms, listProjectFilterUnits, listStaffProjects, type StaffProjectRow } from "@/lib/projects/staff-queries";
import { requireProjectsPage } from "./_components/guard";
import { ProjectFilters } from "./_components/project-filters";
import { ProjectStatusBadge } from "./_components/status-badge";

const PATH = "/dashboard/projects";

/** Calendar days stored at UTC midnight: formatted in UTC, whatever the server's zone. */
const MONTH = { year: "numeric", month: "short", timeZone: "UTC" } as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("list.metaTitle") };
}

/** International projects and proposals: the office sees all, a coordinator their unit's. */
export default async function ProjectsStaffPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requireProjectsPage(PATH);
  const params = await searchParams;
  const filter = projectListFilterSchema.parse(params);
  const officeWide = can(user, "project:read");
  const [t, format, list, programs, units] = await Promise.all([
    getTranslations("projects"),
    getFormatter(),
    listStaffProjects(user, filter),
    listFundingPrograms(user),
    listProjectFilterUnits(user),
  ]);

  const columns: DataTableColumn<StaffProjectRow>[] = [
    {
      key: "title",
      header: t("fields.title"),
      rowHeader: true,
      cell: (row) => (
        <>
          <Link href={`${PATH}/${row.id}`} className="text-link underline-offset-4 hover:underline">
            {row.acronym ? `${row.acronym} — ${row.title}` : row.title}
          </Link>
          <span className="block text-xs font-normal text-muted-foreground">
            {row.fundingProgram} · {t(`role.${row.ourRole}`)}
          </span>
        </>
      ),
    },
    { key: "unit", header: t("fields.unit"), hideBelow: "lg", cell: (row) => (row.unit ? <abbr title={row.unit.name}>{row.unit.code}</abbr> : "—") },
    { key: "period", header: t("fields.period"), cell: (row) => format.dateTimeRange(row.startDate, row.endDate, MONTH) },
    {
      key: "status",
      header: t("fields.status"),
      cell: (row) => (
        <span className="flex flex-wrap gap-1">
          <ProjectStatusBadge status={row.status} />
          {!row.isPublic && <Badge>{t("list.internal")}</Badge>}
        </span>
      ),
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("list.title")}
        description={officeWide ? t("list.description") : t("list.descriptionOwnUnit")}
        actions={
          canCreateProjects(user) ? (
            <LinkButton href={`${PATH}/new`}>
              <Plus aria-hidden="true" />
              {t("list.new")}
            </LinkButton>
          ) : undefined
        }
      />
      <ProjectFilters filter={filter} pathname={PATH} options={{ programs, units }} />
      <DataTable
        caption={t("list.caption")}
        captionHidden
        columns={columns}
        rows={list.rows}
        rowKey={(row) => row.id}
        pathname={PATH}
        searchParams={params}
        pagination={{ page: list.page, pageSize: list.pageSize, total: list.total }}
        empty={<p className="rounded-lg border border-border p-6 text-muted-foreground">{t("list.empty")}</p>}
      />
    </div>
  );
}
