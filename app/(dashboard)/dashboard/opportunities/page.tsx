import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { requirePageAccess } from "@/lib/auth/guards";
import { canCreateOpportunities, canReadStaffOpportunities, listStaffOpportunities, type StaffOpportunityRow } from "@/lib/opportunities/queries";
import { OPPORTUNITY_STATUSES, staffOpportunityFilterSchema } from "@/lib/opportunities/schemas";
import { can } from "@/lib/permissions";
import { listProgramOptions } from "@/lib/programs/queries";
import { statusVariant } from "./_components/status-variant";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opportunities.staff");
  return { title: t("metaTitle") };
}

/** Staff list of calls: officers see all, coordinators their unit's; filters are a plain GET form. */
export default async function StaffOpportunitiesPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageAccess("/dashboard/opportunities");
  if (!canReadStaffOpportunities(user)) forbidden();
  const params = await searchParams;
  const filter = staffOpportunityFilterSchema.parse(params);
  const [result, programs, t, format] = await Promise.all([
    listStaffOpportunities(user, filter),
    listProgramOptions(filter.program),
    getTranslations("opportunities"),
    getFormatter(),
  ]);
  const filtered = Boolean(filter.q || filter.status || filter.program);

  const columns: DataTableColumn<StaffOpportunityRow>[] = [
    {
      key: "title",
      header: t("staff.columns.title"),
      rowHeader: true,
      cell: (row) => (
        <Link href={`/dashboard/opportunities/${row.id}`} className="text-link underline-offset-4 hover:underline">
          {row.title}
        </Link>
      ),
    },
    { key: "partner", header: t("staff.columns.partner"), cell: (row) => row.partner?.name ?? "—" },
    { key: "program", header: t("staff.columns.program"), cell: (row) => row.program.name },
    { key: "unit", header: t("staff.columns.unit"), cell: (row) => row.unit?.code ?? t("staff.officeWide") },
    {
      key: "window",
      header: t("staff.columns.window"),
      cell: (row) => <time dateTime={row.closesAt.toISOString()}>{format.dateTime(row.closesAt, { dateStyle: "medium" })}</time>,
    },
    { key: "places", header: t("staff.columns.places"), align: "end", cell: (row) => format.number(row.places) },
    { key: "applications", header: t("staff.columns.applications"), align: "end", cell: (row) => format.number(row._count.applications) },
    {
      key: "status",
      header: t("staff.columns.status"),
      cell: (row) => <Badge variant={statusVariant(row.status)}>{t(`status.${row.status}`)}</Badge>,
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("staff.title")}
        description={can(user, "opportunity:read") ? t("staff.description") : t("staff.coordinatorScope")}
        actions={
          <>
            {canCreateOpportunities(user) && <LinkButton href="/dashboard/opportunities/new">{t("staff.create")}</LinkButton>}
            <LinkButton href="/dashboard/programs" variant="outline">
              {t("staff.programs")}
            </LinkButton>
          </>
        }
      />
      <form method="get" action="/dashboard/opportunities" aria-label={t("staff.filtersHeading")} className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_1fr_1fr_auto] lg:items-end">
        <FormField label={t("staff.search")}>
          <Input id="staff-q" name="q" type="search" defaultValue={filter.q ?? ""} />
        </FormField>
        <FormField label={t("staff.status")}>
          <Select
            id="staff-status"
            name="status"
            defaultValue={filter.status ?? ""}
            placeholder={t("staff.anyStatus")}
            options={OPPORTUNITY_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          />
        </FormField>
        <FormField label={t("staff.program")}>
          <Select
            id="staff-program"
            name="program"
            defaultValue={filter.program ?? ""}
            placeholder={t("staff.anyProgram")}
            options={programs.map((program) => ({ value: program.id, label: program.name }))}
          />
        </FormField>
        <div className="flex gap-3">
          <Button type="submit">{t("staff.filter")}</Button>
          {filtered && (
            <LinkButton href="/dashboard/opportunities" variant="ghost">
              {t("staff.clear")}
            </LinkButton>
          )}
        </div>
      </form>
      <DataTable
        caption={t("staff.caption")}
        captionHidden
        columns={columns}
        rows={result.rows}
        rowKey={(row) => row.id}
        pathname="/dashboard/opportunities"
        searchParams={params}
        pagination={{ page: result.page, pageSize: result.pageSize, total: result.total }}
        empty={
          <EmptyState
            title={filtered ? t("staff.emptyFiltered") : t("staff.emptyTitle")}
            description={filtered ? undefined : t("staff.emptyDescription")}
          />
        }
      />
    </div>
  );
}
