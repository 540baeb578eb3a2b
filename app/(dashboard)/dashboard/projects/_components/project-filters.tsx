import { getTranslations } from "@/i18n/server";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ListFilterForm } from "@/components/ui/list-filter-form";
import { Select } from "@/components/ui/select";
import { PROJECT_ROLES, PROJECT_STATUSES } from "@/lib/projects/options";
import type { ProjectListFilter } from "@/lib/projects/schemas";

export interface ProjectFilterOptions {
  programs: readonly string[];
  /** Empty for a coordinator, whose list holds their unit's projects only. */
  units: readonly { id: string; code: string; name: string }[];
}

/** The list's filters: a plain GET form, so every filtered list has its own address and works without JavaScript. */
export async function ProjectFilters({ filter, pathname, options }: { filter: ProjectListFilter; pathname: string; options: ProjectFilterOptions }) {
  const t = await getTranslations("projects");
  const any = t("list.filters.any");
  return (
    <ListFilterForm
      pathname={pathname}
      label={t("list.filters.label")}
      search={{ label: t("list.filters.search"), hint: t("list.filters.searchHint"), value: filter.q }}
      applyLabel={t("list.filters.apply")}
      clearLabel={t("list.filters.clear")}
    >
      <FormField label={t("fields.status")}>
        <Select name="status" defaultValue={filter.status ?? ""} placeholder={any} options={PROJECT_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))} />
      </FormField>
      <FormField label={t("fields.fundingProgram")}>
        <Select name="program" defaultValue={filter.program ?? ""} placeholder={any} options={options.programs.map((value) => ({ value, label: value }))} />
      </FormField>
      {options.units.length > 0 && (
        <FormField label={t("fields.unit")}>
          <Select name="unitId" defaultValue={filter.unitId ?? ""} placeholder={any} options={options.units.map((unit) => ({ value: unit.id, label: `${unit.code} — ${unit.name}` }))} />
        </FormField>
      )}
      <FormField label={t("fields.ourRole")}>
        <Select name="role" defaultValue={filter.role ?? ""} placeholder={any} options={PROJECT_ROLES.map((value) => ({ value, label: t(`role.${value}`) }))} />
      </FormField>
      <FormField label={t("list.filters.year")} description={t("list.filters.yearHint")}>
        <Input name="year" type="number" inputMode="numeric" min={1990} max={2100} defaultValue={filter.year ?? ""} />
      </FormField>
    </ListFilterForm>
  );
}
