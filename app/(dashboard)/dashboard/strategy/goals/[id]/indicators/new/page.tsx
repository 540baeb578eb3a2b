import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { getGoal } from "@/lib/strategy/queries";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { BackLink } from "../../../../_components/back-link";
import { IndicatorForm } from "../../../../_components/indicator-form";
import { indicatorFormOptions } from "../../../../_components/indicator-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("strategy");
  return { title: t("indicatorForm.newTitle") };
}

export default async function NewIndicatorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/strategy/goals/${id}/indicators/new`, "strategy:create");
  const goal = await loadRecordOr404(id, (goalId) => getGoal(user, goalId));
  const [t, messages, defaultLanguage, options] = await Promise.all([
    getTranslations("strategy"),
    getClientMessages(["common", "errors", "strategy"]),
    getDefaultContentLanguage(),
    indicatorFormOptions(),
  ]);
  return (
    <div className="space-y-6">
      <BackLink href={`/dashboard/strategy/goals/${goal.id}`}>{t("indicatorForm.back", { goal: goal.title })}</BackLink>
      <PageHeader title={t("indicatorForm.newTitle")} description={t("indicatorForm.newDescription", { goal: goal.title })} />
      <NextIntlClientProvider messages={messages}>
        <IndicatorForm goal={{ id: goal.id, version: goal.version }} defaultLanguage={defaultLanguage} {...options} />
      </NextIntlClientProvider>
    </div>
  );
}
