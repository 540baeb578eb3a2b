import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { getUnit, getUnitMergePreview } from "@/lib/units/queries";
import { ArchiveUnit } from "../_components/archive-unit";
import { MergeUnit } from "../_components/merge-unit";
import { UnitForm } from "../_components/unit-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units");
  return { title: t("form.editMetaTitle") };
}

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/admin/units/${id}`, "unit:manage");
  const unit = await loadRecordOr404(id, (unitId) => getUnit(user, unitId));
  const [t, format, messages, defaultLanguage, mergePreview] = await Promise.all([
    getTranslations("units"),
    getFormatter(),
    getClientMessages(["common", "errors", "units"]),
    getDefaultContentLanguage(),
    getUnitMergePreview(user, unit.id),
  ]);
  const archived = unit.archivedAt !== null;

  return (
    <div className="space-y-8">
      <Link href="/dashboard/admin/units" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("form.back")}
      </Link>
      <PageHeader
        title={unit.name}
        description={`${unit.code} · ${t(`kinds.${unit.kind}`)}`}
        actions={<Badge variant={archived ? "neutral" : "success"}>{archived ? t("status.archived") : t("status.active")}</Badge>}
      />
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium text-muted-foreground">{t("list.users")}</dt>
        <dd>{unit._count.users}</dd>
        <dt className="font-medium text-muted-foreground">{t("list.agreements")}</dt>
        <dd>{unit._count.agreements}</dd>
      </dl>
      <NextIntlClientProvider messages={messages}>
        <section aria-labelledby="unit-details" className="space-y-3">
          <h2 id="unit-details" className="text-xl font-semibold">
            {t("form.detailsHeading")}
          </h2>
          <UnitForm
            key={unit.version}
            unit={{ id: unit.id, version: unit.version, code: unit.code, name: unit.name, kind: unit.kind, translations: unit.translations }}
            defaultLanguage={defaultLanguage}
          />
        </section>
        <section aria-labelledby="unit-archive" className="max-w-2xl space-y-3">
          <h2 id="unit-archive" className="text-xl font-semibold">
            {t("archive.heading")}
          </h2>
          <p>
            {unit.archivedAt
              ? t("archive.archivedText", { date: format.dateTime(unit.archivedAt, { dateStyle: "long" }) })
              : t("archive.activeText")}
          </p>
          <ArchiveUnit id={unit.id} version={unit.version} archived={archived} />
        </section>
        {!archived && (
          <section aria-labelledby="unit-merge" className="max-w-2xl space-y-3">
            <h2 id="unit-merge" className="text-xl font-semibold">
              {t("merge.heading")}
            </h2>
            <p>{t("merge.text", { count: mergePreview.total })}</p>
            <MergeUnit unit={{ id: unit.id, version: unit.version, name: unit.name }} total={mergePreview.total} targets={mergePreview.targets} />
          </section>
        )}
      </NextIntlClientProvider>
      <Link href={`/dashboard/admin/audit?entityType=Unit&entityId=${unit.id}`} className="inline-block text-sm text-link underline underline-offset-4">
        {t("form.history")}
      </Link>
    </div>
  );
}
