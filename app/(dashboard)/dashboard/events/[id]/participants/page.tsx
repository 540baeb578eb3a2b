import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { ExportLinks } from "@/components/ui/export-links";
import { PageHeader } from "@/components/ui/page-header";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates/format";
import { formatEventTime } from "@/lib/events/format";
import { listRegistrations, type RegistrationRow } from "@/lib/events/staff-queries";
import type { EventRegistrationStatus } from "@/lib/generated/prisma/enums";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("events");
  return { title: t("participants.metaTitle") };
}

const STATUS_BADGE: Record<EventRegistrationStatus, BadgeVariant> = { PENDING: "warning", CONFIRMED: "success", WAITLISTED: "info", CANCELLED: "neutral" };

/** Who registered for an event, for the office and the organizing unit's coordinator; exportable as CSV or Excel. */
export default async function EventParticipantsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/dashboard/events/${id}/participants`;
  const user = await requirePageAccess(path, "event:update");
  const list = await loadRecordOr404(id, (eventId) => listRegistrations(user, eventId));
  const [t, locale] = await Promise.all([getTranslations("events"), getLocale()]);
  const zone = list.event.timeZone ?? list.institutionZone;
  const when = (date: Date | null) => (date ? formatDateTime(date, { locale, timeZone: zone }, "medium") : "—");
  const count = (status: EventRegistrationStatus) => list.registrations.filter((row) => row.status === status).length;

  const columns: DataTableColumn<RegistrationRow>[] = [
    { key: "name", header: t("participants.columns.name"), rowHeader: true, cell: (row) => row.name },
    { key: "email", header: t("participants.columns.email"), cell: (row) => <span className="break-all">{row.email}</span> },
    {
      key: "status",
      header: t("participants.columns.status"),
      cell: (row) => (
        <>
          <Badge variant={STATUS_BADGE[row.status]}>{t(`participants.status.${row.status}`)}</Badge>
          {row.waitlistPosition !== null && <span className="block text-xs text-muted-foreground">{t("participants.waitlistPlace", { position: row.waitlistPosition })}</span>}
        </>
      ),
    },
    { key: "registeredAt", header: t("participants.columns.registeredAt"), hideBelow: "md", cell: (row) => when(row.createdAt) },
    { key: "confirmedAt", header: t("participants.columns.confirmedAt"), hideBelow: "lg", cell: (row) => when(row.confirmedAt ?? row.cancelledAt) },
  ];

  return (
    <div className="space-y-6">
      <Link href={`/dashboard/events/${id}`} className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("participants.back")}
      </Link>
      <PageHeader title={t("participants.title")} eyebrow={list.event.title} description={t("participants.description", { title: list.event.title })} />
      <div className="space-y-1">
        <p>{formatEventTime({ ...list.event, timeZone: zone }, locale)}</p>
        <p>
          {t("participants.summary", { confirmed: count("CONFIRMED"), waitlisted: count("WAITLISTED"), pending: count("PENDING"), cancelled: count("CANCELLED") })}{" "}
          {list.event.capacity === null ? t("participants.noCapacity") : t("participants.capacity", { capacity: list.event.capacity })}
        </p>
      </div>
      <ExportLinks endpoint={`${path}/export`} params={{}} label={t("participants.export")} csvLabel={t("participants.csv")} xlsxLabel={t("participants.xlsx")} />
      <DataTable
        caption={t("participants.caption")}
        captionHidden
        columns={columns}
        rows={list.registrations}
        rowKey={(row) => row.id}
        pathname={path}
        searchParams={{}}
        empty={<p className="rounded-lg border border-border p-6 text-muted-foreground">{t("participants.empty")}</p>}
      />
    </div>
  );
}
