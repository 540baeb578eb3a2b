import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { ArrowLeft, ArrowLeftRight } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { getClientMessages } from "@/i18n/client-messages";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { firstValue, searchQuery } from "@/lib/forms/fields";
import { countryName } from "@/lib/partners/country-names";
import { getMergePreview } from "@/lib/partners/merge";
import { findSimilarPartners, getPartnerDetail, listPartners } from "@/lib/partners/queries";
import { staffPartnerFilterSchema } from "@/lib/partners/schemas";
import { can } from "@/lib/permissions";
import { MergeConfirm } from "../../_components/merge-confirm";
import { COMPARED_FIELDS, partnerFieldText } from "../../_components/partner-field-text";

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParamsRecord>;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partners");
  return { title: t("merge.metaTitle") };
}

/**
 * Merging a duplicate into this partner: first choose the duplicate (similar names are suggested,
 * or search), then compare both and confirm.
 */
export default async function MergePartnerPage({ params, searchParams }: PageProps) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requirePageAccess(`/dashboard/partners/${id}/merge`, "partner:update");
  // A merge deletes the duplicate: the page needs both rights, as the merge itself does.
  if (!can(user, "partner:delete")) forbidden();
  const keep = await loadRecordOr404(id, (keepId) => getPartnerDetail(user, keepId));
  const [t, format, locale] = await Promise.all([getTranslations("partners"), getFormatter(), getLocale()]);
  const other = firstValue(query.other);
  const q = searchQuery.parse(query.q) ?? "";

  const header = (
    <>
      <Link href={`/dashboard/partners/${keep.id}`} className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("merge.back", { name: keep.name })}
      </Link>
      <PageHeader title={t("merge.title", { name: keep.name })} description={t("merge.description")} />
    </>
  );

  if (typeof other !== "string") {
    const [similar, found] = await Promise.all([
      findSimilarPartners({ name: keep.name, countryCode: keep.countryCode, excludeId: keep.id }),
      q ? listPartners(user, staffPartnerFilterSchema.parse({ q, archived: "all" })) : Promise.resolve(null),
    ]);
    const candidates = [
      ...similar.map((p) => ({ id: p.id, name: p.name, detail: p.city ?? countryName(keep.countryCode, locale) })),
      ...(found?.rows ?? [])
        .filter((row) => row.id !== keep.id && !similar.some((s) => s.id === row.id))
        .map((row) => ({ id: row.id, name: row.name, detail: [row.city, countryName(row.countryCode, locale)].filter(Boolean).join(", ") })),
    ];
    return (
      <div className="space-y-8">
        {header}
        <form method="get" role="search" aria-label={t("merge.searchLabel")} className="flex max-w-xl flex-col gap-3 sm:flex-row sm:items-end">
          <FormField label={t("merge.search")} className="flex-1">
            <Input name="q" type="search" defaultValue={q} maxLength={200} autoComplete="off" />
          </FormField>
          <Button type="submit">{t("list.filters.apply")}</Button>
        </form>
        <section aria-labelledby="merge-candidates" className="space-y-3">
          <h2 id="merge-candidates" className="text-xl font-semibold">
            {q ? t("merge.results") : t("merge.suggestions")}
          </h2>
          {candidates.length === 0 ? (
            <p className="text-muted-foreground">{q ? t("merge.noResults") : t("merge.noSuggestions")}</p>
          ) : (
            <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
              {candidates.map((candidate) => (
                <li key={candidate.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
                  <span>
                    <span className="font-medium">{candidate.name}</span>
                    <span className="block text-sm text-muted-foreground">{candidate.detail}</span>
                  </span>
                  <Link href={`?other=${candidate.id}`} prefetch={false} className="text-link underline underline-offset-4" aria-label={t("merge.chooseNamed", { name: candidate.name })}>
                    {t("merge.choose")}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    );
  }

  const preview = await loadRecordOr404(other, (absorbId) => getMergePreview(user, keep.id, absorbId));
  const messages = await getClientMessages(["common", "errors", "partners"]);
  const countKeys = ["agreements", "contacts", "opportunities", "mobilities", "projectPartners", "visits"] as const;

  return (
    <div className="space-y-8">
      {header}
      <Alert variant="warning" title={t("merge.warningTitle")}>
        {t("merge.warning", { kept: preview.keep.name, absorbed: preview.absorb.name })}
      </Alert>
      <div role="region" aria-labelledby="merge-compare-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-border">
        <table className="w-full text-left text-sm">
          <caption id="merge-compare-caption" className="px-4 py-3 text-left text-base font-semibold">
            {t("merge.compareCaption")}
          </caption>
          <thead className="bg-muted">
            <tr>
              <td className="px-4 py-3" />
              <th scope="col" className="px-4 py-3">
                {t("merge.kept")}: {preview.keep.name}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("merge.absorbed")}: {preview.absorb.name}
              </th>
            </tr>
          </thead>
          <tbody>
            {COMPARED_FIELDS.map((key) => (
              <tr key={key} className="border-t border-border">
                <th scope="row" className="px-4 py-3 font-medium">
                  {t(`fields.${key}`)}
                </th>
                <td className="px-4 py-3">{partnerFieldText(key, preview.keep, t, locale) || "—"}</td>
                <td className="px-4 py-3">{partnerFieldText(key, preview.absorb, t, locale) || "—"}</td>
              </tr>
            ))}
            {countKeys.map((key) => (
              <tr key={key} className="border-t border-border">
                <th scope="row" className="px-4 py-3 font-medium">
                  {t(`merge.counts.${key}`)}
                </th>
                <td className="px-4 py-3 tabular-nums">{format.number(preview.keep._count[key])}</td>
                <td className="px-4 py-3 tabular-nums">{format.number(preview.absorb._count[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <Link href={`/dashboard/partners/${preview.absorb.id}/merge?other=${preview.keep.id}`} className="inline-flex items-center gap-1.5 text-link underline underline-offset-4">
          <ArrowLeftRight aria-hidden="true" className="size-4" />
          {t("merge.swap", { name: preview.absorb.name })}
        </Link>
      </p>
      <NextIntlClientProvider messages={messages}>
        <MergeConfirm
          keep={{ id: preview.keep.id, version: preview.keep.version, name: preview.keep.name }}
          absorb={{ id: preview.absorb.id, version: preview.absorb.version, name: preview.absorb.name }}
        />
      </NextIntlClientProvider>
    </div>
  );
}
