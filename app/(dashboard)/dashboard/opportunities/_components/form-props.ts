import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { toLocalInput } from "@/lib/dates/zoned";
import { countryName, subjectPickOptions } from "@/lib/opportunities/display";
import { getOpportunityFormOptions, type StaffOpportunityDetail } from "@/lib/opportunities/queries";
import { OPPORTUNITY_TEXT_FIELDS } from "@/lib/opportunities/schemas";
import { can } from "@/lib/permissions";
import { readTranslations } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { emptyTranslations, translationFormValues } from "@/lib/translations/schema";
import type { OpportunityFormProps } from "./opportunity-form";
import type { OpportunityFormFields } from "./form-types";

function criteriaOf(value: unknown): { key?: string; label: string; weight: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) return [];
    const { key, label, weight } = entry as Record<string, unknown>;
    return typeof label === "string" ? [{ key: typeof key === "string" ? key : "", label, weight: String(weight ?? "") }] : [];
  });
}

/** The form's starting values; the window is shown as the institution's wall clock (`timeZone`). */
function defaultsOf(user: SessionUser, existing: StaffOpportunityDetail | undefined, units: { id: string }[], timeZone: string): OpportunityFormFields {
  if (existing) {
    return {
      title: existing.title,
      description: existing.description,
      translations: translationFormValues(readTranslations(existing.translations, OPPORTUNITY_TEXT_FIELDS), OPPORTUNITY_TEXT_FIELDS),
      programId: existing.programId,
      partnerId: existing.partnerId ?? "",
      agreementId: existing.agreementId ?? "",
      unitId: existing.unitId ?? "",
      direction: existing.direction,
      audience: existing.audience,
      subjectAreas: existing.subjectAreas,
      places: String(existing.places),
      funding: existing.funding,
      academicYear: String(existing.academicYear),
      academicPeriod: existing.academicPeriod,
      durationMonths: existing.durationMonths === null ? "" : String(existing.durationMonths),
      language: existing.language ?? "",
      languageLevel: existing.languageLevel ?? "",
      otherRequirements: existing.otherRequirements,
      selectionCriteria: criteriaOf(existing.selectionCriteria),
      requiredDocuments: existing.requiredDocuments.map((doc) => ({ ...doc })),
      opensAt: toLocalInput(existing.opensAt, timeZone),
      closesAt: toLocalInput(existing.closesAt, timeZone),
    };
  }
  const now = new Date();
  const academicYear = now.getMonth() >= 6 ? now.getFullYear() + 1 : now.getFullYear();
  return {
    title: "",
    description: "",
    translations: emptyTranslations(OPPORTUNITY_TEXT_FIELDS),
    programId: "",
    partnerId: "",
    agreementId: "",
    unitId: can(user, "opportunity:create") ? "" : (user.unitId ?? units[0]?.id ?? ""),
    direction: "OUTGOING",
    audience: [],
    subjectAreas: [],
    places: "1",
    funding: "",
    academicYear: String(academicYear),
    academicPeriod: "",
    durationMonths: "",
    language: "",
    languageLevel: "",
    otherRequirements: "",
    selectionCriteria: [],
    requiredDocuments: [],
    opensAt: "",
    closesAt: "",
  };
}

/** Everything the form needs, read on the server: choices, current values and the time zone. */
export async function opportunityFormProps(
  user: SessionUser,
  locale: string,
  labels: { inactiveProgram: (name: string) => string },
  existing?: StaffOpportunityDetail,
): Promise<OpportunityFormProps> {
  const [options, timeZone, defaultLanguage] = await Promise.all([
    getOpportunityFormOptions(user, { programId: existing?.programId, agreementId: existing?.agreementId }),
    getInstitutionTimeZone(),
    getDefaultContentLanguage(),
  ]);
  return {
    existing: existing ? { id: existing.id, version: existing.version } : undefined,
    defaults: defaultsOf(user, existing, options.units, timeZone),
    programs: options.programs.map((program) => ({
      value: program.id,
      label: program.isActive ? program.name : labels.inactiveProgram(program.name),
    })),
    partners: options.partners.map((partner) => ({ value: partner.id, label: `${partner.name} (${countryName(partner.countryCode, locale)})` })),
    agreements: options.agreements.map((agreement) => ({
      value: agreement.id,
      label: `${agreement.referenceNumber} — ${agreement.title}`,
      partnerIds: agreement.partnerIds,
    })),
    units: options.units.map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` })),
    officeWide: can(user, "opportunity:update"),
    subjects: subjectPickOptions(locale),
    timeZone,
    defaultLanguage,
  };
}
