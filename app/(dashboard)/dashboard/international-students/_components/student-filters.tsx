import { getTranslations } from "@/i18n/server";
import { FormField } from "@/components/ui/form-field";
import { ListFilterForm } from "@/components/ui/list-filter-form";
import { Select } from "@/components/ui/select";
import { FIRST_INTAKE_YEAR, STUDENT_LEVELS, STUDENT_STATUSES, type InternationalStudentFilter } from "@/lib/international-students/schemas";

export interface StudentFilterOptions {
  countries: readonly { code: string; name: string }[];
  units: readonly { id: string; code: string; name: string }[];
  programs: readonly string[];
  /** The latest intake year offered (the current academic year). */
  latestYear: number;
}

/** The list's filters: a plain GET form, so every filtered list has its address and works without script. */
export async function StudentFilters({ pathname, filter, options }: { pathname: string; filter: InternationalStudentFilter; options: StudentFilterOptions }) {
  const t = await getTranslations("internationalStudents");
  const any = t("filters.any");
  const years = Array.from({ length: Math.max(1, options.latestYear - FIRST_INTAKE_YEAR + 1) }, (_, index) => options.latestYear - index).slice(0, 15);
  return (
    <ListFilterForm
      pathname={pathname}
      label={t("filters.label")}
      sort={filter.sort}
      dir={filter.dir}
      search={{ label: t("filters.q"), hint: t("filters.qHint"), value: filter.q }}
      applyLabel={t("filters.apply")}
      clearLabel={t("filters.clear")}
    >
      <FormField label={t("fields.country")} id="filter-country">
        <Select name="country" defaultValue={filter.country ?? ""} placeholder={any} options={options.countries.map((c) => ({ value: c.code, label: c.name }))} />
      </FormField>
      <FormField label={t("fields.level")} id="filter-level">
        <Select name="level" defaultValue={filter.level ?? ""} placeholder={any} options={STUDENT_LEVELS.map((v) => ({ value: v, label: t(`levels.${v}`) }))} />
      </FormField>
      <FormField label={t("fields.programName")} id="filter-program">
        <Select name="program" defaultValue={filter.program ?? ""} placeholder={any} options={options.programs.map((p) => ({ value: p, label: p }))} />
      </FormField>
      <FormField label={t("fields.unit")} id="filter-unit">
        <Select name="unitId" defaultValue={filter.unitId ?? ""} placeholder={any} options={options.units.map((u) => ({ value: u.id, label: `${u.code} — ${u.name}` }))} />
      </FormField>
      <FormField label={t("fields.intakeYear")} id="filter-year">
        <Select name="intakeYear" defaultValue={filter.intakeYear ? String(filter.intakeYear) : ""} placeholder={any} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      </FormField>
      <FormField label={t("fields.status")} id="filter-status">
        <Select name="status" defaultValue={filter.status ?? ""} placeholder={any} options={STUDENT_STATUSES.map((v) => ({ value: v, label: t(`statuses.${v}`) }))} />
      </FormField>
    </ListFilterForm>
  );
}
