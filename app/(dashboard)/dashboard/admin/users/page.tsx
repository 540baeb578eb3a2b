import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/guards";
import { listUnits, listUsers, type UserRow } from "@/lib/users/queries";
import { userListFilterSchema } from "@/lib/users/schemas";
import { UserStatusBadge } from "../_components/status-badge";
import { UserFilters } from "./user-filters";

const PATH = "/dashboard/admin/users";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("metaTitle") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageAccess(PATH, "user:manage");
  const params = await searchParams;
  const filter = userListFilterSchema.parse(params);
  const [t, tCommon, format, page, units] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("common"),
    getFormatter(),
    listUsers(user, filter),
    listUnits(user),
  ]);

  const columns: DataTableColumn<UserRow>[] = [
    {
      key: "name",
      header: t("table.name"),
      rowHeader: true,
      cell: (row) => (
        <Link href={`${PATH}/${row.id}`} className="text-link underline-offset-4 hover:underline">
          {row.name}
        </Link>
      ),
    },
    { key: "email", header: t("table.email"), cell: (row) => row.email },
    { key: "role", header: t("table.role"), cell: (row) => tCommon(`roles.${row.role}`) },
    { key: "unit", header: t("table.unit"), cell: (row) => row.unit?.name ?? <span className="text-muted-foreground">{t("noUnit")}</span> },
    { key: "status", header: t("table.status"), cell: (row) => <UserStatusBadge status={row.status} /> },
    { key: "created", header: t("table.created"), align: "end", cell: (row) => format.dateTime(row.createdAt, { dateStyle: "medium" }) },
  ];

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} actions={<LinkButton href={`${PATH}/invite`}>{t("invite")}</LinkButton>} />
      <UserFilters filter={filter} units={units} pathname={PATH} />
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
