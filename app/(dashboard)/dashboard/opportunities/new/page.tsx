import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canCreateOpportunities } from "@/lib/opportunities/queries";
import { opportunityFormProps } from "../_components/form-props";
import { OpportunityForm } from "../_components/opportunity-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opportunities.staff");
  return { title: t("newMetaTitle") };
}

export default async function NewOpportunityPage() {
  const user = await getCurrentUser();
  if (!user || !canCreateOpportunities(user)) notFound();
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
