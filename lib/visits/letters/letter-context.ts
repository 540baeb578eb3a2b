import { defaultLocale, isLocale, type AppLocale } from "@/i18n/config";
import type { Letterhead } from "@/lib/pdf/letterhead";
import type { Logo } from "@/lib/pdf/logo";
import { localize } from "@/lib/translations/content";
import type { LetterInstitution, LetterVisit } from "./letter-data";
import type { LetterContext, LetterGuest } from "./letter-values";

/**
 * From the records to what a letter or an agenda prints, in the document's language: each
 * translatable text in that language when it has been written, else as recorded (decision 010).
 */

export function contentLanguageOf(institution: Pick<LetterInstitution, "defaultLanguage">): AppLocale {
  return isLocale(institution.defaultLanguage) ? institution.defaultLanguage : defaultLocale;
}

function institutionTexts(institution: LetterInstitution, language: AppLocale) {
  return localize(institution, ["name", "address", "officeHeadTitle"] as const, language, contentLanguageOf(institution));
}

export function letterheadOf(institution: LetterInstitution, language: AppLocale, logo: Logo | null): Letterhead {
  const texts = institutionTexts(institution, language);
  const website = institution.website?.replace(/^https?:\/\//, "").replace(/\/$/, "");
  return {
    name: texts.name.text,
    address: texts.address.text,
    contactLine: [institution.phone, institution.email, website].filter(Boolean).join(" · "),
    logo,
  };
}

export function letterContextOf(input: {
  visit: LetterVisit;
  guests: readonly LetterGuest[];
  institution: LetterInstitution;
  language: AppLocale;
  reference: string;
  issuedAt: Date;
  timeZone: string;
}): LetterContext {
  const { visit, institution, language } = input;
  const contentLanguage = contentLanguageOf(institution);
  const institutionText = institutionTexts(institution, language);
  const visitText = localize(visit, ["title", "purpose", "costsCoveredBy"] as const, language, contentLanguage);
  const partnerName = visit.partner ? localize(visit.partner, ["name"] as const, language, contentLanguage).name.text : null;
  return {
    language,
    reference: input.reference,
    issuedAt: input.issuedAt,
    timeZone: input.timeZone,
    visit: {
      title: visitText.title.text,
      purpose: visitText.purpose.text,
      startDate: visit.startDate,
      endDate: visit.endDate,
      costsCoveredBy: visitText.costsCoveredBy.text,
      organization: partnerName ?? visit.organizationName ?? "",
    },
    institution: { name: institutionText.name.text, address: institutionText.address.text },
    signatory: { name: institution.officeHeadName ?? "", title: institutionText.officeHeadTitle.text },
    guests: input.guests,
  };
}
