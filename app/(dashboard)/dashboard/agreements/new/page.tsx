import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { getAgreementFormOptions, getPartnerChoice } from "@/lib/agreements/queries";
import { proposeReferenceNumbers } from "@/lib/agreements/reference-number";
import { requirePageAccess } from "@/lib/auth/guards";
import { can } from "@/lib/permissions";
import { AgreementForm } from "../_components/agreement-form";
import { AgreementMessages } from "../_components/agreement-messages";
import { EMPTY_AGREEMENT } from "../_components/form-values";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("agreements");
  return { title: t("form.newTitle") };
}

/**
 * `?partner=<id>` (from a partner's page) starts the form with that partner chosen. The form shows
 * the reference number the agreement will get (the institution's pattern), per unit.
 */
export default async function NewAgreementPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageAccess("/dashboard/agreements/new", "agreement:create");
  const { partner } = await searchParams;
  const [t, options, preset] = await Promise.all([
    getTranslations("agreements"),
    getAgreementFormOptions(user),
    typeof partner === "string" ? getPartnerChoice(user, partner) : null,
  ]);
  // The office may type another number; unit staff get the pattern's.
  const reference = { editable: can(user, "agreement:update"), proposals: await proposeReferenceNumbers(options.units) };
  const defaults = {
    ...EMPTY_AGREEMENT,
    unitId: options.units.length === 1 ? options.units[0]!.id : "",
    responsibleId: options.officers.some((officer) => officer.id === user.id) ? user.id : "",
    partnerIds: preset ? [preset.id] : [],
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("form.newTitle")} description={t("form.newDescription")} />
      <AgreementMessages>
        <AgreementForm reference={reference} defaultValues={defaults} initialPartners={preset ? [preset] : []} units={options.units} officers={options.officers} />
      </AgreementMessages>
    </div>
  );
}
