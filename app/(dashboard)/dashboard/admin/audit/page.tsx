import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Alert } from "@/components/ui/alert";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { listAuditEntityTypes, listAuditEntries, type AuditEntryRow } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { requirePageAccess } from "@/lib/auth/guards";
import { AuditFilters } from "./audit-filters";
import { AuditRecord } from "./audit-record";
import { AuditValues } from "./audit-values";

const PATH = "/dashboard/admin/audit";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("metaTitle") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageAccess(PATH, "audit:read");
  const params = await searchParams;
  const filter = auditFilterSchema.parse(params);
  const [t, format, page, entityTypes] = await Promise.all([
    getTranslations("admin.audit"),
    getFormatter(),
    listAuditEntries(user, filter),
    listAuditEntityTypes(user),
  ]);

  // Types and actions in the reader's language; a type or action the catalogue does not know shows as stored.
  const typeName = (row: AuditEntryRow) => (row.entityType ? t(`entityTypes.${row.entityType}`) : row.storedEntityType);
  const actionName = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const historyHref = (row: AuditEntryRow) =>
    filter.entityId === row.entityId ? null : `${PATH}?${new URLSearchParams({ ...(row.entityType ? { entityType: row.entityType } : {}), entityId: row.entityId })}`;

  const columns: DataTableColumn<AuditEntryRow>[] = [
    {
      key: "when",
      header: t("table.when"),
      className: "whitespace-nowrap",
      cell: (row) => <time dateTime={row.at.toISOString()}>{format.dateTime(row.at, { dateStyle: "medium", timeStyle: "medium" })}</time>,
    },
    {
      key: "who",
      header: t("table.who"),
      cell: (row) =>
        row.actor ? (
          <div>
            <Link href={`${PATH}?actorId=${row.actor.id}`} className="text-link underline-offset-4 hover:underline">
              {row.actor.name}
            </Link>
            <div className="break-all text-muted-foreground">{row.actor.email}</div>
            {row.ip && <div className="text-xs text-muted-foreground">{t("table.ip", { ip: row.ip })}</div>}
          </div>
        ) : (
          t("table.system")
        ),
    },
    { key: "action", header: t("table.action"), rowHeader: true, cell: (row) => actionName(row.action) },
    {
      key: "record",
      header: t("table.record"),
      cell: (row) => (
        <AuditRecord row={row} historyHref={historyHref(row)} texts={{ type: typeName(row), deleted: t("table.deleted"), history: t("table.recordHistory") }} />
      ),
    },
    {
      key: "values",
      header: t("table.changes"),
      cell: (row) => <AuditValues before={row.before} after={row.after} labels={{ show: t("table.show"), before: t("table.before"), after: t("table.after"), none: t("table.none") }} />,
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {(filter.actorId || filter.entityId) && (
        <Alert variant="info">
          {filter.actorId ? t("scopedToUser") : t("scopedToRecord")}{" "}
          <Link href={PATH} className="text-link underline underline-offset-4">
            {t("showAll")}
          </Link>
        </Alert>
      )}
      <AuditFilters filter={filter} entityTypes={entityTypes} pathname={PATH} />
      <DataTable
        caption={t("table.caption")}
        captionHidden
        columns={columns}
        rows={page.rows}
        rowKey={(row) => row.id}
        pathname={PATH}
        searchParams={params}
        pagination={{ page: page.page, pageSize: page.pageSize, total: page.total }}
        empty={<p className="rounded-lg border border-border p-6 text-muted-foreground">{t("empty")}</p>}
      />
    </div>
  );
}
