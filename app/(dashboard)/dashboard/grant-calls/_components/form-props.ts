import "server-only";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { toLocalInput } from "@/lib/dates/zoned";
import type { StaffGrantCallDetail } from "@/lib/grant-calls/queries";
import { GRANT_CALL_TEXT_FIELDS, type GrantCallFormInput } from "@/lib/grant-calls/schemas";
import { subjectPickOptions } from "@/lib/opportunities/display";
import { readTranslations } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { emptyTranslations, translationFormValues } from "@/lib/translations/schema";
import type { GrantCallFormProps } from "./grant-call-form";

/** Every zone the runtime knows, for the deadline's time zone (a native select handles the length). */
function knownTimeZones(): string[] {
  return Intl.supportedValuesOf("timeZone");
}

/** The form's starting values; the deadline is shown on the clock of the zone it was given in. */
function defaultsOf(existing: StaffGrantCallDetail | undefined, institutionZone: string): GrantCallFormInput {
  if (!existing) {
    return {
      funder: "",
      program: "",
      title: "",
      description: "",
      eligibility: "",
      translations: emptyTranslations(GRANT_CALL_TEXT_FIELDS),
      audiences: [],
      deadline: "",
      timeZone: "",
      budgetMin: "",
      budgetMax: "",
      currency: "",
      url: "",
      subjectAreas: [],
      isPublic: true,
      reminderLeadDays: ["30", "7"],
    };
  }
  return {
    funder: existing.funder,
    program: existing.program ?? "",
    title: existing.title,
    description: existing.description,
    eligibility: existing.eligibility,
    translations: translationFormValues(readTranslations(existing.translations, GRANT_CALL_TEXT_FIELDS), GRANT_CALL_TEXT_FIELDS),
    audiences: existing.audiences,
    deadline: toLocalInput(existing.deadline, existing.timeZone ?? institutionZone),
    timeZone: existing.timeZone ?? "",
    budgetMin: existing.budgetMin?.toFixed(2) ?? "",
    budgetMax: existing.budgetMax?.toFixed(2) ?? "",
    currency: existing.currency ?? "",
    url: existing.url ?? "",
    subjectAreas: existing.subjectAreas,
    isPublic: existing.isPublic,
    reminderLeadDays: existing.reminderLeadDays.map(String),
  };
}

/** Everything the form needs, read on the server. */
export async function grantCallFormProps(locale: string, existing?: StaffGrantCallDetail): Promise<GrantCallFormProps> {
  const [institutionTimeZone, defaultLanguage] = await Promise.all([getInstitutionTimeZone(), getDefaultContentLanguage()]);
  return {
    existing: existing ? { id: existing.id, version: existing.version } : undefined,
    defaults: defaultsOf(existing, institutionTimeZone),
    subjects: subjectPickOptions(locale),
    timeZones: knownTimeZones(),
    institutionTimeZone,
    defaultLanguage,
  };
}
