import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { FormField } from "@/components/ui/form-field";
import { ListFilterForm } from "@/components/ui/list-filter-form";
import { Select } from "@/components/ui/select";
import { COOPERATION_AREAS, PARTNER_KINDS, PARTNER_STATUSES } from "@/lib/partners/constants";
import { allCountriesSorted } from "@/lib/partners/country-names";
import type { StaffPartnerFilter } from "@/lib/partners/schemas";
import { WORLD_REGIONS } from "@/lib/reference/countries";

/** The staff list's filters: a plain GET form, so every filtered list has its own URL. */
export async function PartnerFilters({ filter, pathname }: { filter: StaffPartnerFilter; pathname: string }) {
  const [t, locale] = await Promise.all([getTranslations("partners"), getLocale()]);
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
      <FormField label={t("fields.kind")}>
        <Select name="kind" defaultValue={filter.kind ?? ""} placeholder={t("list.filters.any")} options={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
      </FormField>
      <FormField label={t("fields.status")}>
        <Select
          name="status"
          defaultValue={filter.status ?? ""}
          placeholder={t("list.filters.any")}
          options={PARTNER_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        />
      </FormField>
      <FormField label={t("fields.country")}>
        <Select
          name="country"
          defaultValue={filter.country ?? ""}
          placeholder={t("list.filters.any")}
          options={allCountriesSorted(locale).map((country) => ({ value: country.code, label: country.name }))}
        />
      </FormField>
      <FormField label={t("fields.region")}>
        <Select name="region" defaultValue={filter.region ?? ""} placeholder={t("list.filters.any")} options={WORLD_REGIONS.map((region) => ({ value: region, label: t(`regions.${region}`) }))} />
      </FormField>
      <FormField label={t("fields.areas")}>
        <Select name="area" defaultValue={filter.area ?? ""} placeholder={t("list.filters.any")} options={COOPERATION_AREAS.map((area) => ({ value: area, label: t(`areas.${area}`) }))} />
      </FormField>
      <FormField label={t("list.filters.archived")}>
        <Select
          name="archived"
          defaultValue={filter.archived}
          options={(["active", "archived", "all"] as const).map((value) => ({ value, label: t(`list.filters.archivedOptions.${value}`) }))}
        />
      </FormField>
    </ListFilterForm>
  );
}
