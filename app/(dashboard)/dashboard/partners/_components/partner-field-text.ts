import { countryName } from "@/lib/partners/country-names";
import { PARTNER_FIELD_KEYS, partnerField, type PartnerFieldKey, type PartnerFieldValues } from "@/lib/partners/partner-fields";

type Translate = (key: string) => string;

/**
 * How one of a partner's fields reads on the staff pages ("" when unset). Choices are named in the
 * reader's language; any other field shows its value as stored, so a new plain field needs nothing here.
 */
export function partnerFieldText(key: PartnerFieldKey, partner: PartnerFieldValues, t: Translate, locale: string): string {
  switch (key) {
    case "kind":
      return t(`kinds.${partner.kind}`);
    case "status":
      return t(`statuses.${partner.status}`);
    case "countryCode":
      return [partner.city, countryName(partner.countryCode, locale)].filter(Boolean).join(", ");
    case "areas":
      return partner.areas.map((area) => t(`areas.${area}`)).join(", ");
    case "isPublic":
      return partner.isPublic ? t("visibility.public") : t("visibility.internal");
    default:
      return String(partner[key] ?? "");
  }
}

/** The fields of the read-only record on the detail page, and whether each spans the whole row. */
export const DETAIL_FIELDS = PARTNER_FIELD_KEYS.flatMap((key) => {
  const { detail } = partnerField(key);
  return detail ? [{ key, wide: detail === "wide" }] : [];
});

/** The fields compared side by side before a merge. */
export const COMPARED_FIELDS = PARTNER_FIELD_KEYS.filter((key) => partnerField(key).compare === true);
