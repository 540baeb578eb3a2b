import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { COOPERATION_AREAS, PARTNER_KINDS, PARTNER_STATUSES } from "@/lib/partners/constants";
import { allCountriesSorted } from "@/lib/partners/country-names";
import type { StaffPartnerFilter } from "@/lib/partners/schemas";
import { WORLD_REGIONS } from "@/lib/reference/countries";

/** The staff list's filters: a plain GET form, so every filtered list has its own URL. */
export async function PartnerFilters({ filter, pathname }: { filter: StaffPartnerFilter; pathname: string }) {
  const [t, locale] = await Promise.all([getTranslations("partners"), getLocale()]);
  return (
    <form method="get" action={pathname} role="search" aria-label={t("list.filters.label")} className="grid gap-4 rounded-lg border border-border bg-surface p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
      {/* The current sort survives a new search. */}
      <input type="hidden" name="sort" value={filter.sort} />
      <input type="hidden" name="dir" value={filter.dir} />
      <FormField label={t("list.filters.search")} description={t("list.filters.searchHint")} className="sm:col-span-2">
        <Input name="q" type="search" defaultValue={filter.q ?? ""} maxLength={200} autoComplete="off" />
      </FormField>
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
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
        <Button type="submit">{t("list.filters.apply")}</Button>
        <Link href={pathname} className="text-link underline underline-offset-4">
          {t("list.filters.clear")}
        </Link>
      </div>
    </form>
  );
}
