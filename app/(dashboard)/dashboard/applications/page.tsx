import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { listQueueOverview, type QueueOverviewRow } from "@/lib/applications/review-queries";
import { requirePageAccess } from "@/lib/auth/guards";
import { pageParam } from "@/lib/forms/fields";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications.review");
  return { title: t("overviewMetaTitle") };
}

/** Every opportunity with applications to review, with the size of each stage of its queue. */
export default async function ApplicationsOverviewPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageAccess("/dashboard/applications", "application:review");
  const params = await searchParams;
  const page = pageParam(10_000).parse(params.page);
  const [overview, t, format] = await Promise.all([listQueueOverview(user, page), getTranslations("applications.review"), getFormatter()]);

  const columns: DataTableColumn<QueueOverviewRow>[] = [
    {
      key: "title",
      header: t("opportunity"),
      rowHeader: true,
      cell: (row) => (
        <Link href={`/dashboard/opportunities/${row.id}/applications`} aria-label={t("openQueue", { title: row.title })} className="text-link underline-offset-4 hover:underline">
          {row.title}
        </Link>
      ),
    },
    { key: "closes", header: t("closes"), cell: (row) => format.dateTime(row.closesAt, { dateStyle: "medium" }) },
    { key: "total", header: t("total"), align: "end", cell: (row) => row.total },
    { key: "pending", header: t("pending"), align: "end", cell: (row) => row.pending },
    { key: "shortlisted", header: t("shortlisted"), align: "end", cell: (row) => row.shortlisted },
    { key: "nominated", header: t("nominated"), align: "end", cell: (row) => row.nominated },
    { key: "accepted", header: t("accepted"), align: "end", cell: (row) => row.accepted },
    { key: "places", header: t("places"), align: "end", cell: (row) => row.places },
  ];

  return (
    <div className="space-y-6">
      <PageHeader title={t("overviewTitle")} description={t("overviewDescription")} />
      <DataTable
        caption={t("overviewCaption")}
        captionHidden
        columns={columns}
        rows={overview.rows}
        rowKey={(row) => row.id}
        pathname="/dashboard/applications"
        searchParams={params}
        pagination={{ page: overview.page, pageSize: overview.pageSize, total: overview.total }}
        empty={<EmptyState title={t("overviewEmpty")} />}
      />
    </div>
  );
}
