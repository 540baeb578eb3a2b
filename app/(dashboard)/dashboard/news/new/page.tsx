import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { requirePageAccess } from "@/lib/auth/guards";
import { NEWS_WRITE } from "@/lib/news/access";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { NewsForm } from "../_components/news-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("news");
  return { title: t("form.newTitle") };
}

export default async function NewNewsPage() {
  await requirePageAccess("/dashboard/news/new", NEWS_WRITE);
  const [t, messages, defaultLanguage] = await Promise.all([getTranslations("news"), getClientMessages(["common", "errors", "news"]), getDefaultContentLanguage()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("form.newTitle")} description={t("form.newDescription")} />
      <NextIntlClientProvider messages={messages}>
        <NewsForm defaultLanguage={defaultLanguage} />
      </NextIntlClientProvider>
    </div>
  );
}
