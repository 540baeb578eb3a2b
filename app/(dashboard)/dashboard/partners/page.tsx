import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { FileUp, Plus } from "lucide-react";
import { ExportLinks } from "@/components/ui/export-links";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { requirePageAccess } from "@/lib/auth/guards";
import { countryName } from "@/lib/partners/country-names";
import { listPartners, STAFF_VIEW, type StaffPartnerRow } from "@/lib/partners/queries";
import { staffPartnerFilterSchema } from "@/lib/partners/schemas";
import { can } from "@/lib/permissions";
import { PartnerFilters } from "./_components/partner-filters";
import { PartnerStatusBadge, PartnerVisibilityBadges } from "./_components/partner-badges";

const PATH = "/dashboard/partners";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partners");
  return { title: t("list.metaTitle") };
}

export default async function PartnersPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageAccess(PATH, "partner:read", STAFF_VIEW);
  const params = await searchParams;
  const filter = staffPartnerFilterSchema.parse(params);
  const [t, format, locale, page] = await Promise.all([getTranslations("partners"), getFormatter(), getLocale(), listPartners(user, filter)]);
  const canCreate = can(user, "partner:create");
  const exportParams = { q: filter.q, kind: filter.kind, status: filter.status, country: filter.country, region: filter.region, area: filter.area, archived: filter.archived };

  const columns: DataTableColumn<StaffPartnerRow>[] = [
    {
      key: "name",
      header: t("fields.name"),
      sortable: true,
      rowHeader: true,
      cell: (row) => (
        <Link href={`${PATH}/${row.id}`} prefetch={false} className="text-link underline-offset-4 hover:underline">
          {row.name}
        </Link>
      ),
    },
    {
      key: "country",
      header: t("fields.country"),
      sortable: true,
      cell: (row) => (
        <>
          {countryName(row.countryCode, locale)}
          {row.city && <span className="block text-muted-foreground">{row.city}</span>}
        </>
      ),
    },
    { key: "kind", header: t("fields.kind"), sortable: true, cell: (row) => t(`kinds.${row.kind}`) },
    { key: "status", header: t("fields.status"), sortable: true, cell: (row) => <PartnerStatusBadge status={row.status} /> },
    { key: "agreements", header: t("list.columns.agreements"), align: "end", cell: (row) => format.number(row.agreementCount) },
    { key: "visibility", header: t("list.columns.visibility"), cell: (row) => <PartnerVisibilityBadges isPublic={row.isPublic} archived={row.archivedAt !== null} /> },
    { key: "updated", header: t("list.columns.updated"), sortable: true, align: "end", cell: (row) => format.dateTime(row.updatedAt, { dateStyle: "medium" }) },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          canCreate ? (
            <>
              <LinkButton href={`${PATH}/new`}>
                <Plus aria-hidden="true" />
                {t("list.new")}
              </LinkButton>
              <LinkButton href={`${PATH}/import`} variant="outline">
                <FileUp aria-hidden="true" />
                {t("list.import")}
              </LinkButton>
            </>
          ) : undefined
        }
      />
      <PartnerFilters filter={filter} pathname={PATH} />
      <ExportLinks
        endpoint="/api/partners/export"
        params={exportParams}
        label={t("list.exportLabel", { count: page.total })}
        csvLabel={t("list.exportCsv")}
        xlsxLabel={t("list.exportXlsx")}
      />
      <DataTable
        caption={t("list.caption")}
        captionHidden
        columns={columns}
        rows={page.rows}
        rowKey={(row) => row.id}
        pathname={PATH}
        searchParams={params}
        sort={{ key: filter.sort, dir: filter.dir }}
        pagination={{ page: page.page, pageSize: page.pageSize, total: page.total }}
        empty={<p className="rounded-lg border border-border p-6 text-muted-foreground">{t("list.empty")}</p>}
      />
    </div>
  );
}
