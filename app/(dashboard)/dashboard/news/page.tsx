import type { Metadata } from "next";
import Link from "next/link";
import { Plus } from "lucide-react";
import { localeLabels } from "@/i18n/config";
import { getTranslations } from "@/i18n/server";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { requirePageAccess } from "@/lib/auth/guards";
import { formatDay } from "@/lib/dates/format";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { NEWS_READ, NEWS_WRITE } from "@/lib/news/access";
import { listNews } from "@/lib/news/queries";
import { newsPageSchema } from "@/lib/news/schemas";
import { can } from "@/lib/permissions";
import { getLocale } from "next-intl/server";
import { NewsStatusBadge } from "./_components/status-badge";

const PATH = "/dashboard/news";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("news");
  return { title: t("list.metaTitle") };
}

type Row = Awaited<ReturnType<typeof listNews>>["rows"][number];

/** News and press releases for staff: drafts, scheduled and published items, newest first. */
export default async function NewsAdminPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageAccess(PATH, NEWS_READ);
  const params = await searchParams;
  const { page: pageNumber } = newsPageSchema.parse(params);
  const [t, locale, timeZone, page] = await Promise.all([getTranslations("news"), getLocale(), getInstitutionTimeZone(), listNews(user, pageNumber)]);

  const columns: DataTableColumn<Row>[] = [
    {
      key: "title",
      header: t("fields.title"),
      rowHeader: true,
      cell: (row) => (
        <>
          <Link href={`${PATH}/${row.id}`} prefetch={false} className="text-link underline-offset-4 hover:underline">
            {row.title}
          </Link>
          {row.missingLanguages.length > 0 && (
            <span className="mt-1 flex flex-wrap gap-1">
              {row.missingLanguages.map((language) => (
                <Badge key={language} variant="warning">
                  {t.rich("list.missingLanguage", { language: localeLabels[language], name: (chunks) => <span lang={language}>{chunks}</span> })}
                </Badge>
              ))}
            </span>
          )}
        </>
      ),
    },
    { key: "status", header: t("list.status"), cell: (row) => <NewsStatusBadge status={row.status} /> },
    {
      key: "date",
      header: t("fields.publishedAt"),
      nowrap: true,
      cell: (row) => (row.publishedAt ? formatDay(row.publishedAt, { locale, timeZone }, "medium") : "—"),
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          can(user, NEWS_WRITE) ? (
            <LinkButton href={`${PATH}/new`}>
              <Plus aria-hidden="true" />
              {t("list.new")}
            </LinkButton>
          ) : undefined
        }
      />
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
