import type { AppLocale } from "@/i18n/config";
import type { Audience, CefrLevel, MobilityDirection } from "@/lib/generated/prisma/enums";
import type { LocalizedText } from "@/lib/translations/content";

/**
 * The public shapes of the catalogue: what a page, the JSON feed and the calendar feed may show of
 * a published call. Texts staff write come in the reader's language, each with the language it is
 * in (`LocalizedText`: it differs from the reader's when it fell back, decision 010).
 */

/** A host partner with a public profile (its page is /partners/<slug>). */
export interface PublicPartner {
  name: string;
  countryCode: string;
  city: string | null;
  slug: string;
}

export interface PublicOpportunitySummary {
  id: string;
  title: LocalizedText;
  programCode: string;
  programName: LocalizedText;
  partner: PublicPartner | null;
  direction: MobilityDirection;
  audience: Audience[];
  subjectAreas: string[];
  places: number;
  academicYear: number;
  academicPeriod: LocalizedText;
  durationMonths: number | null;
  language: string | null;
  languageLevel: CefrLevel | null;
  opensAt: Date;
  closesAt: Date;
}

export interface PublicOpportunityPage {
  items: PublicOpportunitySummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PublicOpportunityDetail extends Omit<PublicOpportunitySummary, "programCode" | "programName" | "partner"> {
  description: LocalizedText;
  funding: LocalizedText;
  otherRequirements: LocalizedText;
  selectionCriteria: { label: string; weight: number }[];
  updatedAt: Date;
  program: { code: string; name: LocalizedText; description: LocalizedText; url: string | null };
  partner: (PublicPartner & { website: string | null }) | null;
  requiredDocuments: { id: string; name: string; description: string; isMandatory: boolean }[];
}

/** The language a public text is asked for, and the institution's default it falls back to. */
export interface ReadingLanguage {
  locale: AppLocale;
  defaultLanguage: AppLocale;
}
