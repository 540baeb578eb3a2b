"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LinkButton } from "@/components/ui/link-button";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { createMobilityRecordAction } from "@/lib/mobility/actions";
import {
  MOBILITY_DIRECTIONS,
  MOBILITY_STATUSES,
  MOBILITY_TYPES,
  PARTICIPANT_TYPES,
  STUDY_LEVELS,
  mobilityRecordSchema,
  type MobilityRecordFormValues,
  type MobilityRecordInput,
} from "@/lib/mobility/schemas";

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
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<MobilityRecordFormValues, unknown, MobilityRecordInput>({
    resolver: zodResolver(mobilityRecordSchema),
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
  });
  const message = (key: string | undefined) => (key ? (t.has(key) ? t(key) : t("common.form.errors.invalid")) : undefined);
  const error = (name: keyof MobilityRecordFormValues) => message(errors[name]?.message);
  const choose = t("mobility.form.choose");
  const none = t("mobility.form.none");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await createMobilityRecordAction(values).catch(() => null);
    if (!result?.ok) {
      const fields = result?.ok === false ? (result.fieldErrors ?? {}) : {};
      const names = Object.keys(fields);
      for (const name of names) setError(name as Path<MobilityRecordFormValues>, { message: fields[name]?.[0] });
      if (names[0]) setFocus(names[0] as Path<MobilityRecordFormValues>);
      const key = result?.formError ?? "errors.generic.network";
      setFormError(t.has(key) ? t(key) : t("errors.generic.unexpected"));
      return;
    }
    toast.success(t("mobility.form.created"));
    router.push("/dashboard/mobility");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-8">
      {formError && (
        <Alert variant="error" live="assertive">
          {formError}
        </Alert>
      )}
      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-semibold">{t("mobility.form.personHeading")}</legend>
        <FormField label={t("mobility.form.personName")} error={error("personName")} required>
          <Input id="personName" autoComplete="off" {...register("personName")} />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("mobility.form.personEmail")} error={error("personEmail")}>
            <Input id="personEmail" type="email" autoComplete="off" {...register("personEmail")} />
          </FormField>
          <FormField label={t("mobility.form.homeCountry")} description={t("mobility.form.homeCountryHint")} error={error("homeCountryCode")}>
            <Select id="homeCountryCode" placeholder={none} options={options.countries.map((c) => ({ value: c.code, label: c.name }))} {...register("homeCountryCode")} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-semibold">{t("mobility.form.mobilityHeading")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("mobility.form.direction")} error={error("direction")} required>
            <Select id="direction" options={MOBILITY_DIRECTIONS.map((v) => ({ value: v, label: t(`mobility.direction.${v}`) }))} {...register("direction")} />
          </FormField>
          <FormField label={t("mobility.form.participantType")} error={error("participantType")} required>
            <Select id="participantType" options={PARTICIPANT_TYPES.map((v) => ({ value: v, label: t(`mobility.participantType.${v}`) }))} {...register("participantType")} />
          </FormField>
          <FormField label={t("mobility.form.mobilityType")} description={t("mobility.form.mobilityTypeHint")} error={error("mobilityType")} required>
            <Select id="mobilityType" options={MOBILITY_TYPES.map((v) => ({ value: v, label: t(`mobility.mobilityType.${v}`) }))} {...register("mobilityType")} />
          </FormField>
          <FormField label={t("mobility.form.level")} description={t("mobility.form.levelHint")} error={error("level")}>
            <Select id="level" placeholder={none} options={STUDY_LEVELS.map((v) => ({ value: v, label: t(`mobility.level.${v}`) }))} {...register("level")} />
          </FormField>
          <FormField label={t("mobility.form.partner")} error={error("partnerId")} required>
            <Select id="partnerId" placeholder={choose} options={options.partners.map((p) => ({ value: p.id, label: p.name }))} {...register("partnerId")} />
          </FormField>
          <FormField label={t("mobility.form.program")} error={error("programId")}>
            <Select id="programId" placeholder={none} options={options.programs.map((p) => ({ value: p.id, label: p.name }))} {...register("programId")} />
          </FormField>
          <FormField label={t("mobility.form.agreement")} error={error("agreementId")}>
            <Select
              id="agreementId"
              placeholder={none}
              options={options.agreements.map((a) => ({ value: a.id, label: `${a.referenceNumber} — ${a.title}` }))}
              {...register("agreementId")}
            />
          </FormField>
          <FormField label={t("mobility.form.unit")} error={error("unitId")}>
            <Select id="unitId" placeholder={none} options={options.units.map((u) => ({ value: u.id, label: `${u.code} — ${u.name}` }))} {...register("unitId")} />
          </FormField>
          <FormField label={t("mobility.form.isced")} description={t("mobility.form.iscedHint")} error={error("iscedCode")}>
            <Input id="iscedCode" inputMode="numeric" maxLength={4} {...register("iscedCode")} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-semibold">{t("mobility.form.periodHeading")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("mobility.form.academicYear")} description={t("mobility.form.academicYearHint")} error={error("academicYear")} required>
            <Input id="academicYear" type="number" inputMode="numeric" min={1990} max={2100} {...register("academicYear")} />
          </FormField>
          <FormField label={t("mobility.form.status")} error={error("status")} required>
            <Select id="status" options={MOBILITY_STATUSES.map((v) => ({ value: v, label: t(`mobility.status.${v}`) }))} {...register("status")} />
          </FormField>
          <FormField label={t("mobility.form.startDate")} error={error("startDate")} required>
            <Input id="startDate" type="date" {...register("startDate")} />
          </FormField>
          <FormField label={t("mobility.form.endDate")} error={error("endDate")} required>
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
