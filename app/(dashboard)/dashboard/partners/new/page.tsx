import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { requirePageAccess } from "@/lib/auth/guards";
import { allCountriesSorted } from "@/lib/partners/country-names";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { PartnerForm } from "../_components/partner-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partners");
  return { title: t("form.newTitle") };
}

export default async function NewPartnerPage() {
  await requirePageAccess("/dashboard/partners/new", "partner:create");
  const [t, locale, messages, defaultLanguage] = await Promise.all([
    getTranslations("partners"),
    getLocale(),
    getClientMessages(["common", "errors", "partners"]),
    getDefaultContentLanguage(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("form.newTitle")} description={t("form.newDescription")} />
      <NextIntlClientProvider messages={messages}>
        <PartnerForm countries={allCountriesSorted(locale)} defaultLanguage={defaultLanguage} />
      </NextIntlClientProvider>
    </div>
  );
}
