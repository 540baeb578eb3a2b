import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { Building2, Clock, MapPin, Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { Localized } from "@/components/content/localized";
import { listPublicCenters } from "@/lib/centers/public-queries";
import { CENTER_TEXT_FIELDS, centerFilterSchema } from "@/lib/centers/schemas";
import { contentReader } from "@/lib/translations/reader";

const PAGE_SIZE = 24;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centers.public");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

/**
 * The public list of cultural and resource centers hosted by the university, in the reader's
 * language (a text without a translation shows in the default language, marked with `lang`).
 */
export default async function CentersPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const [t, params, reader] = await Promise.all([getTranslations("centers.public"), searchParams, contentReader()]);
  const filter = centerFilterSchema.parse(params);
  const page = await listPublicCenters(filter, PAGE_SIZE);
  const centers = page.rows.map((center) => ({ center, texts: reader.pick(center, CENTER_TEXT_FIELDS) }));

  return (
    <div className="space-y-8">
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} description={t("intro")} />

      <form method="get" action="/centers" role="search" aria-label={t("searchLabel")} className="flex max-w-xl flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1 space-y-1.5">
          <Label htmlFor="centers-q">{t("search")}</Label>
          <Input id="centers-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={200} autoComplete="off" />
        </div>
        <Button type="submit">
          <Search aria-hidden="true" />
          {t("searchButton")}
        </Button>
      </form>

      {page.rows.length === 0 ? (
        <EmptyState icon={Building2} title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {centers.map(({ center, texts }) => (
            <li key={center.slug}>
              <article className="flex h-full flex-col overflow-hidden rounded-lg border border-border bg-surface shadow-sm">
                {center.pictureUrl && (
                  // A plain img: pictures are small uploads served by our own route; width and height keep the layout stable.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={center.pictureUrl} alt="" width={640} height={360} loading="lazy" decoding="async" className="aspect-video w-full object-cover" />
                )}
                <div className="flex flex-1 flex-col gap-2 p-5">
                  <h2 className="text-lg leading-snug font-semibold">
                    <Link href={`/centers/${center.slug}`} prefetch={false} className="text-link underline-offset-4 hover:underline">
                      <Localized value={texts.name} locale={reader.locale} />
                    </Link>
                  </h2>
                  <p className="text-sm text-muted-foreground">{center.organization}</p>
                  {texts.location.text && (
                    <p className="flex items-start gap-1.5 text-sm">
                      <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                      <Localized value={texts.location} locale={reader.locale} />
                    </p>
                  )}
                  {texts.openingHours.text && (
                    <p className="flex items-start gap-1.5 text-sm">
                      <Clock aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                      <Localized value={texts.openingHours} locale={reader.locale} />
                    </p>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      {page.total > 0 && (
        <Pagination page={page.page} pageSize={page.pageSize} total={page.total} pathname="/centers" searchParams={{ q: filter.q }} />
      )}
    </div>
  );
}
