import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { FormField } from "@/components/ui/form-field";
import { ListFilterForm } from "@/components/ui/list-filter-form";
import { Select } from "@/components/ui/select";
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, EXPIRY_WINDOWS } from "@/lib/agreements/options";
import type { AgreementListFilter } from "@/lib/agreements/schemas";
import { allCountriesSorted } from "@/lib/partners/country-names";

/** The staff list's filters: a plain GET form, so every filtered list has its own URL and works without JavaScript. */
export async function AgreementFilters({
  filter,
  pathname,
  units,
}: {
  filter: AgreementListFilter;
  pathname: string;
  units: readonly { id: string; code: string; name: string }[];
}) {
  const [t, locale] = await Promise.all([getTranslations("agreements"), getLocale()]);
  return (
    <ListFilterForm
      pathname={pathname}
      label={t("list.filters.label")}
      sort={filter.sort}
      dir={filter.dir}
      search={{ label: t("list.filters.search"), hint: t("list.filters.searchHint"), value: filter.q }}
      applyLabel={t("list.filters.apply")}
      clearLabel={t("list.filters.clear")}
    >
      <FormField label={t("fields.status")}>
        <Select
          name="status"
          defaultValue={filter.status ?? ""}
          placeholder={t("list.filters.any")}
          options={AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        />
      </FormField>
      <FormField label={t("fields.kind")}>
        <Select
          name="kind"
          defaultValue={filter.kind ?? ""}
          placeholder={t("list.filters.any")}
          options={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        />
      </FormField>
      <FormField label={t("fields.unitId")}>
        <Select
          name="unitId"
          defaultValue={filter.unitId ?? ""}
          placeholder={t("list.filters.any")}
          options={units.map((unit) => ({ value: unit.id, label: `${unit.code} — ${unit.name}` }))}
        />
      </FormField>
      <FormField label={t("list.filters.country")}>
        <Select
          name="country"
          defaultValue={filter.country ?? ""}
          placeholder={t("list.filters.any")}
          options={allCountriesSorted(locale).map((country) => ({ value: country.code, label: country.name }))}
        />
      </FormField>
      <FormField label={t("list.filters.expiring")}>
        <Select
          name="expiring"
          defaultValue={filter.expiring ? String(filter.expiring) : ""}
          placeholder={t("list.filters.any")}
          options={EXPIRY_WINDOWS.map((days) => ({ value: String(days), label: t("list.filters.withinDays", { days }) }))}
        />
      </FormField>
    </ListFilterForm>
  );
}
