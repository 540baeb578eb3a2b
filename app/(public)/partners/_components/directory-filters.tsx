import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { ChevronRight, Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { LinkButton } from "@/components/ui/link-button";
import { Select } from "@/components/ui/select";
import { COOPERATION_AREAS, PARTNER_KINDS } from "@/lib/partners/constants";
import { numberFormat } from "@/lib/partners/country-names";
import type { PublicPartnerFilter } from "@/lib/partners/schemas";
import { WORLD_REGIONS } from "@/lib/reference/countries";

export interface DirectoryFiltersProps {
  filter: PublicPartnerFilter;
  /** Countries that have public partners under the other filters, named in the reader's language. */
  countries: readonly { code: string; name: string; count: number }[];
}

/**
 * The directory's search form: a plain GET form, so filtering works without JavaScript and every
 * result page has its own URL. On a phone the four lists fold behind "More filters" (open while one
 * of them is set), so the results start on the first screen; from `sm` up they are always shown —
 * the closed <details> keeps its content visible there and its summary is hidden.
 */
export async function DirectoryFilters({ filter, countries }: DirectoryFiltersProps) {
  const [t, tp, locale] = await Promise.all([getTranslations("directory"), getTranslations("partners"), getLocale()]);
  const numbers = numberFormat(locale);
  const listed = [filter.country, filter.region, filter.kind, filter.area].filter(Boolean).length;
  const active = Boolean(filter.q) || listed > 0;

  return (
    <form method="get" action="/partners" role="search" aria-label={t("filters.label")} className="space-y-4 rounded-lg border border-border bg-surface p-4 shadow-sm sm:p-5">
      <div className="space-y-1.5">
        <Label htmlFor="directory-q">{t("filters.search")}</Label>
        <Input
          id="directory-q"
          name="q"
          type="search"
          defaultValue={filter.q ?? ""}
          placeholder={t("filters.searchPlaceholder")}
          autoComplete="off"
          maxLength={200}
        />
      </div>
      <details open={listed > 0} className="group sm:details-content:[content-visibility:visible]">
        <summary className="inline-flex h-11 cursor-pointer items-center gap-2 rounded-md border border-input px-4 text-sm font-medium hover:bg-muted sm:hidden [&::-webkit-details-marker]:hidden">
          <ChevronRight aria-hidden="true" className="size-4 transition-transform group-open:rotate-90" />
          {t("filters.more", { count: listed })}
        </summary>
        <div className="grid gap-4 pt-4 sm:grid-cols-2 sm:pt-0 lg:grid-cols-4">
          <div className="space-y-1.5">
            <Label htmlFor="directory-country">{t("filters.country")}</Label>
            <Select id="directory-country" name="country" defaultValue={filter.country ?? ""} placeholder={t("filters.anyCountry")}>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {`${country.name} (${numbers.format(country.count)})`}
                </option>
              ))}
            </Select>
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="directory-region">{t("filters.region")}</Label>
            <Select
              id="directory-region"
              name="region"
              defaultValue={filter.region ?? ""}
              placeholder={t("filters.anyRegion")}
              options={WORLD_REGIONS.map((region) => ({ value: region, label: tp(`regions.${region}`) }))}
            />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="directory-kind">{t("filters.kind")}</Label>
            <Select
              id="directory-kind"
              name="kind"
              defaultValue={filter.kind ?? ""}
              placeholder={t("filters.anyKind")}
              options={PARTNER_KINDS.map((kind) => ({ value: kind, label: tp(`kinds.${kind}`) }))}
            />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="directory-area">{t("filters.area")}</Label>
            <Select
              id="directory-area"
              name="area"
              defaultValue={filter.area ?? ""}
              placeholder={t("filters.anyArea")}
              options={COOPERATION_AREAS.map((area) => ({ value: area, label: tp(`areas.${area}`) }))}
            />
          </div>
        </div>
      </details>
      <div className="flex flex-wrap gap-3">
        <Button type="submit">
          <Search aria-hidden="true" />
          {t("filters.apply")}
        </Button>
        {active && (
          <LinkButton href="/partners" variant="ghost">
            {t("filters.clear")}
          </LinkButton>
        )}
      </div>
    </form>
  );
}
