import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
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
    <form
      method="get"
      action={pathname}
      role="search"
      aria-label={t("list.filters.label")}
      className="grid grid-cols-1 gap-4 rounded-lg border border-border bg-surface p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end"
    >
      {filter.sort && <input type="hidden" name="sort" value={filter.sort} />}
      {filter.dir && <input type="hidden" name="dir" value={filter.dir} />}
      <FormField label={t("list.filters.search")} description={t("list.filters.searchHint")} className="sm:col-span-2">
        <Input name="q" type="search" defaultValue={filter.q ?? ""} maxLength={200} autoComplete="off" />
      </FormField>
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
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
        <Button type="submit">{t("list.filters.apply")}</Button>
        <Link href={pathname} className="text-link underline underline-offset-4">
          {t("list.filters.clear")}
        </Link>
      </div>
    </form>
  );
}
