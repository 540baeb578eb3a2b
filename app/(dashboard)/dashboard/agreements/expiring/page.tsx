import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { cn } from "@/components/ui/cn";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { hrefWith, parseTableParams, type SearchParamsRecord } from "@/components/ui/table-search-params";
import { daysBetween, todayIso, toIsoDay } from "@/lib/agreements/dates";
import { EXPIRY_TABS, listExpiringAgreements, type ExpiryRow, type ExpiryTab } from "@/lib/agreements/expiry-queries";
import { requirePageAccess } from "@/lib/auth/guards";
import { getAgreementReminderDays } from "@/lib/institution/settings";
import { countryName } from "@/lib/partners/country-names";
import { DAY_FORMAT } from "../_components/day";
import { AgreementStatusBadge } from "../_components/status-badge";

const PATH = "/dashboard/agreements/expiring";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("agreements");
  return { title: t("expiring.metaTitle") };
}

/** What ends soon (30/90/180 days) and what has ended without a renewal: tabs are links, so each view has its URL. */
export default async function ExpiringAgreementsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageAccess(PATH, "agreement:read");
  const params = await searchParams;
  const tab: ExpiryTab = EXPIRY_TABS.find((value) => value === params.within) ?? "90";
  const { page } = parseTableParams(params, { sortable: ["endsOn"], defaultSort: "endsOn" });
  const [t, format, locale, result] = await Promise.all([
    getTranslations("agreements"),
    getFormatter(),
    getLocale(),
    listExpiringAgreements(user, { tab, page }),
  ]);
  const today = todayIso();

  const columns: DataTableColumn<ExpiryRow>[] = [
    {
      key: "reference",
      header: t("fields.referenceNumber"),
      rowHeader: true,
      nowrap: true,
      // The unit rides under the reference, as in the agreement list, so the table fits at 1280 px.
      cell: (row) => (
        <>
          <Link href={`/dashboard/agreements/${row.id}`} className="text-link underline-offset-4 hover:underline">
            {row.referenceNumber}
          </Link>
          <span className="block text-xs font-normal text-muted-foreground">
            <VisuallyHidden>{t("fields.unitId")}: </VisuallyHidden>
            {row.unit.code}
          </span>
        </>
      ),
    },
    {
      key: "partners",
      header: t("fields.partnerIds"),
      cell: (row) => row.partners.map((p) => `${p.partner.name} (${countryName(p.partner.countryCode, locale)})`).join("; "),
    },
    // Shown on the agreement's page; here only where a wide screen has room for it.
    { key: "responsible", header: t("fields.responsibleId"), hideBelow: "2xl", cell: (row) => row.responsible?.name ?? "—" },
    { key: "status", header: t("fields.status"), cell: (row) => <AgreementStatusBadge status={row.status} /> },
    { key: "endsOn", header: t("fields.endsOn"), align: "end", cell: (row) => (row.endsOn ? format.dateTime(row.endsOn, DAY_FORMAT) : "—") },
    {
      key: "daysLeft",
      header: t("expiring.columns.daysLeft"),
      align: "end",
      cell: (row) => {
        const days = row.endsOn ? daysBetween(today, toIsoDay(row.endsOn)!) : null;
        if (days === null) return "—";
        return days >= 0 ? t("expiring.daysLeft", { days }) : t("expiring.daysAgo", { days: -days });
      },
    },
    {
      key: "renewal",
      header: t("renewal.title"),
      cell: (row) =>
        row.successor ? (
          <Link href={`/dashboard/agreements/${row.successor.id}`} className="text-link underline underline-offset-4">
            {t("expiring.renewalInProgress", { reference: row.successor.referenceNumber, status: t(`statuses.${row.successor.status}`) })}
          </Link>
        ) : (
          "—"
        ),
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("expiring.title")}
        description={t("expiring.description", { days: (await getAgreementReminderDays()).join("/") })}
        actions={
          <Link href="/dashboard/agreements" className="text-link underline underline-offset-4">
            {t("expiring.back")}
          </Link>
        }
      />
      <nav aria-label={t("expiring.tabsLabel")}>
        <ul className="flex max-w-full gap-1 overflow-x-auto border-b border-border">
          {EXPIRY_TABS.map((value) => (
            <li key={value}>
              <Link
                href={hrefWith(PATH, {}, { within: value })}
                aria-current={value === tab ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex min-h-11 items-center border-b-2 px-4 text-sm font-medium whitespace-nowrap",
                  value === tab ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                {t(`expiring.tabs.${value}`, { count: result.counts[value] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* DataTable's sort hints are absolutely positioned; this contains them so a phone never scrolls sideways. */}
      <div className="relative overflow-x-clip">
        <DataTable
          caption={t("expiring.caption")}
          captionHidden
          columns={columns}
          rows={result.rows}
          rowKey={(row) => row.id}
          pathname={PATH}
          searchParams={params}
          pagination={{ page: result.page, pageSize: result.pageSize, total: result.total }}
          empty={<p className="rounded-lg border border-border p-6 text-muted-foreground">{t("expiring.empty")}</p>}
        />
      </div>
    </div>
  );
}
