import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { FormField } from "@/components/ui/form-field";
import { ListFilterForm } from "@/components/ui/list-filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { requirePageAccess } from "@/lib/auth/guards";
import { countEmailMessagesByStatus, EMAIL_ADMIN_PERMISSION, listEmailMessages, type EmailRow } from "@/lib/mail/admin-queries";
import { EMAIL_STATUSES, emailFilterSchema } from "@/lib/mail/schemas";
import { EmailStatusBadge } from "./_components/email-status-badge";
import { RetryAllFailed } from "./_components/retry-all-failed";
import { RetryEmail } from "./_components/retry-email";

const PATH = "/dashboard/admin/emails";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("emails.admin");
  return { title: t("metaTitle") };
}

/**
 * The portal's e-mails for admins: how many wait, were sent or failed; each message's attempts and
 * last error; failed ones sent again one by one or all together. Subjects and recipients only: a
 * message's text is on its own page.
 */
export default async function EmailsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageAccess(PATH, EMAIL_ADMIN_PERMISSION);
  const params = await searchParams;
  const filter = emailFilterSchema.parse(params);
  const [t, format, messages, page, counts] = await Promise.all([
    getTranslations("emails.admin"),
    getFormatter(),
    getClientMessages(["common", "errors", "emails"]),
    listEmailMessages(user, filter),
    countEmailMessagesByStatus(user),
  ]);
  const formatted = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const when = (date: Date, text = formatted(date)) => <time dateTime={date.toISOString()}>{text}</time>;

  const columns: DataTableColumn<EmailRow>[] = [
    {
      key: "subject",
      header: t("table.subject"),
      rowHeader: true,
      cell: (row) => (
        <Link href={`${PATH}/${row.id}`} className="text-link underline-offset-4 hover:underline">
          {row.subject}
        </Link>
      ),
    },
    { key: "recipient", header: t("table.recipient"), cell: (row) => <span className="break-all">{row.to}</span> },
    { key: "status", header: t("table.status"), cell: (row) => <EmailStatusBadge status={row.status} label={t(`status.${row.status}`)} /> },
    { key: "attempts", header: t("table.attempts"), align: "end", cell: (row) => row.attempts },
    {
      key: "next",
      header: t("table.next"),
      hideBelow: "md",
      cell: (row) =>
        row.status === "SENT" && row.sentAt
          ? when(row.sentAt, t("table.sentAt", { time: formatted(row.sentAt) }))
          : row.status === "PENDING"
            ? when(row.nextAttemptAt, t("table.nextAt", { time: formatted(row.nextAttemptAt) }))
            : t("table.none"),
    },
    {
      key: "lastError",
      header: t("table.lastError"),
      hideBelow: "lg",
      cell: (row) =>
        row.lastError ? <span className="line-clamp-3 text-sm break-words text-muted-foreground">{row.lastError}</span> : t("table.none"),
    },
    { key: "created", header: t("table.created"), hideBelow: "xl", nowrap: true, cell: (row) => when(row.createdAt) },
    {
      key: "retry",
      header: <span className="sr-only">{t("retry.one")}</span>,
      cell: (row) => (row.status === "FAILED" ? <RetryEmail id={row.id} subject={row.subject} size="sm" /> : null),
    },
  ];

  return (
    <NextIntlClientProvider messages={messages}>
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("description")} actions={counts.FAILED > 0 ? <RetryAllFailed /> : undefined} />
        <nav aria-label={t("summary")}>
          <ul className="flex flex-wrap gap-3">
            {EMAIL_STATUSES.map((status) => (
              <li key={status}>
                <Link
                  href={`${PATH}?status=${status}`}
                  aria-current={filter.status === status ? "page" : undefined}
                  className="inline-flex min-h-11 items-center gap-2 rounded-md border border-border bg-surface px-3 py-2 hover:border-primary aria-[current=page]:border-primary"
                >
                  <EmailStatusBadge status={status} label={t(`status.${status}`)} />
                  <span className="font-semibold tabular-nums">{format.number(counts[status])}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ListFilterForm
          pathname={PATH}
          label={t("filters.label")}
          search={{ label: t("filters.search"), hint: t("filters.searchHint"), value: filter.q }}
          applyLabel={t("filters.apply")}
          clearLabel={t("filters.clear")}
        >
          <FormField label={t("filters.status")}>
            <Select
              name="status"
              defaultValue={filter.status ?? ""}
              placeholder={t("filters.anyStatus")}
              options={EMAIL_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
            />
          </FormField>
        </ListFilterForm>
        <DataTable
          caption={t("caption")}
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
    </NextIntlClientProvider>
  );
}
