import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { requirePageAccess } from "@/lib/auth/guards";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { CenterForm } from "../_components/center-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centers");
  return { title: t("form.newTitle") };
}

export default async function NewCenterPage() {
  await requirePageAccess("/dashboard/centers/new", "center:create");
  const [t, messages, defaultLanguage] = await Promise.all([
    getTranslations("centers"),
    getClientMessages(["common", "errors", "centers"]),
    getDefaultContentLanguage(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("form.newTitle")} description={t("form.newDescription")} />
      <NextIntlClientProvider messages={messages}>
        <CenterForm defaultLanguage={defaultLanguage} />
      </NextIntlClientProvider>
    </div>
  );
}
