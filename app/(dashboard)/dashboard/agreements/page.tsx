import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { CalendarClock, FileUp, Plus } from "lucide-react";
import { ExportLinks } from "@/components/ui/export-links";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { listAgreements, type AgreementListRow } from "@/lib/agreements/list-queries";
import { listAgreementUnits } from "@/lib/agreements/queries";
import { agreementListFilterSchema } from "@/lib/agreements/schemas";
import { requirePageAccess } from "@/lib/auth/guards";
import { countryName } from "@/lib/partners/country-names";
import { can, canSome } from "@/lib/permissions";
import { AgreementFilters } from "./_components/agreement-filters";
import { DAY_FORMAT } from "./_components/day";
import { AgreementStatusBadge } from "./_components/status-badge";

const PATH = "/dashboard/agreements";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("agreements");
  return { title: t("list.metaTitle") };
}

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageAccess(PATH, "agreement:read");
  const params = await searchParams;
  const filter = agreementListFilterSchema.parse(params);
  const [t, format, locale, page, units] = await Promise.all([
    getTranslations("agreements"),
    getFormatter(),
    getLocale(),
    listAgreements(user, filter),
    listAgreementUnits(user),
  ]);
  const { sort: _sort, dir: _dir, page: _page, ...exportFilter } = filter;
  const exportParams = Object.fromEntries(Object.entries(exportFilter).map(([key, value]) => [key, value === undefined ? undefined : String(value)]));

  // Seven facts in five columns: the unit rides under the reference and the kind under the title,
  // so the table fits a 1280 px screen in every language without scrolling sideways.
  const columns: DataTableColumn<AgreementListRow>[] = [
    {
      key: "reference",
      header: t("fields.referenceNumber"),
      sortable: true,
      rowHeader: true,
      nowrap: true,
      cell: (row) => (
        <>
          <Link href={`${PATH}/${row.id}`} className="text-link underline-offset-4 hover:underline">
            {row.referenceNumber}
          </Link>
          <span className="block text-xs font-normal text-muted-foreground">
            <VisuallyHidden>{t("fields.unitId")}: </VisuallyHidden>
            <abbr title={row.unit.name}>{row.unit.code}</abbr>
          </span>
        </>
      ),
    },
    {
      key: "title",
      header: t("fields.title"),
      sortable: true,
      cell: (row) => (
        <>
          {row.title}
          <span className="block text-xs text-muted-foreground">{t(`kinds.${row.kind}` as never)}</span>
        </>
      ),
    },
    {
      key: "partners",
      header: t("fields.partnerIds"),
      cell: (row) => (
        <ul className="space-y-0.5">
          {row.partners.map(({ partner }) => (
            <li key={partner.id}>
              {partner.name} <span className="text-muted-foreground">({countryName(partner.countryCode, locale)})</span>
            </li>
          ))}
        </ul>
      ),
    },
    { key: "status", header: t("fields.status"), sortable: true, cell: (row) => <AgreementStatusBadge status={row.status} /> },
    {
      key: "endsOn",
      header: t("fields.endsOn"),
      sortable: true,
      align: "end",
      cell: (row) => (row.endsOn ? format.dateTime(row.endsOn, DAY_FORMAT) : <span className="text-muted-foreground">{t("detail.openEnded")}</span>),
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          <>
            {canSome(user, "agreement:create") && (
              <LinkButton href={`${PATH}/new`}>
                <Plus aria-hidden="true" />
                {t("list.new")}
              </LinkButton>
            )}
            <LinkButton href={`${PATH}/expiring`} variant="outline">
              <CalendarClock aria-hidden="true" />
              {t("list.expiring")}
            </LinkButton>
            {can(user, "agreement:create") && (
              <LinkButton href={`${PATH}/import`} variant="outline">
                <FileUp aria-hidden="true" />
                {t("list.import")}
              </LinkButton>
            )}
          </>
        }
      />
      <AgreementFilters filter={filter} pathname={PATH} units={units} />
      <ExportLinks
        endpoint="/api/agreements/export"
        params={exportParams}
        label={t("list.exportLabel", { count: page.total })}
        csvLabel={t("list.exportCsv")}
        xlsxLabel={t("list.exportXlsx")}
      />
      {/* DataTable's sort hints are absolutely positioned; this contains them so a phone never scrolls sideways. */}
      <div className="relative overflow-x-clip">
        <DataTable
          caption={t("list.caption")}
          captionHidden
          columns={columns}
          rows={page.rows}
          rowKey={(row) => row.id}
          pathname={PATH}
          searchParams={params}
          sort={filter.sort ? { key: filter.sort, dir: filter.dir ?? "asc" } : undefined}
          pagination={{ page: page.page, pageSize: page.pageSize, total: page.total }}
          empty={<p className="rounded-lg border border-border p-6 text-muted-foreground">{t("list.empty")}</p>}
        />
      </div>
    </div>
  );
}
