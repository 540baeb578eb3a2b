import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { hrefWith, type SearchParamsRecord } from "@/components/ui/table-search-params";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { requirePageAccess } from "@/lib/auth/guards";
import { getMobilityOptions, listMobilityRecords, type MobilityRow } from "@/lib/mobility/queries";
import { mobilityFilterSchema } from "@/lib/mobility/schemas";
import { can, canSome } from "@/lib/permissions";
import { MobilityFilters } from "./_components/mobility-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mobility");
  return { title: t("metaTitle") };
}

const PATH = "/dashboard/mobility";

const STATUS_VARIANT = { PLANNED: "info", ONGOING: "warning", COMPLETED: "success", CANCELLED: "neutral" } as const;

/** Mobility records with filters (kept in the URL) and CSV/Excel export of the filtered list. */
export default async function MobilityPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageAccess(PATH, "mobility:read");
  // Students may read their own mobility, but this list is a staff page.
  if (!canSome(user, "dashboard:read")) forbidden();
  const params = await searchParams;
  const filter = mobilityFilterSchema.parse(params);
  const [list, options, t, format] = await Promise.all([
    listMobilityRecords(user, filter),
    getMobilityOptions(user, { forForm: false }),
    getTranslations("mobility"),
    getFormatter(),
  ]);
  const exportParams = { ...params, page: undefined, sort: filter.sort, dir: filter.dir };

  // Nine facts in six columns (the unit under the person, the type under the direction, the program
  // under the partner), so the table fits a 1280 px screen in every language without scrolling.
  const columns: DataTableColumn<MobilityRow>[] = [
    {
      key: "personName",
      header: t("table.person"),
      sortable: true,
      rowHeader: true,
      cell: (row) => (
        <span className="flex flex-col">
          <span>{row.personName}</span>
          {row.unit && (
            <span className="text-xs font-normal text-muted-foreground">
              <VisuallyHidden>{t("table.unit")}: </VisuallyHidden>
              <abbr title={row.unit.name}>{row.unit.code}</abbr>
            </span>
          )}
          {row.applicationId && <span className="text-xs font-normal text-muted-foreground">{t("table.fromApplication")}</span>}
        </span>
      ),
    },
    {
      key: "direction",
      header: t("table.direction"),
      cell: (row) => (
        <>
          {t(`direction.${row.direction}`)}
          <span className="block text-xs text-muted-foreground">{t(`mobilityType.${row.mobilityType}`)}</span>
        </>
      ),
    },
    {
      key: "partner",
      header: t("table.partner"),
      cell: (row) => (
        <>
          {row.partner.name} ({row.partner.countryCode})
          {row.program && <span className="block text-xs text-muted-foreground">{row.program.name}</span>}
        </>
      ),
    },
    { key: "academicYear", header: t("table.academicYear"), sortable: true, cell: (row) => t("academicYear", { start: row.academicYear, end: row.academicYear + 1 }) },
    {
      key: "startDate",
      header: t("table.dates"),
      sortable: true,
      cell: (row) => format.dateTimeRange(row.startDate, row.endDate, { dateStyle: "medium", timeZone: "UTC" }),
    },
    { key: "status", header: t("table.status"), sortable: true, cell: (row) => <Badge variant={STATUS_VARIANT[row.status]}>{t(`status.${row.status}`)}</Badge> },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={can(user, "mobility:create") ? <LinkButton href={`${PATH}/new`}>{t("create")}</LinkButton> : undefined}
      />
      <MobilityFilters filter={filter} options={options} />
      <nav aria-label={t("export.label")} className="flex flex-wrap gap-3">
        {/* Plain links: a file download, not a client-side navigation. */}
        <a href={hrefWith(`${PATH}/export`, exportParams, { format: "csv" })} className={buttonClasses({ variant: "outline" })}>
          {t("export.csv")}
        </a>
        <a href={hrefWith(`${PATH}/export`, exportParams, { format: "xlsx" })} className={buttonClasses({ variant: "outline" })}>
          {t("export.excel")}
        </a>
      </nav>
      <DataTable
        caption={t("table.caption")}
        captionHidden
        columns={columns}
        rows={list.rows}
        rowKey={(row) => row.id}
        pathname={PATH}
        searchParams={params}
        sort={{ key: filter.sort, dir: filter.dir }}
        pagination={{ page: list.page, pageSize: list.pageSize, total: list.total }}
        empty={<EmptyState title={t("empty")} />}
      />
    </div>
  );
}
