"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LinkButton } from "@/components/ui/link-button";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createMobilityRecordAction } from "@/lib/mobility/actions";
import { MOBILITY_DIRECTIONS, MOBILITY_STATUSES, MOBILITY_TYPES, PARTICIPANT_TYPES, STUDY_LEVELS, mobilityRecordSchema } from "@/lib/mobility/schemas";

export interface MobilityFormOptions {
  countries: { code: string; name: string }[];
  programs: { id: string; name: string }[];
  units: { id: string; code: string; name: string }[];
  partners: { id: string; name: string }[];
  agreements: { id: string; referenceNumber: string; title: string }[];
}

/** Records a mobility directly (incoming students, staff); the same zod schema runs in the action. */
export function MobilityForm({ options, defaultYear }: { options: MobilityFormOptions; defaultYear: number }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: mobilityRecordSchema,
    action: createMobilityRecordAction,
    defaultValues: {
      direction: "INCOMING",
      participantType: "STUDENT",
      mobilityType: "STUDENT_STUDY",
      personName: "",
      personEmail: "",
      homeCountryCode: "",
      partnerId: "",
      programId: "",
      agreementId: "",
      unitId: "",
      level: "",
      iscedCode: "",
      academicYear: defaultYear,
      startDate: "",
      endDate: "",
      status: "PLANNED",
    },
    onSuccess: () => {
      toast.success(t("mobility.form.created"));
      router.push("/dashboard/mobility");
      router.refresh();
    },
  });
  const { register } = form;
  const { isSubmitting } = form.formState;
  const choose = t("mobility.form.choose");
  const none = t("mobility.form.none");

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-8">
      <FormAlert error={formError} />
      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-semibold">{t("mobility.form.personHeading")}</legend>
        <FormField label={t("mobility.form.personName")} error={fieldError("personName")} required>
          <Input id="personName" autoComplete="off" {...register("personName")} />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("mobility.form.personEmail")} error={fieldError("personEmail")}>
            <Input id="personEmail" type="email" autoComplete="off" {...register("personEmail")} />
          </FormField>
          <FormField label={t("mobility.form.homeCountry")} description={t("mobility.form.homeCountryHint")} error={fieldError("homeCountryCode")}>
            <Select id="homeCountryCode" placeholder={none} options={options.countries.map((c) => ({ value: c.code, label: c.name }))} {...register("homeCountryCode")} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-semibold">{t("mobility.form.mobilityHeading")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("mobility.form.direction")} error={fieldError("direction")} required>
            <Select id="direction" options={MOBILITY_DIRECTIONS.map((v) => ({ value: v, label: t(`mobility.direction.${v}`) }))} {...register("direction")} />
          </FormField>
          <FormField label={t("mobility.form.participantType")} error={fieldError("participantType")} required>
            <Select id="participantType" options={PARTICIPANT_TYPES.map((v) => ({ value: v, label: t(`mobility.participantType.${v}`) }))} {...register("participantType")} />
          </FormField>
          <FormField label={t("mobility.form.mobilityType")} description={t("mobility.form.mobilityTypeHint")} error={fieldError("mobilityType")} required>
            <Select id="mobilityType" options={MOBILITY_TYPES.map((v) => ({ value: v, label: t(`mobility.mobilityType.${v}`) }))} {...register("mobilityType")} />
          </FormField>
          <FormField label={t("mobility.form.level")} description={t("mobility.form.levelHint")} error={fieldError("level")}>
            <Select id="level" placeholder={none} options={STUDY_LEVELS.map((v) => ({ value: v, label: t(`mobility.level.${v}`) }))} {...register("level")} />
          </FormField>
          <FormField label={t("mobility.form.partner")} error={fieldError("partnerId")} required>
            <Select id="partnerId" placeholder={choose} options={options.partners.map((p) => ({ value: p.id, label: p.name }))} {...register("partnerId")} />
          </FormField>
          <FormField label={t("mobility.form.program")} error={fieldError("programId")}>
            <Select id="programId" placeholder={none} options={options.programs.map((p) => ({ value: p.id, label: p.name }))} {...register("programId")} />
          </FormField>
          <FormField label={t("mobility.form.agreement")} error={fieldError("agreementId")}>
            <Select
              id="agreementId"
              placeholder={none}
              options={options.agreements.map((a) => ({ value: a.id, label: `${a.referenceNumber} — ${a.title}` }))}
              {...register("agreementId")}
            />
          </FormField>
          <FormField label={t("mobility.form.unit")} error={fieldError("unitId")}>
            <Select id="unitId" placeholder={none} options={options.units.map((u) => ({ value: u.id, label: `${u.code} — ${u.name}` }))} {...register("unitId")} />
          </FormField>
          <FormField label={t("mobility.form.isced")} description={t("mobility.form.iscedHint")} error={fieldError("iscedCode")}>
            <Input id="iscedCode" inputMode="numeric" maxLength={4} {...register("iscedCode")} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-semibold">{t("mobility.form.periodHeading")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("mobility.form.academicYear")} description={t("mobility.form.academicYearHint")} error={fieldError("academicYear")} required>
            <Input id="academicYear" type="number" inputMode="numeric" min={1990} max={2100} {...register("academicYear")} />
          </FormField>
          <FormField label={t("mobility.form.status")} error={fieldError("status")} required>
            <Select id="status" options={MOBILITY_STATUSES.map((v) => ({ value: v, label: t(`mobility.status.${v}`) }))} {...register("status")} />
          </FormField>
          <FormField label={t("mobility.form.startDate")} error={fieldError("startDate")} required>
            <Input id="startDate" type="date" {...register("startDate")} />
          </FormField>
          <FormField label={t("mobility.form.endDate")} error={fieldError("endDate")} required>
            <Input id="endDate" type="date" {...register("endDate")} />
          </FormField>
        </div>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("mobility.form.saving") : t("mobility.form.submit")}
        </Button>
        <LinkButton href="/dashboard/mobility" variant="outline">
          {t("mobility.form.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
