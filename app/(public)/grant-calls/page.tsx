import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { Localized } from "@/components/content/localized";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { deadlineTexts } from "@/lib/grant-calls/display";
import { listPublicGrantCalls } from "@/lib/grant-calls/public-queries";
import { GRANT_AUDIENCES, publicGrantCallFilterSchema } from "@/lib/grant-calls/schemas";
import { contentReader } from "@/lib/translations/reader";
import { requirePublicSection } from "@/lib/institution/public-section-guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("grantCalls.public");
  return { title: t("metaTitle"), description: t("description") };
}

/** Open grant calls the office made public, in the visitor's language, nearest deadline first. */
export default async function PublicGrantCallsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  // Not from a folder layout: the section's personal e-mail links must keep working (public-section-guard.ts).
  await requirePublicSection("grant-calls");
  const params = await searchParams;
  const filter = publicGrantCallFilterSchema.parse(params);
  const reader = await contentReader();
  const [result, t, tAll, zone] = await Promise.all([
    listPublicGrantCalls(filter, reader),
    getTranslations("grantCalls.public"),
    getTranslations("grantCalls"),
    getInstitutionTimeZone(),
  ]);
  const filtered = Boolean(filter.q || filter.audience);

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <form method="get" action="/grant-calls" role="search" className="grid grid-cols-1 gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] sm:items-end">
        <FormField label={t("search")}>
          <Input id="public-grant-calls-q" name="q" type="search" defaultValue={filter.q ?? ""} />
        </FormField>
        <FormField label={t("audience")}>
          <Select
            id="public-grant-calls-audience"
            name="audience"
            defaultValue={filter.audience ?? ""}
            placeholder={t("anyAudience")}
            options={GRANT_AUDIENCES.map((value) => ({ value, label: tAll(`audience.${value}`) }))}
          />
        </FormField>
        <div className="flex flex-wrap gap-3">
          <Button type="submit">{t("filter")}</Button>
          {filtered && (
            <LinkButton href="/grant-calls" variant="ghost">
              {t("clear")}
            </LinkButton>
          )}
        </div>
      </form>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status">{t("count", { count: result.total })}</p>
        <a href={`/api/grant-calls/calendar.ics?lang=${reader.locale}`} className="text-link underline underline-offset-4">
          {t("calendar")}
        </a>
      </div>
      {result.rows.length === 0 ? (
        <EmptyState title={filtered ? t("emptyFiltered") : t("empty")} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {result.rows.map((call) => (
            <li key={call.id}>
              <article className="flex h-full flex-col gap-3 rounded-lg border border-border bg-surface p-5 shadow-sm">
                <p className="text-sm text-muted-foreground">{[call.funder, call.program].filter(Boolean).join(" — ")}</p>
                <h2 className="text-lg font-semibold break-words">
                  <Link href={`/grant-calls/${call.id}`} className="text-link hover:underline">
                    <Localized value={call.title} locale={reader.locale} />
                  </Link>
                </h2>
                <p className="font-medium">
                  <time dateTime={call.deadline.toISOString()}>{t("deadline", { date: deadlineTexts(call, reader.locale, zone).own })}</time>
                </p>
                <div className="flex flex-wrap gap-1.5">
                  {call.audiences.map((value) => (
                    <Badge key={value} variant="info">
                      {tAll(`audience.${value}`)}
                    </Badge>
                  ))}
                </div>
                {call.description.text && <Localized value={call.description} locale={reader.locale} as="p" className="line-clamp-3" />}
              </article>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} pathname="/grant-calls" searchParams={params} />
    </div>
  );
}
