import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { requirePageAccess } from "@/lib/auth/guards";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { BackLink } from "../../_components/back-link";
import { GoalForm } from "../../_components/goal-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("strategy");
  return { title: t("goalForm.newTitle") };
}

export default async function NewGoalPage() {
  await requirePageAccess("/dashboard/strategy/goals/new", "strategy:create");
  const [t, messages, defaultLanguage] = await Promise.all([getTranslations("strategy"), getClientMessages(["common", "errors", "strategy"]), getDefaultContentLanguage()]);
  return (
    <div className="space-y-6">
      <BackLink href="/dashboard/strategy">{t("goalForm.back")}</BackLink>
      <PageHeader title={t("goalForm.newTitle")} description={t("goalForm.newDescription")} />
      <NextIntlClientProvider messages={messages}>
        <GoalForm defaultLanguage={defaultLanguage} />
      </NextIntlClientProvider>
    </div>
  );
}
