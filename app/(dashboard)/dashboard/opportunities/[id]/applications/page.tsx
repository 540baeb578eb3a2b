import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { hrefWith, type SearchParamsRecord } from "@/components/ui/table-search-params";
import { REVIEW_CLIENT_MESSAGES, pickClientMessages } from "@/lib/applications/client-messages";
import { APPLICATION_STATUSES } from "@/lib/applications/lifecycle";
import { getQueue, type QueueRow } from "@/lib/applications/review-queries";
import { queueFilterSchema } from "@/lib/applications/schemas";
import { statusVariant } from "@/lib/applications/status-display";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { canSome } from "@/lib/permissions";
import { cn } from "@/components/ui/cn";
import { BULK_FORM_ID, BulkActions, SelectAllCheckbox } from "./_components/bulk-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParamsRecord> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications.review");
  return { title: t("queueEyebrow") };
}

const QUEUE_STATUSES = APPLICATION_STATUSES.filter((status) => status !== "DRAFT");

/** The review queue of one opportunity: filter by status, sort by score or rank, act on many at once. */
export default async function OpportunityQueuePage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/opportunities/${id}/applications`, "application:review");
  const rawParams = await searchParams;
  const filter = queueFilterSchema.parse(rawParams);
  // Another unit's call (for a coordinator) is "not found", like an unknown id.
  const queue = await loadRecordOr404(id, (opportunityId) => getQueue(user, opportunityId, filter));
  const [t, tStatus, format] = await Promise.all([getTranslations("applications.review"), getTranslations("applications.status"), getFormatter()]);
  const pathname = `/dashboard/opportunities/${queue.opportunity.id}/applications`;
  const maxScore = queue.opportunity.criteria.reduce((sum, c) => sum + c.weight, 0);

  const targets = (
    [
      ["UNDER_REVIEW", "application:review"],
      ["SHORTLISTED", "application:review"],
      ["NOMINATED", "application:nominate"],
      ["ACCEPTED", "application:decide"],
      ["REJECTED", "application:decide"],
    ] as const
  )
    .filter(([, permission]) => canSome(user, permission))
    .map(([status]) => ({ value: status, label: tStatus(status) }));

  const columns: DataTableColumn<QueueRow>[] = [
    {
      key: "select",
      header: <SelectAllCheckbox label={t("selectAll")} />,
      cell: (row) => (
        <input
          type="checkbox"
          form={BULK_FORM_ID}
          name="applicationIds"
          value={row.id}
          aria-label={t("selectRow", { name: row.studentName })}
          className="size-5 accent-primary"
        />
      ),
    },
    {
      key: "name",
      header: t("applicant"),
      sortable: true,
      rowHeader: true,
      cell: (row) => (
        <span className="flex flex-col">
          <Link href={`${pathname}/${row.id}`} className="text-link underline-offset-4 hover:underline">
            {row.studentName}
          </Link>
          <span className="text-xs font-normal break-all text-muted-foreground">{row.studentEmail}</span>
        </span>
      ),
    },
    { key: "status", header: t("status"), cell: (row) => <Badge variant={statusVariant(row.status)}>{tStatus(row.status)}</Badge> },
    {
      key: "score",
      header: t("score"),
      sortable: true,
      align: "end",
      cell: (row) => (
        <span className="flex flex-col items-end">
          <span>{row.score === null ? t("noScore") : `${format.number(row.score, { maximumFractionDigits: 1 })} / ${maxScore}`}</span>
          <span className="text-xs text-muted-foreground">{t("reviews", { count: row.reviewCount })}</span>
        </span>
      ),
    },
    { key: "rank", header: t("rank"), sortable: true, align: "end", cell: (row) => row.rank ?? "—" },
    { key: "gpa", header: t("gpa"), sortable: true, align: "end", cell: (row) => row.gpa ?? "—" },
    { key: "level", header: t("languageLevel"), cell: (row) => row.languageLevel ?? "—" },
    {
      key: "submittedAt",
      header: t("submittedAt"),
      sortable: true,
      cell: (row) => (row.submittedAt ? format.dateTime(row.submittedAt, { dateStyle: "medium" }) : "—"),
    },
  ];

  const filterLinks = [
    { status: null, label: t("allStatuses", { count: queue.all }) },
    ...QUEUE_STATUSES.map((status) => ({ status, label: t("statusCount", { status: tStatus(status), count: queue.countByStatus[status] ?? 0 }) })),
  ];

  return (
    <div className="space-y-6">
      <p>
        <Link href="/dashboard/applications" className="text-link underline underline-offset-4">
          {t("overviewTitle")}
        </Link>
      </p>
      <PageHeader
        eyebrow={t("queueEyebrow")}
        title={queue.opportunity.title}
        description={t("placesSummary", { taken: queue.opportunity.placesTaken, places: queue.opportunity.places })}
      />
      <nav aria-label={t("statusFilterLabel")}>
        <ul className="flex flex-wrap gap-2">
          {filterLinks.map((link) => {
            const current = (filter.status ?? null) === link.status;
            return (
              <li key={link.status ?? "all"}>
                <Link
                  href={hrefWith(pathname, rawParams, { status: link.status, page: null })}
                  aria-current={current ? "page" : undefined}
                  className={cn(
                    "inline-flex h-11 items-center rounded-full border px-4 text-sm font-medium",
                    current ? "border-primary bg-primary text-primary-foreground" : "border-border hover:bg-muted",
                  )}
                >
                  {link.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <NextIntlClientProvider messages={await pickClientMessages(REVIEW_CLIENT_MESSAGES)}>
        <BulkActions opportunityId={queue.opportunity.id} targets={targets} />
      </NextIntlClientProvider>
      <DataTable
        caption={t("queueCaption", { title: queue.opportunity.title })}
        captionHidden
        columns={columns}
        rows={queue.rows}
        rowKey={(row) => row.id}
        pathname={pathname}
        searchParams={rawParams}
        sort={{ key: queue.sort, dir: queue.dir }}
        pagination={{ page: queue.page, pageSize: queue.pageSize, total: queue.total }}
        empty={<EmptyState title={t("queueEmpty")} />}
      />
    </div>
  );
}
