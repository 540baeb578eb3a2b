import type { AppLocale } from "@/i18n/config";
import { countryName } from "@/lib/partners/country-names";
import { otherLanguages } from "@/lib/translations/content";
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
const DETAIL_FIELDS = PARTNER_FIELD_KEYS.flatMap((key) => {
  const { detail } = partnerField(key);
  return detail ? [{ key, wide: detail === "wide" }] : [];
});

/**
 * The rows of the read-only record: each detail field, a translatable one followed by its text in
 * each other language (`language` set), so staff who may not edit still read every translation.
 */
export function detailRows(defaultLanguage: AppLocale): { key: PartnerFieldKey; wide: boolean; language?: AppLocale }[] {
  return DETAIL_FIELDS.flatMap((row) =>
    partnerField(row.key).translatable ? [row, ...otherLanguages(defaultLanguage).map((language) => ({ ...row, language }))] : [row],
  );
}

/** The fields compared side by side before a merge. */
export const COMPARED_FIELDS = PARTNER_FIELD_KEYS.filter((key) => partnerField(key).compare === true);
