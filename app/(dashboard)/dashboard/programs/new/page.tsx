import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { requirePageAccess } from "@/lib/auth/guards";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { ProgramForm } from "../_components/program-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programs");
  return { title: t("newMetaTitle") };
}

export default async function NewProgramPage() {
  await requirePageAccess("/dashboard/programs/new", "program:create");
  const [t, messages, defaultLanguage] = await Promise.all([
    getTranslations("programs"),
    getClientMessages(["common", "errors", "programs"]),
    getDefaultContentLanguage(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("newTitle")} />
      <NextIntlClientProvider messages={messages}>
        <ProgramForm defaultLanguage={defaultLanguage} />
      </NextIntlClientProvider>
    </div>
  );
}
