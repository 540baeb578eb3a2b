import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { isEditable } from "@/lib/opportunities/lifecycle";
import { opportunityAbilities } from "@/lib/opportunities/queries";
import { opportunityFormProps } from "../../_components/form-props";
import { loadStaffOpportunity } from "../../_components/load-opportunity";
import { OpportunityForm } from "../../_components/opportunity-form";

interface PageProps {
  params: Promise<{ id: string }>;
}

/** The call to edit: 403 for a role that may not edit calls, 404 for one outside the user's unit. */
const loadForEdit = async (id: string) => loadStaffOpportunity(id, `/dashboard/opportunities/${id}/edit`, "opportunity:update");

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const [{ opportunity }, t] = await Promise.all([loadForEdit((await params).id), getTranslations("opportunities.staff")]);
  return { title: t("editMetaTitle", { title: opportunity.title }) };
}

export default async function EditOpportunityPage({ params }: PageProps) {
  const { user, opportunity } = await loadForEdit((await params).id);
  if (!opportunityAbilities(user, opportunity.unitId).update) notFound();
  const [t, locale, messages] = await Promise.all([
    getTranslations("opportunities"),
    getLocale(),
    getClientMessages(["common", "errors", "opportunities"]),
  ]);
  if (!isEditable(opportunity.status)) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("staff.editTitle")} description={opportunity.title} />
        <Alert variant="info">{t("staff.closedNote")}</Alert>
      </div>
    );
  }
  const props = await opportunityFormProps(user, locale, { inactiveProgram: (name) => t("form.inactiveProgram", { name }) }, opportunity);
  return (
    <div className="space-y-6">
      <PageHeader title={t("staff.editTitle")} description={opportunity.title} />
      <NextIntlClientProvider messages={messages}>
        <OpportunityForm {...props} />
      </NextIntlClientProvider>
    </div>
  );
}
