import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Search } from "lucide-react";
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
 * result page has its own URL.
 */
export async function DirectoryFilters({ filter, countries }: DirectoryFiltersProps) {
  const [t, tp, locale] = await Promise.all([getTranslations("directory"), getTranslations("partners"), getLocale()]);
  const numbers = numberFormat(locale);
  const active = Boolean(filter.q || filter.country || filter.region || filter.kind || filter.area);

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
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
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
