import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { ArrowLeft } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { toIsoDay } from "@/lib/agreements/dates";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { getHighlight } from "@/lib/reports/queries";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { DeleteHighlight } from "../../_components/delete-highlight";
import { HighlightForm } from "../../_components/highlight-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("highlights.editTitle") };
}

export default async function HighlightPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/reports/highlights/${id}`, "report:export");
  const highlight = await loadRecordOr404(id, (highlightId) => getHighlight(user, highlightId));
  const [t, messages, defaultLanguage] = await Promise.all([getTranslations("reports"), getClientMessages(["common", "errors", "reports"]), getDefaultContentLanguage()]);
  return (
    <div className="space-y-8">
      <Link href="/dashboard/reports" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("highlights.back")}
      </Link>
      <PageHeader title={t("highlights.editTitle")} description={highlight.title} />
      <NextIntlClientProvider messages={messages}>
        <HighlightForm
          highlight={{ id: highlight.id, happenedOn: toIsoDay(highlight.happenedOn)!, title: highlight.title, text: highlight.text, translations: highlight.translations }}
          defaultLanguage={defaultLanguage}
        />
        <DeleteHighlight id={highlight.id} title={highlight.title} />
      </NextIntlClientProvider>
      <Link href={`/dashboard/admin/audit?entityType=ActivityHighlight&entityId=${highlight.id}`} className="inline-block text-sm text-link underline underline-offset-4">
        {t("highlights.history")}
      </Link>
    </div>
  );
}
