import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { requirePageAccess } from "@/lib/auth/guards";
import { opportunityFormProps } from "../_components/form-props";
import { OpportunityForm } from "../_components/opportunity-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opportunities.staff");
  return { title: t("newMetaTitle") };
}

export default async function NewOpportunityPage() {
  const user = await requirePageAccess("/dashboard/opportunities/new", "opportunity:create");
  const [t, locale, messages] = await Promise.all([
    getTranslations("opportunities"),
    getLocale(),
    getClientMessages(["common", "errors", "opportunities"]),
  ]);
  const props = await opportunityFormProps(user, locale, { inactiveProgram: (name) => t("form.inactiveProgram", { name }) });
  return (
    <div className="space-y-6">
      <PageHeader title={t("staff.newTitle")} description={t("staff.newDescription")} />
      <NextIntlClientProvider messages={messages}>
        <OpportunityForm {...props} />
      </NextIntlClientProvider>
    </div>
  );
}
