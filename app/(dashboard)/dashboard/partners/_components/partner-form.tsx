"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { applyActionErrors } from "@/lib/opportunities/form-errors";
import { checkSimilarPartnersAction, createPartnerAction, updatePartnerAction } from "@/lib/partners/actions";
import { COOPERATION_AREAS, PARTNER_KINDS, PARTNER_STATUSES } from "@/lib/partners/constants";
import type { z } from "zod";
import { createPartnerSchema, type PartnerFieldsInput } from "@/lib/partners/schemas";
import { formValuesFrom } from "@/lib/forms/form-values";
import { SimilarPartnersWarning, type SimilarPartnerLink } from "./similar-partners-warning";

export interface PartnerFormProps {
  /** Country choices, already named and sorted in the reader's language. */
  countries: readonly { code: string; name: string }[];
  /** The partner being edited; omitted when creating. */
  partner?: PartnerFieldsInput & { id: string; version: number };
}

type Values = z.input<typeof createPartnerSchema>;
type Parsed = z.output<typeof createPartnerSchema>;

const EMPTY: Values = {
  name: "",
  kind: "UNIVERSITY",
  countryCode: "",
  city: "",
  website: "",
  erasmusCode: "",
  schacCode: "",
  pic: "",
  description: "",
  areas: [],
  status: "PROSPECT",
  isPublic: true,
  internalNotes: "",
};

/**
 * Create or edit a partner. The zod schema of the action checks the fields here first; the action
 * checks them again and adds what only the server knows (identifiers already taken, a save based on
 * an outdated version, similar partners in the same country).
 */
export function PartnerForm({ countries, partner }: PartnerFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [similar, setSimilar] = useState<SimilarPartnerLink[]>([]);
  const [mustAcknowledge, setMustAcknowledge] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({
    // The same schema as the action; on edit the id and version are added when sending.
    resolver: zodResolver(createPartnerSchema),
    defaultValues: partner ? formValuesFrom(EMPTY, partner) : EMPTY,
  });
  const message = (key: string | undefined) => (key ? (t.has(key) ? t(key) : t("common.form.errors.invalid")) : undefined);

  // While creating, look for similar partners as soon as a name and a country are known.
  const [name, countryCode] = useWatch({ control, name: ["name", "countryCode"] });
  useEffect(() => {
    if (partner || !countryCode || (name ?? "").trim().length < 3) return;
    const timer = setTimeout(async () => {
      const result = await checkSimilarPartnersAction({ name: name ?? "", countryCode: String(countryCode) });
      if (result.ok) setSimilar(result.data);
    }, 500);
    return () => clearTimeout(timer);
  }, [name, countryCode, partner]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setStale(false);
    if (partner) {
      const { acknowledgeSimilar: _ignored, ...fields } = values;
      const result = await updatePartnerAction({ ...fields, id: partner.id, version: partner.version });
      if (!result.ok) {
        if (result.code === "CONFLICT") setStale(true);
        const failure = applyActionErrors(result, setError);
        setFormError(t.has(failure.key) ? t(failure.key, failure.values) : t("errors.generic.unexpected"));
        return;
      }
      toast.success(t("partners.form.saved"));
      router.refresh();
      return;
    }
    const result = await createPartnerAction({ ...values, acknowledgeSimilar: mustAcknowledge ? true : values.acknowledgeSimilar });
    if (!result.ok) {
      const failure = applyActionErrors(result, setError);
      setFormError(t.has(failure.key) ? t(failure.key, failure.values) : t("errors.generic.unexpected"));
      return;
    }
    if (result.data.status === "similar") {
      setSimilar(result.data.similar);
      setMustAcknowledge(true);
      setFormError(t("partners.form.similarBlocked"));
      return;
    }
    toast.success(t("partners.form.created"));
    router.push(`/dashboard/partners/${result.data.id}`);
  });

  const countryOptions = countries.map((country) => ({ value: country.code, label: country.name }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      {formError && (
        <Alert variant={mustAcknowledge && !stale ? "warning" : "error"} live="assertive">
          <p>{formError}</p>
          {stale && (
            <Button type="button" variant="link" onClick={() => window.location.reload()}>
              {t("partners.form.reload")}
            </Button>
          )}
        </Alert>
      )}
      {!partner && similar.length > 0 && <SimilarPartnersWarning partners={similar} />}

      <fieldset className="space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("partners.form.sections.identity")}</legend>
        <FormField label={t("partners.fields.name")} error={message(errors.name?.message)} required>
          <Input id="partner-name" autoComplete="off" {...register("name")} />
        </FormField>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={t("partners.fields.kind")} error={message(errors.kind?.message)} required>
            <Select id="partner-kind" options={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`partners.kinds.${kind}`) }))} {...register("kind")} />
          </FormField>
          <FormField label={t("partners.fields.status")} error={message(errors.status?.message)} required>
            <Select
              id="partner-status"
              options={PARTNER_STATUSES.map((status) => ({ value: status, label: t(`partners.statuses.${status}`) }))}
              {...register("status")}
            />
          </FormField>
          <FormField label={t("partners.fields.country")} error={message(errors.countryCode?.message)} required>
            <Select id="partner-country" placeholder={t("partners.form.chooseCountry")} options={countryOptions} {...register("countryCode")} />
          </FormField>
          <FormField label={t("partners.fields.city")} error={message(errors.city?.message)}>
            <Input id="partner-city" {...register("city")} />
          </FormField>
        </div>
        <FormField label={t("partners.fields.website")} description={t("partners.form.websiteHint")} error={message(errors.website?.message)}>
          <Input id="partner-website" type="url" inputMode="url" {...register("website")} />
        </FormField>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("partners.form.sections.identifiers")}</legend>
        <div className="grid gap-5 sm:grid-cols-3">
          <FormField label={t("partners.fields.erasmusCode")} description={t("partners.form.erasmusCodeHint")} error={message(errors.erasmusCode?.message)}>
            <Input id="partner-erasmus" autoCapitalize="characters" spellCheck={false} {...register("erasmusCode")} />
          </FormField>
          <FormField label={t("partners.fields.schacCode")} description={t("partners.form.schacCodeHint")} error={message(errors.schacCode?.message)}>
            <Input id="partner-schac" autoCapitalize="none" spellCheck={false} {...register("schacCode")} />
          </FormField>
          <FormField label={t("partners.fields.pic")} description={t("partners.form.picHint")} error={message(errors.pic?.message)}>
            <Input id="partner-pic" inputMode="numeric" spellCheck={false} {...register("pic")} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("partners.form.sections.cooperation")}</legend>
        <fieldset aria-describedby={errors.areas ? "partner-areas-error" : undefined}>
          <legend className="mb-2 text-sm font-medium">{t("partners.fields.areas")}</legend>
          <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {COOPERATION_AREAS.map((area) => (
              <label key={area} className="flex min-h-11 items-center gap-3 text-sm">
                <Checkbox value={area} {...register("areas")} />
                {t(`partners.areas.${area}`)}
              </label>
            ))}
          </div>
          {errors.areas && (
            <p id="partner-areas-error" className="mt-1 text-sm font-medium text-destructive">
              {message(errors.areas.message ?? errors.areas.root?.message)}
            </p>
          )}
        </fieldset>
        <FormField label={t("partners.fields.description")} description={t("partners.form.descriptionHint")} error={message(errors.description?.message)}>
          <Textarea id="partner-description" rows={6} {...register("description")} />
        </FormField>
        <FormField label={t("partners.fields.isPublic")} description={t("partners.form.isPublicHint")} layout="inline">
          <Checkbox id="partner-public" {...register("isPublic")} />
        </FormField>
        <FormField label={t("partners.fields.internalNotes")} description={t("partners.form.internalNotesHint")} error={message(errors.internalNotes?.message)}>
          <Textarea id="partner-notes" rows={4} {...register("internalNotes")} />
        </FormField>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("common.buttons.saving") : partner ? t("common.buttons.saveChanges") : mustAcknowledge ? t("partners.form.createAnyway") : t("partners.form.create")}
        </Button>
      </div>
    </form>
  );
}
