import { getTranslations } from "@/i18n/server";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LinkButton } from "@/components/ui/link-button";
import { Select } from "@/components/ui/select";
import { MOBILITY_DIRECTIONS, MOBILITY_STATUSES, PARTICIPANT_TYPES, type MobilityFilter } from "@/lib/mobility/schemas";

export interface MobilityFilterOptions {
  countries: { code: string; name: string }[];
  programs: { id: string; name: string }[];
  units: { id: string; code: string; name: string }[];
  years: number[];
}

/** A plain GET form: filters live in the URL, work without JavaScript and can be shared. */
export async function MobilityFilters({ filter, options }: { filter: MobilityFilter; options: MobilityFilterOptions }) {
  const t = await getTranslations("mobility");
  const any = t("filters.any");
  return (
    <form method="get" action="/dashboard/mobility" aria-labelledby="mobility-filters-heading" className="space-y-4 rounded-lg border border-border bg-surface p-4">
      <h2 id="mobility-filters-heading" className="text-lg font-semibold">
        {t("filters.heading")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FormField label={t("filters.q")} description={t("filters.qHint")} id="filter-q" className="sm:col-span-2">
          <Input name="q" type="search" defaultValue={filter.q ?? ""} maxLength={200} autoComplete="off" />
        </FormField>
        <FormField label={t("filters.direction")} id="filter-direction">
          <Select name="direction" defaultValue={filter.direction ?? ""} placeholder={any} options={MOBILITY_DIRECTIONS.map((v) => ({ value: v, label: t(`direction.${v}`) }))} />
        </FormField>
        <FormField label={t("filters.participantType")} id="filter-participant">
          <Select name="participantType" defaultValue={filter.participantType ?? ""} placeholder={any} options={PARTICIPANT_TYPES.map((v) => ({ value: v, label: t(`participantType.${v}`) }))} />
        </FormField>
        <FormField label={t("filters.status")} id="filter-status">
          <Select name="status" defaultValue={filter.status ?? ""} placeholder={any} options={MOBILITY_STATUSES.map((v) => ({ value: v, label: t(`status.${v}`) }))} />
        </FormField>
        <FormField label={t("filters.academicYear")} id="filter-year">
          <Select
            name="academicYear"
            defaultValue={filter.academicYear ? String(filter.academicYear) : ""}
            placeholder={any}
            options={options.years.map((year) => ({ value: String(year), label: t("academicYear", { start: year, end: year + 1 }) }))}
          />
        </FormField>
        <FormField label={t("filters.country")} id="filter-country">
          <Select name="country" defaultValue={filter.country ?? ""} placeholder={any} options={options.countries.map((c) => ({ value: c.code, label: c.name }))} />
        </FormField>
        <FormField label={t("filters.program")} id="filter-program">
          <Select name="programId" defaultValue={filter.programId ?? ""} placeholder={any} options={options.programs.map((p) => ({ value: p.id, label: p.name }))} />
        </FormField>
        <FormField label={t("filters.unit")} id="filter-unit">
          <Select name="unitId" defaultValue={filter.unitId ?? ""} placeholder={any} options={options.units.map((u) => ({ value: u.id, label: `${u.code} — ${u.name}` }))} />
        </FormField>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit">{t("filters.apply")}</Button>
        <LinkButton href="/dashboard/mobility" variant="outline">
          {t("filters.clear")}
        </LinkButton>
      </div>
    </form>
  );
}
