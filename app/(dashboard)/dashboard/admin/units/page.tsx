import type { Metadata } from "next";
import Link from "next/link";
import { Plus, Upload } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { getTranslations } from "@/i18n/server";
import { requirePageAccess } from "@/lib/auth/guards";
import { listUnits, type UnitRow } from "@/lib/units/queries";

const PATH = "/dashboard/admin/units";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units");
  return { title: t("list.metaTitle") };
}

/** Every unit, active ones first, with the people and agreements that belong to each. */
export default async function UnitsPage() {
  const user = await requirePageAccess(PATH, "unit:manage");
  const [t, units] = await Promise.all([getTranslations("units"), listUnits(user)]);

  const columns: DataTableColumn<UnitRow>[] = [
    {
      key: "name",
      header: t("fields.name"),
      rowHeader: true,
      cell: (row) => (
        <Link href={`${PATH}/${row.id}`} className="text-link underline-offset-4 hover:underline">
          {row.name}
        </Link>
      ),
    },
    { key: "code", header: t("fields.code"), cell: (row) => <code className="text-sm">{row.code}</code> },
    { key: "kind", header: t("fields.kind"), cell: (row) => t(`kinds.${row.kind}`) },
    { key: "users", header: t("list.users"), align: "end", cell: (row) => row._count.users },
    { key: "agreements", header: t("list.agreements"), align: "end", cell: (row) => row._count.agreements },
    {
      key: "status",
      header: t("list.status"),
      cell: (row) => <Badge variant={row.archivedAt ? "neutral" : "success"}>{row.archivedAt ? t("status.archived") : t("status.active")}</Badge>,
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          <div className="flex flex-wrap gap-3">
            <LinkButton href={`${PATH}/import`} variant="outline">
              <Upload aria-hidden="true" />
              {t("list.import")}
            </LinkButton>
            <LinkButton href={`${PATH}/new`}>
              <Plus aria-hidden="true" />
              {t("list.new")}
            </LinkButton>
          </div>
        }
      />
      <DataTable
        caption={t("list.caption")}
        captionHidden
        columns={columns}
        rows={units}
        rowKey={(row) => row.id}
        pathname={PATH}
        searchParams={{}}
        empty={<EmptyState title={t("list.emptyTitle")} description={t("list.emptyDescription")} />}
      />
    </div>
  );
}
