import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { countryName, subjectPickOptions } from "@/lib/opportunities/display";
import { getOpportunityFormOptions, type StaffOpportunityDetail } from "@/lib/opportunities/queries";
import { can } from "@/lib/permissions";
import type { OpportunityFormProps } from "./opportunity-form";
import type { OpportunityFormFields } from "./form-types";

/** A date as a datetime-local field shows it, in the server's (the institution's) time zone. */
function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function criteriaOf(value: unknown): { key?: string; label: string; weight: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) return [];
    const { key, label, weight } = entry as Record<string, unknown>;
    return typeof label === "string" ? [{ key: typeof key === "string" ? key : "", label, weight: String(weight ?? "") }] : [];
  });
}

function defaultsOf(user: SessionUser, existing: StaffOpportunityDetail | undefined, units: { id: string }[]): OpportunityFormFields {
  if (existing) {
    return {
      title: existing.title,
      description: existing.description,
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
      opensAt: toLocalInput(existing.opensAt),
      closesAt: toLocalInput(existing.closesAt),
    };
  }
  const now = new Date();
  const academicYear = now.getMonth() >= 6 ? now.getFullYear() + 1 : now.getFullYear();
  return {
    title: "",
    description: "",
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
  const options = await getOpportunityFormOptions(user, { programId: existing?.programId, agreementId: existing?.agreementId });
  return {
    existing: existing ? { id: existing.id, version: existing.version } : undefined,
    defaults: defaultsOf(user, existing, options.units),
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
    subjects: subjectPickOptions(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
