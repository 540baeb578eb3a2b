import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
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
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { splitMessage } from "@/lib/forms/fields";
import { deadlineTexts } from "@/lib/grant-calls/display";
import { grantCallAbilities, listGrantCallFunders, listStaffGrantCalls, type StaffGrantCallRow } from "@/lib/grant-calls/queries";
import { deadlineRangeError, GRANT_AUDIENCES, GRANT_CALL_STATUSES, staffGrantCallFilterSchema } from "@/lib/grant-calls/schemas";
import { subjectFilterOptions } from "@/lib/opportunities/display";
import { localize } from "@/lib/translations/content";
import { contentReader } from "@/lib/translations/reader";
import { requireStaffGrantCallPage } from "./_components/load-grant-call";
import { statusVariant } from "./_components/status-variant";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("grantCalls.staff");
  return { title: t("metaTitle") };
}

/** Staff list of grant calls, nearest deadline first; filters are a plain GET form. */
export default async function StaffGrantCallsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requireStaffGrantCallPage("/dashboard/grant-calls");
  const params = await searchParams;
  const filter = staffGrantCallFilterSchema.parse(params);
  const [result, funders, t, tAll, reader, locale, zone] = await Promise.all([
    listStaffGrantCalls(user, filter),
    listGrantCallFunders(user),
    getTranslations("grantCalls.staff"),
    getTranslations(),
    contentReader(),
    getLocale(),
    getInstitutionTimeZone(),
  ]);
  const may = grantCallAbilities(user);
  const rangeError = deadlineRangeError(filter);
  const filtered = Boolean(filter.q || filter.status || filter.funder || filter.audience || filter.subject || filter.from || filter.to);

  const columns: DataTableColumn<StaffGrantCallRow>[] = [
    {
      key: "title",
      header: t("columns.title"),
      rowHeader: true,
      cell: (row) => {
        const title = localize(row, ["title"], reader.locale, reader.defaultLanguage).title;
        return (
          <span className="flex flex-col gap-1">
            <Link href={`/dashboard/grant-calls/${row.id}`} className="text-link underline-offset-4 hover:underline" lang={title.lang !== reader.locale ? title.lang : undefined}>
              {title.text}
            </Link>
            <span className="flex flex-wrap gap-1.5">
              {!row.isPublic && <Badge>{t("staffOnly")}</Badge>}
              {row.following && <Badge variant="info">{t("following")}</Badge>}
            </span>
          </span>
        );
      },
    },
    { key: "funder", header: t("columns.funder"), cell: (row) => [row.funder, row.program].filter(Boolean).join(" — ") },
    {
      key: "deadline",
      header: t("columns.deadline"),
      cell: (row) => <time dateTime={row.deadline.toISOString()}>{deadlineTexts(row, locale, zone).own}</time>,
    },
    { key: "audiences", header: t("columns.audiences"), hideBelow: "lg", cell: (row) => row.audiences.map((value) => tAll(`grantCalls.audience.${value}`)).join(", ") },
    { key: "status", header: t("columns.status"), cell: (row) => <Badge variant={statusVariant(row.status)}>{tAll(`grantCalls.status.${row.status}`)}</Badge> },
    { key: "followers", header: t("columns.followers"), align: "end", hideBelow: "md", cell: (row) => row._count.followers },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            {may.create && <LinkButton href="/dashboard/grant-calls/new">{t("create")}</LinkButton>}
            <LinkButton href="/dashboard/grant-calls/pipeline" variant="outline">
              {t("pipeline")}
            </LinkButton>
            <LinkButton href="/dashboard/grant-calls/digest" variant="outline">
              {t("digest")}
            </LinkButton>
          </>
        }
      />
      <p>
        <a href="/api/grant-calls/calendar.ics" className="text-link underline underline-offset-4">
          {t("calendar")}
        </a>
      </p>
      <form
        method="get"
        action="/dashboard/grant-calls"
        aria-label={t("filtersHeading")}
        className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-start"
      >
        <FormField label={t("search")} description={t("searchHint")} className="sm:col-span-2">
          <Input id="grant-calls-q" name="q" type="search" defaultValue={filter.q ?? ""} />
        </FormField>
        <FormField label={t("status")}>
          <Select
            id="grant-calls-status"
            name="status"
            defaultValue={filter.status ?? ""}
            placeholder={t("anyStatus")}
            options={GRANT_CALL_STATUSES.map((status) => ({ value: status, label: tAll(`grantCalls.status.${status}`) }))}
          />
        </FormField>
        <FormField label={t("funder")}>
          <Select id="grant-calls-funder" name="funder" defaultValue={filter.funder ?? ""} placeholder={t("anyFunder")} options={funders.map((funder) => ({ value: funder, label: funder }))} />
        </FormField>
        <FormField label={t("audience")}>
          <Select
            id="grant-calls-audience"
            name="audience"
            defaultValue={filter.audience ?? ""}
            placeholder={t("anyAudience")}
            options={GRANT_AUDIENCES.map((value) => ({ value, label: tAll(`grantCalls.audience.${value}`) }))}
          />
        </FormField>
        <FormField label={t("subject")}>
          <Select
            id="grant-calls-subject"
            name="subject"
            defaultValue={filter.subject ?? ""}
            placeholder={t("anySubject")}
            options={subjectFilterOptions(reader.locale).map((option) => ({ value: option.value, label: option.depth ? `\u2003${option.label}` : option.label }))}
          />
        </FormField>
        <FormField label={t("from")}>
          <Input id="grant-calls-from" name="from" type="date" defaultValue={filter.from ?? ""} />
        </FormField>
        <FormField label={t("to")} error={rangeError ? tAll(splitMessage(rangeError).key) : undefined}>
          <Input id="grant-calls-to" name="to" type="date" defaultValue={filter.to ?? ""} />
        </FormField>
        <div className="flex flex-wrap gap-3 sm:col-span-2 lg:col-span-4">
          <Button type="submit">{t("filter")}</Button>
          {filtered && (
            <LinkButton href="/dashboard/grant-calls" variant="ghost">
              {t("clear")}
            </LinkButton>
          )}
        </div>
      </form>
      <DataTable
        caption={t("caption")}
        captionHidden
        columns={columns}
        rows={result.rows}
        rowKey={(row) => row.id}
        pathname="/dashboard/grant-calls"
        searchParams={params}
        pagination={{ page: result.page, pageSize: result.pageSize, total: result.total }}
        empty={<EmptyState title={filtered ? t("emptyFiltered") : t("emptyTitle")} description={filtered ? undefined : t("emptyDescription")} />}
      />
    </div>
  );
}
