import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { localeLabels } from "@/i18n/config";
import { getTranslations } from "@/i18n/server";
import { Plus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { requirePageAccess } from "@/lib/auth/guards";
import { listCenters, STAFF_VIEW } from "@/lib/centers/queries";
import { centerFilterSchema } from "@/lib/centers/schemas";
import { can } from "@/lib/permissions";

const PATH = "/dashboard/centers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centers");
  return { title: t("list.metaTitle") };
}

type Row = Awaited<ReturnType<typeof listCenters>>["rows"][number];

export default async function CentersAdminPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageAccess(PATH, "center:read", STAFF_VIEW);
  const params = await searchParams;
  const filter = centerFilterSchema.parse(params);
  const [t, format, page] = await Promise.all([getTranslations("centers"), getFormatter(), listCenters(user, filter)]);

  const columns: DataTableColumn<Row>[] = [
    {
      key: "name",
      header: t("fields.name"),
      rowHeader: true,
      cell: (row) => (
        <>
          <Link href={`${PATH}/${row.id}`} prefetch={false} className="text-link underline-offset-4 hover:underline">
            {row.name}
          </Link>
          {row.missingLanguages.length > 0 && (
            <span className="mt-1 flex flex-wrap gap-1">
              {row.missingLanguages.map((language) => (
                <Badge key={language} variant="warning">
                  {t.rich("list.missingLanguage", {
                    language: localeLabels[language],
                    name: (chunks) => <span lang={language}>{chunks}</span>,
                  })}
                </Badge>
              ))}
            </span>
          )}
        </>
      ),
    },
    { key: "organization", header: t("fields.organization"), cell: (row) => row.organization },
    { key: "location", header: t("fields.location"), cell: (row) => row.location || "—" },
    {
      key: "status",
      header: t("list.status"),
      cell: (row) => <Badge variant={row.isPublic ? "success" : "neutral"}>{row.isPublic ? t("publish.isPublished") : t("publish.isHidden")}</Badge>,
    },
    { key: "updated", header: t("list.updated"), align: "end", cell: (row) => format.dateTime(row.updatedAt, { dateStyle: "medium" }) },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          can(user, "center:create") ? (
            <LinkButton href={`${PATH}/new`}>
              <Plus aria-hidden="true" />
              {t("list.new")}
            </LinkButton>
          ) : undefined
        }
      />
      <form method="get" action={PATH} role="search" aria-label={t("list.searchLabel")} className="flex max-w-xl flex-col gap-3 sm:flex-row sm:items-end">
        <FormField label={t("list.search")} className="flex-1">
          <Input name="q" type="search" defaultValue={filter.q ?? ""} maxLength={200} autoComplete="off" />
        </FormField>
        <Button type="submit">{t("list.apply")}</Button>
      </form>
      <DataTable
        caption={t("list.caption")}
        captionHidden
        columns={columns}
        rows={page.rows}
        rowKey={(row) => row.id}
        pathname={PATH}
        searchParams={params}
        pagination={{ page: page.page, pageSize: page.pageSize, total: page.total }}
        empty={<p className="rounded-lg border border-border p-6 text-muted-foreground">{t("list.empty")}</p>}
      />
    </div>
  );
}
