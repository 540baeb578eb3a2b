"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createInternationalStudentAction, updateInternationalStudentAction } from "@/lib/international-students/actions";
import {
  internationalStudentFieldsSchema,
  STUDENT_LEVELS,
  STUDENT_STATUSES,
  type InternationalStudentFormValues,
} from "@/lib/international-students/schemas";

export interface StudentFormProps {
  /** The student being edited; without it the form creates one. */
  student?: { id: string; version: number; values: InternationalStudentFormValues };
  countries: readonly { code: string; name: string }[];
  units: readonly { id: string; code: string; name: string }[];
  /** Programs already on file, offered as suggestions so one program is written one way. */
  programs: readonly string[];
}

/** Create or edit an international student; an edit saves only over the version it was opened at. */
export function StudentForm({ student, countries, units, programs }: StudentFormProps) {
  const t = useTranslations("internationalStudents");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: internationalStudentFieldsSchema,
    action: student ? (values) => updateInternationalStudentAction({ ...values, id: student.id, version: student.version }) : createInternationalStudentAction,
    defaultValues: student?.values ?? {
      studentNumber: "",
      fullName: "",
      countryCode: "",
      programName: "",
      level: "BACHELOR",
      unitId: "",
      intakeYear: String(new Date().getFullYear()),
      status: "ENROLLED",
    },
    onSuccess: ({ id }) => {
      toast.success(student ? t("form.saved") : t("form.created"));
      if (student) router.refresh();
      else router.push(`/dashboard/international-students/${id}`);
    },
  });
  const { isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-5">
      <FormAlert error={formError} />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("fields.studentNumber")} description={t("fields.studentNumberHint")} error={fieldError("studentNumber")} required>
          <Input id="student-number" autoComplete="off" spellCheck={false} maxLength={40} {...form.register("studentNumber")} />
        </FormField>
        <FormField label={t("fields.fullName")} error={fieldError("fullName")} required>
          <Input id="student-name" autoComplete="off" maxLength={200} {...form.register("fullName")} />
        </FormField>
        <FormField label={t("fields.country")} error={fieldError("countryCode")} required>
          <Select
            id="student-country"
            placeholder={t("form.chooseCountry")}
            options={countries.map((country) => ({ value: country.code, label: country.name }))}
            {...form.register("countryCode")}
          />
        </FormField>
        <FormField label={t("fields.intakeYear")} description={t("fields.intakeYearHint")} error={fieldError("intakeYear")} required>
          <Input id="student-intake" type="number" inputMode="numeric" min={1990} max={2100} {...form.register("intakeYear")} />
        </FormField>
      </div>
      <FormField label={t("fields.programName")} error={fieldError("programName")} required>
        <Input id="student-program" list="student-programs" autoComplete="off" maxLength={200} {...form.register("programName")} />
      </FormField>
      <datalist id="student-programs">
        {programs.map((program) => (
          <option key={program} value={program} />
        ))}
      </datalist>
      <div className="grid gap-5 sm:grid-cols-3">
        <FormField label={t("fields.level")} error={fieldError("level")} required>
          <Select id="student-level" options={STUDENT_LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))} {...form.register("level")} />
        </FormField>
        <FormField label={t("fields.unit")} error={fieldError("unitId")}>
          <Select
            id="student-unit"
            placeholder={t("form.noUnit")}
            options={units.map((unit) => ({ value: unit.id, label: `${unit.code} — ${unit.name}` }))}
            {...form.register("unitId")}
          />
        </FormField>
        <FormField label={t("fields.status")} error={fieldError("status")} required>
          <Select id="student-status" options={STUDENT_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))} {...form.register("status")} />
        </FormField>
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? tCommon("buttons.saving") : student ? tCommon("buttons.saveChanges") : t("form.create")}
      </Button>
    </form>
  );
}
