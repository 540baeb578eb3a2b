import type { AgreementDetail } from "@/lib/agreements/queries";
import type { AgreementFormValues } from "@/lib/agreements/schemas";

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** A stored agreement as the form's values: the text each control holds (choices as their codes). */
export function formValuesOf(agreement: AgreementDetail): AgreementFormValues {
  const s = agreement.snapshot;
  return {
    referenceNumber: s.referenceNumber,
    title: s.title,
    kind: agreement.kind,
    partnerIds: s.partnerIds,
    unitId: s.unitId,
    responsibleId: text(s.responsibleId),
    scope: s.scope,
    signedOn: text(s.signedOn),
    startsOn: text(s.startsOn),
    endsOn: text(s.endsOn),
    renewalType: agreement.renewalType,
    noticePeriodDays: text(s.noticePeriodDays),
    internalNotes: s.internalNotes,
    conditions: agreement.conditions.map((c) => ({
      direction: c.direction,
      mobilityType: c.mobilityType,
      level: text(c.level),
      iscedCode: text(c.iscedCode),
      placesPerYear: text(c.placesPerYear),
      monthsPerPlace: text(c.monthsPerPlace?.toString()),
      daysPerPlace: text(c.daysPerPlace),
      language: text(c.language),
      languageLevel: text(c.languageLevel),
      fromAcademicYear: text(c.fromAcademicYear),
      toAcademicYear: text(c.toAcademicYear),
    })),
  };
}

export const EMPTY_AGREEMENT: AgreementFormValues = {
  referenceNumber: "",
  title: "",
  kind: "",
  partnerIds: [],
  unitId: "",
  responsibleId: "",
  scope: [],
  signedOn: "",
  startsOn: "",
  endsOn: "",
  renewalType: "NONE",
  noticePeriodDays: "",
  internalNotes: "",
  conditions: [],
};
