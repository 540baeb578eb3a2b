import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { canEditAgreement, getAgreementDetail, getAgreementFormOptions } from "@/lib/agreements/queries";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { can } from "@/lib/permissions";
import { AgreementForm } from "../../_components/agreement-form";
import { AgreementMessages } from "../../_components/agreement-messages";
import { formValuesOf } from "../../_components/form-values";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("agreements");
  return { title: t("detail.edit") };
}

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/agreements/${id}/edit`, "agreement:update");
  const agreement = await loadRecordOr404(id, (agreementId) => getAgreementDetail(user, agreementId));
  // An agreement the user can see but not change now (a coordinator's unit's agreement past draft).
  if (!canEditAgreement(user, agreement)) forbidden();
  const [t, options] = await Promise.all([getTranslations("agreements"), getAgreementFormOptions(user)]);
  // The agreement's own unit stays choosable even if it is not among the user's filing units.
  const units = options.units.some((unit) => unit.id === agreement.unit.id) ? options.units : [agreement.unit, ...options.units];
  const { responsible } = agreement;
  const officers = !responsible || options.officers.some((o) => o.id === responsible.id) ? options.officers : [responsible, ...options.officers];
  return (
    <div className="space-y-6">
      <PageHeader title={t("form.editTitle", { reference: agreement.referenceNumber })} description={t("form.editDescription")} />
      <AgreementMessages>
        <AgreementForm
          existing={{ id: agreement.id, version: agreement.version }}
          reference={{ editable: can(user, "agreement:update") }}
          defaultValues={formValuesOf(agreement)}
          initialPartners={agreement.partners.map((p) => p.partner)}
          units={units}
          officers={officers}
        />
      </AgreementMessages>
    </div>
  );
}
