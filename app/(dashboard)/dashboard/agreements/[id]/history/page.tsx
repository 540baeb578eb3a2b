import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { getAgreementDetail, getVersionDiff, listAgreementVersions } from "@/lib/agreements/queries";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { searchParam } from "@/lib/forms/fields";
import { DiffList } from "../../_components/diff-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("agreements");
  return { title: t("detail.history") };
}

/** `?from=` and `?to=`: a version number (a PostgreSQL integer); anything else means "the default". */
const versionParam = searchParam(z.coerce.number().int().min(1).max(2_147_483_647));

/** Every saved version of an agreement, and the field-by-field difference between any two. */
export default async function AgreementHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParamsRecord>;
}) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/agreements/${id}/history`, "agreement:read");
  const { agreement, versions } = await loadRecordOr404(id, async (agreementId) => {
    const [agreement, versions] = await Promise.all([getAgreementDetail(user, agreementId), listAgreementVersions(user, agreementId)]);
    return agreement ? { agreement, versions } : null;
  });
  const [query, t, format] = await Promise.all([searchParams, getTranslations("agreements"), getFormatter()]);

  const latest = versions[0]?.version ?? 1;
  const to = versionParam.parse(query.to) ?? latest;
  const from = versionParam.parse(query.from) ?? Math.max(1, to - 1);
  const diff = versions.length > 1 ? await getVersionDiff(user, id, from, to) : null;
  const options = versions.map((v) => ({ value: String(v.version), label: `${v.version} · ${format.dateTime(v.changedAt, { dateStyle: "medium", timeStyle: "short" })}` }));

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("history.title", { reference: agreement.referenceNumber })}
        description={t("history.description")}
        actions={
          <Link href={`/dashboard/agreements/${id}`} className="text-link underline underline-offset-4">
            {t("history.back")}
          </Link>
        }
      />

      <div role="region" aria-labelledby="versions-caption" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-border">
        <table className="w-full border-collapse text-left text-sm">
          <caption id="versions-caption" className="px-4 py-3 text-left text-base font-semibold">
            {t("history.versionsCaption")}
          </caption>
          <thead className="bg-muted">
            <tr>
              <th scope="col" className="px-4 py-3">{t("history.columns.version")}</th>
              <th scope="col" className="px-4 py-3">{t("history.columns.changedAt")}</th>
              <th scope="col" className="px-4 py-3">{t("history.columns.changedBy")}</th>
              <th scope="col" className="px-4 py-3">
                <span className="sr-only">{t("history.compareWithPrevious")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.version} className="border-t border-border">
                <th scope="row" className="px-4 py-2 font-medium">{version.version}</th>
                <td className="px-4 py-2">{format.dateTime(version.changedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="px-4 py-2">{version.changedBy ?? t("history.unknownUser")}</td>
                <td className="px-4 py-2">
                  {version.version > 1 && (
                    <Link href={`?from=${version.version - 1}&to=${version.version}`} className="text-link underline underline-offset-4">
                      {t("history.compareWithPrevious")}
                      <span className="sr-only"> {t("history.diffTitle", { from: version.version - 1, to: version.version })}</span>
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {versions.length > 1 ? (
        <section aria-labelledby="diff-heading" className="space-y-4">
          <form method="get" aria-label={t("history.compareLabel")} className="flex flex-wrap items-end gap-4 rounded-lg border border-border bg-surface p-4">
            <FormField label={t("history.from")} className="min-w-0 sm:min-w-48">
              <Select name="from" defaultValue={String(from)} options={options} />
            </FormField>
            <FormField label={t("history.to")} className="min-w-0 sm:min-w-48">
              <Select name="to" defaultValue={String(to)} options={options} />
            </FormField>
            <Button type="submit">{t("history.compare")}</Button>
          </form>
          <h2 id="diff-heading" className="text-xl font-semibold">
            {t("history.diffTitle", { from, to })}
          </h2>
          {diff ? <DiffList entries={diff} /> : <p className="text-muted-foreground">{t("history.missing")}</p>}
        </section>
      ) : (
        <p className="text-muted-foreground">{t("history.single")}</p>
      )}
    </div>
  );
}
