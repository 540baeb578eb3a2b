"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import type { AppLocale } from "@/i18n/config";
import { LanguageTabs } from "@/components/content/language-tabs";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { checkSimilarPartnersAction, createPartnerAction, updatePartnerAction } from "@/lib/partners/actions";
import { COOPERATION_AREAS, PARTNER_KINDS, PARTNER_STATUSES } from "@/lib/partners/constants";
import { EMPTY_PARTNER_FORM } from "@/lib/partners/partner-fields";
import type { CreatePartnerResult } from "@/lib/partners/service";
import { partnerFieldsSchema, type PartnerFieldsInput } from "@/lib/partners/schemas";
import { SimilarPartnersWarning, type SimilarPartnerLink } from "./similar-partners-warning";

export interface PartnerFormProps {
  /** Country choices, already named and sorted in the reader's language. */
  countries: readonly { code: string; name: string }[];
  /** The partner being edited (its form values from `partnerFormValues`); omitted when creating. */
  partner?: { id: string; version: number; values: PartnerFieldsInput };
  /** The institution's default content language: the plain description's language, the first tab. */
  defaultLanguage: AppLocale;
}

/**
 * Create or edit a partner. The zod schema of the action checks the fields here first; the action
 * checks them again and adds what only the server knows (identifiers already taken, a save based on
 * an outdated version, similar partners in the same country).
 */
export function PartnerForm({ countries, partner, defaultLanguage }: PartnerFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const [similar, setSimilar] = useState<SimilarPartnerLink[]>([]);
  // Set once the server refused a creation for similar partners: the next submit creates anyway.
  const [mustAcknowledge, setMustAcknowledge] = useState(false);
  const { form, onSubmit, formError, fieldError } = useActionForm<typeof partnerFieldsSchema, CreatePartnerResult | { id: string; version: number }>({
    schema: partnerFieldsSchema,
    action: async (values) => {
      if (partner) return updatePartnerAction({ ...values, id: partner.id, version: partner.version });
      return createPartnerAction({ ...values, acknowledgeSimilar: mustAcknowledge });
    },
    defaultValues: partner?.values ?? EMPTY_PARTNER_FORM,
    onSuccess: (data) => {
      if ("status" in data && data.status === "similar") {
        setSimilar(data.similar);
        setMustAcknowledge(true);
      } else if ("status" in data) {
        toast.success(t("partners.form.created"));
        router.push(`/dashboard/partners/${data.id}`);
      } else {
        toast.success(t("partners.form.saved"));
        router.refresh();
      }
    },
  });
  const { register, control, formState } = form;

  // While creating, look for similar partners as soon as a name and a country are known.
  const [name, countryCode] = useWatch({ control, name: ["name", "countryCode"] });
  useEffect(() => {
    const typedName = typeof name === "string" ? name : "";
    if (partner || !countryCode || typedName.trim().length < 3) return;
    const timer = setTimeout(async () => {
      const result = await checkSimilarPartnersAction({ name: typedName, countryCode: String(countryCode) });
      if (result.ok) setSimilar(result.data);
    }, 500);
    return () => clearTimeout(timer);
  }, [name, countryCode, partner]);

  const countryOptions = countries.map((country) => ({ value: country.code, label: country.name }));
  const submitLabel = partner ? t("common.buttons.saveChanges") : mustAcknowledge ? t("partners.form.createAnyway") : t("partners.form.create");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      <FormAlert error={formError} />
      {!partner && similar.length > 0 && <SimilarPartnersWarning partners={similar} blocked={mustAcknowledge} />}

      <fieldset className="space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("partners.form.sections.identity")}</legend>
        <FormField label={t("partners.fields.name")} error={fieldError("name")} required>
          <Input id="partner-name" autoComplete="off" {...register("name")} />
        </FormField>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={t("partners.fields.kind")} error={fieldError("kind")} required>
            <Select id="partner-kind" options={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`partners.kinds.${kind}`) }))} {...register("kind")} />
          </FormField>
          <FormField label={t("partners.fields.status")} error={fieldError("status")} required>
            <Select
              id="partner-status"
              options={PARTNER_STATUSES.map((status) => ({ value: status, label: t(`partners.statuses.${status}`) }))}
              {...register("status")}
            />
          </FormField>
          <FormField label={t("partners.fields.country")} error={fieldError("countryCode")} required>
            <Select id="partner-country" placeholder={t("partners.form.chooseCountry")} options={countryOptions} {...register("countryCode")} />
          </FormField>
          <FormField label={t("partners.fields.city")} error={fieldError("city")}>
            <Input id="partner-city" {...register("city")} />
          </FormField>
        </div>
        <FormField label={t("partners.fields.website")} description={t("partners.form.websiteHint")} error={fieldError("website")}>
          <Input id="partner-website" type="url" inputMode="url" {...register("website")} />
        </FormField>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("partners.form.sections.identifiers")}</legend>
        <div className="grid gap-5 sm:grid-cols-3">
          <FormField label={t("partners.fields.erasmusCode")} description={t("partners.form.erasmusCodeHint")} error={fieldError("erasmusCode")}>
            <Input id="partner-erasmus" autoCapitalize="characters" spellCheck={false} {...register("erasmusCode")} />
          </FormField>
          <FormField label={t("partners.fields.schacCode")} description={t("partners.form.schacCodeHint")} error={fieldError("schacCode")}>
            <Input id="partner-schac" autoCapitalize="none" spellCheck={false} {...register("schacCode")} />
          </FormField>
          <FormField label={t("partners.fields.pic")} description={t("partners.form.picHint")} error={fieldError("pic")}>
            <Input id="partner-pic" inputMode="numeric" spellCheck={false} {...register("pic")} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("partners.form.sections.cooperation")}</legend>
        <fieldset aria-describedby={fieldError("areas") ? "partner-areas-error" : undefined}>
          <legend className="mb-2 text-sm font-medium">{t("partners.fields.areas")}</legend>
          <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {COOPERATION_AREAS.map((area) => (
              <label key={area} className="flex min-h-11 items-center gap-3 text-sm">
                <Checkbox value={area} {...register("areas")} />
                {t(`partners.areas.${area}`)}
              </label>
            ))}
          </div>
          {fieldError("areas") && (
            <p id="partner-areas-error" className="mt-1 text-sm font-medium text-destructive">
              {fieldError("areas")}
            </p>
          )}
        </fieldset>
        {/* The description in each language; the name stays the partner's official name. */}
        <LanguageTabs
          form={form}
          fieldError={fieldError}
          defaultLanguage={defaultLanguage}
          idPrefix="partner"
          fields={[{ name: "description", label: t("partners.fields.description"), description: t("partners.form.descriptionHint"), rows: 6 }]}
        />
        <FormField label={t("partners.fields.isPublic")} description={t("partners.form.isPublicHint")} layout="inline">
          <Checkbox id="partner-public" {...register("isPublic")} />
        </FormField>
        <FormField label={t("partners.fields.internalNotes")} description={t("partners.form.internalNotesHint")} error={fieldError("internalNotes")}>
          <Textarea id="partner-notes" rows={4} {...register("internalNotes")} />
        </FormField>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("common.buttons.saving") : submitLabel}
        </Button>
      </div>
    </form>
  );
}
