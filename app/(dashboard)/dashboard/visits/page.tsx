import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { CalendarDays, Plus } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { requirePageAccess } from "@/lib/auth/guards";
import { canSome } from "@/lib/permissions";
import { mayHandlePersonalData } from "@/lib/visits/personal-data";
import { getVisitFilterOptions, listVisits, type VisitListRow } from "@/lib/visits/queries";
import { visitListFilterSchema } from "@/lib/visits/schemas";
import { VisitExport } from "./_components/visit-export";
import { VisitFilters } from "./_components/visit-filters";
import { VisitStatusBadge } from "./_components/status-badge";

const PATH = "/dashboard/visits";

/** Calendar days stored at UTC midnight: formatted in UTC, whatever the server's zone. */
const DAY = { dateStyle: "medium", timeZone: "UTC" } as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("visits");
  return { title: t("list.metaTitle") };
}

/** Visits and delegations, incoming and outgoing: the office sees all, a coordinator their unit's. */
export default async function VisitsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageAccess(PATH, "visit:read");
  const params = await searchParams;
  const filter = visitListFilterSchema.parse(params);
  const [t, format, list, options] = await Promise.all([getTranslations("visits"), getFormatter(), listVisits(user, filter), getVisitFilterOptions(user, filter.partnerId)]);
  const officeWide = mayHandlePersonalData(user);

  // Six facts in four columns (the kind under the title, the unit under the partner), so the table
  // fits a 1280 px screen in every language without scrolling sideways.
  const columns: DataTableColumn<VisitListRow>[] = [
    {
      key: "title",
      header: t("fields.title"),
      rowHeader: true,
      cell: (row) => (
        <>
          <Link href={`${PATH}/${row.id}`} className="text-link underline-offset-4 hover:underline">
            {row.title}
          </Link>
          <span className="block text-xs font-normal text-muted-foreground">
            {t(`directions.${row.direction}`)} · {t(`kinds.${row.kind}`)} · {t("list.participants", { count: row._count.participants })}
          </span>
        </>
      ),
    },
    {
      key: "partner",
      header: t("list.with"),
      cell: (row) => (
        <>
          {row.partner ? `${row.partner.name} (${row.partner.countryCode})` : (row.organizationName ?? "—")}
          {row.hostUnit && (
            <span className="block text-xs text-muted-foreground">
              <VisuallyHidden>{t("fields.hostUnit")}: </VisuallyHidden>
              <abbr title={row.hostUnit.name}>{row.hostUnit.code}</abbr>
            </span>
          )}
        </>
      ),
    },
    { key: "startDate", header: t("list.dates"), sortable: true, cell: (row) => format.dateTimeRange(row.startDate, row.endDate, DAY) },
    { key: "status", header: t("fields.status"), cell: (row) => <VisitStatusBadge status={row.status} /> },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("list.title")}
        description={officeWide ? t("list.description") : t("list.descriptionOwnUnit")}
        actions={
          <>
            {canSome(user, "visit:create") && (
              <LinkButton href={`${PATH}/new`}>
                <Plus aria-hidden="true" />
                {t("list.new")}
              </LinkButton>
            )}
            <LinkButton href={`${PATH}/calendar`} variant="outline">
              <CalendarDays aria-hidden="true" />
              {t("list.calendar")}
            </LinkButton>
          </>
        }
      />
      <VisitFilters filter={filter} pathname={PATH} options={options} showUnit={officeWide} />
      <VisitExport filter={filter} total={list.total} offerPersonalData={officeWide} />
      <div className="relative overflow-x-clip">
        <DataTable
          caption={t("list.caption")}
          captionHidden
          columns={columns}
          rows={list.rows}
          rowKey={(row) => row.id}
          pathname={PATH}
          searchParams={params}
          sort={{ key: "startDate", dir: filter.dir }}
          pagination={{ page: list.page, pageSize: list.pageSize, total: list.total }}
          empty={<p className="rounded-lg border border-border p-6 text-muted-foreground">{t("list.empty")}</p>}
        />
      </div>
    </div>
  );
}
