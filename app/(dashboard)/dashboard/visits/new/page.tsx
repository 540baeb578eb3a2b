import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { requirePageAccess } from "@/lib/auth/guards";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { mayHandlePersonalData } from "@/lib/visits/personal-data";
import { getVisitFormOptions } from "@/lib/visits/queries";
import { VisitForm } from "../_components/visit-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("visits");
  return { title: t("form.newTitle") };
}

export default async function NewVisitPage() {
  const user = await requirePageAccess("/dashboard/visits/new", "visit:create");
  const [t, messages, choices, defaultLanguage] = await Promise.all([
    getTranslations("visits"),
    getClientMessages(["common", "errors", "visits"]),
    getVisitFormOptions(user),
    getDefaultContentLanguage(),
  ]);
  // A coordinator's visit is their unit's; the office starts as the responsible officer.
  const initial = mayHandlePersonalData(user) ? { responsibleId: user.id } : { hostUnitId: user.unitId ?? "" };
  return (
    <div className="space-y-6">
      <PageHeader title={t("form.newTitle")} description={t("form.newDescription")} />
      <NextIntlClientProvider messages={messages}>
        <VisitForm choices={choices} defaultLanguage={defaultLanguage} initial={initial} />
      </NextIntlClientProvider>
    </div>
  );
}
