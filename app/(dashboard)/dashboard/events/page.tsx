import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { Plus } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { requirePageAccess } from "@/lib/auth/guards";
import { formatEventTime } from "@/lib/events/format";
import { eventListFilterSchema } from "@/lib/events/schemas";
import { listEvents, listEventUnits, STAFF_VIEW, type EventListRow } from "@/lib/events/staff-queries";
import { canSome } from "@/lib/permissions";
import { EventFilters } from "./_components/event-filters";

const PATH = "/dashboard/events";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("events");
  return { title: t("staff.list.metaTitle") };
}

/** Every event, published or internal, with its registrations; the office and coordinators see all, and change what is theirs. */
export default async function StaffEventsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageAccess(PATH, "event:read", STAFF_VIEW);
  const params = await searchParams;
  const filter = eventListFilterSchema.parse(params);
  const [t, locale, list, units] = await Promise.all([getTranslations("events"), getLocale(), listEvents(user, filter), listEventUnits()]);

  const columns: DataTableColumn<EventListRow>[] = [
    {
      key: "title",
      header: t("staff.list.columns.title"),
      rowHeader: true,
      cell: (row) => (
        <>
          <Link href={`${PATH}/${row.id}`} className="text-link underline-offset-4 hover:underline">
            {row.title}
          </Link>
          <span className="block text-xs font-normal text-muted-foreground">
            {t(`kind.${row.kind}`)}
            {row.place && ` · ${row.place}`}
          </span>
        </>
      ),
    },
    { key: "date", header: t("staff.list.columns.date"), cell: (row) => formatEventTime({ ...row, timeZone: row.timeZone ?? list.timeZone }, locale) },
    {
      key: "unit",
      header: t("staff.list.columns.unit"),
      hideBelow: "lg",
      cell: (row) =>
        row.unit ? (
          <>
            <VisuallyHidden>{t("staff.fields.unitId")}: </VisuallyHidden>
            <abbr title={row.unit.name}>{row.unit.code}</abbr>
          </>
        ) : (
          "—"
        ),
    },
    {
      key: "registrations",
      header: t("staff.list.columns.registrations"),
      cell: (row) =>
        row.registrationMode === "NONE"
          ? t("staff.list.noRegistration")
          : row.capacity === null
            ? t("staff.list.registrations", { confirmed: row.counts.CONFIRMED, waitlisted: row.counts.WAITLISTED })
            : t("staff.list.registrationsOf", { confirmed: row.counts.CONFIRMED, capacity: row.capacity, waitlisted: row.counts.WAITLISTED }),
    },
    {
      key: "status",
      header: t("staff.list.columns.status"),
      cell: (row) => <Badge variant={row.isPublished ? "success" : "neutral"}>{row.isPublished ? t("staff.list.published") : t("staff.list.internal")}</Badge>,
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("staff.list.title")}
        description={t("staff.list.description")}
        actions={
          canSome(user, "event:create") ? (
            <LinkButton href={`${PATH}/new`}>
              <Plus aria-hidden="true" />
              {t("staff.list.new")}
            </LinkButton>
          ) : undefined
        }
      />
      <EventFilters filter={filter} pathname={PATH} units={units} />
      <DataTable
        caption={t("staff.list.caption")}
        captionHidden
        columns={columns}
        rows={list.rows}
        rowKey={(row) => row.id}
        pathname={PATH}
        searchParams={params}
        pagination={{ page: list.page, pageSize: list.pageSize, total: list.total }}
        empty={<p className="rounded-lg border border-border p-6 text-muted-foreground">{t("staff.list.empty")}</p>}
      />
    </div>
  );
}
