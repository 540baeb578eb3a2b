import { z } from "zod";
import {
  AgreementKind,
  AgreementScope,
  AgreementStatus,
  CefrLevel,
  MobilityDirection,
  MobilityType,
  RenewalType,
  StudyLevel,
} from "@/lib/generated/prisma/enums";
import {
  blankToNull,
  blankToUndefined,
  checkboxList,
  choice,
  longText,
  MESSAGES,
  optionalChoice,
  optionalDay,
  optionalDecimal,
  optionalRef,
  optionalText,
  optionalWholeNumber,
  pageParam,
  recordId,
  requiredRef,
  requiredText,
  searchParam,
  searchQuery,
  versionField,
  wholeNumber,
  withValues,
} from "@/lib/forms/fields";
import { isIscedCode } from "@/lib/reference/isced";

/**
 * The agreement form's rules, shared by the form (zodResolver) and the server actions (which parse
 * the same raw values again), built from the shared field pieces. What stays here is the
 * agreement's own: the reference-number format, the partners list, the notice rule and the order
 * of a condition's academic years. Messages are translation keys.
 */

const uniqueItems = <T>(items: readonly T[]) => new Set(items).size === items.length;

export const conditionSchema = z
  .strictObject({
    direction: choice(MobilityDirection),
    mobilityType: choice(MobilityType),
    level: optionalChoice(StudyLevel),
    iscedCode: z.preprocess(blankToNull, z.string().trim().refine((code): boolean => isIscedCode(code), "agreements.validation.iscedCode").nullable()),
    placesPerYear: wholeNumber(1, 999),
    monthsPerPlace: optionalDecimal(0.5, 36, 1),
    daysPerPlace: optionalWholeNumber(1, 365),
    language: optionalText(35),
    languageLevel: optionalChoice(CefrLevel),
    fromAcademicYear: optionalWholeNumber(1990, 2100),
    toAcademicYear: optionalWholeNumber(1990, 2100),
  })
  .superRefine((value, ctx) => {
    if (value.fromAcademicYear !== null && value.toAcademicYear !== null && value.toAcademicYear < value.fromAcademicYear) {
      ctx.addIssue({ code: "custom", path: ["toAcademicYear"], message: "agreements.validation.yearOrder" });
    }
  });

const REFERENCE_FORMAT = /^(?:[\p{L}\p{N}][\p{L}\p{N}\-/._ ]*)?$/u;

/** A reference number as typed over a stored one: kept, or changed by the office. */
const referenceNumber = requiredText(60)
  // Empty is reported once, as "required", by requiredText.
  .regex(REFERENCE_FORMAT, "agreements.validation.referenceFormat");

/** On a new agreement, blank asks for the next number of the institution's pattern (lib/agreements/reference-number.ts). */
const newReferenceNumber = z
  .preprocess(
    blankToNull,
    z
      .string(MESSAGES.invalid)
      .trim()
      .max(60, withValues("common.form.errors.tooLong", { max: 60 }))
      .regex(REFERENCE_FORMAT, "agreements.validation.referenceFormat")
      .nullable(),
  )
  .default(null);

const agreementShape = {
  referenceNumber: newReferenceNumber,
  title: requiredText(300),
  // The select starts on an empty "Choose a kind" option, so blank means "not chosen yet".
  kind: z.preprocess(blankToUndefined, choice(AgreementKind)),
  partnerIds: z
    .array(z.uuid("agreements.validation.partner"), MESSAGES.required)
    .min(1, "agreements.validation.partnersRequired")
    .max(30, "agreements.validation.tooManyPartners")
    .refine(uniqueItems, "agreements.validation.partnerTwice"),
  unitId: requiredRef("agreements.validation.unitRequired"),
  responsibleId: optionalRef(),
  scope: checkboxList(choice(AgreementScope)),
  signedOn: optionalDay,
  startsOn: optionalDay,
  endsOn: optionalDay,
  renewalType: choice(RenewalType),
  noticePeriodDays: optionalWholeNumber(1, 3650),
  internalNotes: longText(5000),
  conditions: z.array(conditionSchema).max(40, "agreements.validation.tooManyConditions").default([]),
};

interface AgreementRuleInput {
  startsOn: string | null;
  endsOn: string | null;
  renewalType: RenewalType;
  noticePeriodDays: number | null;
}

function refineAgreement(value: AgreementRuleInput, ctx: z.RefinementCtx): void {
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: MESSAGES.dateOrder });
  }
  if (value.renewalType === "BY_NOTICE" && value.noticePeriodDays === null) {
    ctx.addIssue({ code: "custom", path: ["noticePeriodDays"], message: "agreements.validation.noticeRequired" });
  }
}

export const createAgreementSchema = z.strictObject(agreementShape).superRefine(refineAgreement);

export const updateAgreementSchema = z
  .strictObject({ ...agreementShape, referenceNumber, id: recordId, version: versionField })
  .superRefine(refineAgreement);

export const transitionAgreementSchema = z.strictObject({
  id: recordId,
  version: versionField,
  to: choice(AgreementStatus),
  /** Only for TERMINATED; defaults to today. */
  terminatedOn: optionalDay.optional(),
});

export const renewAgreementSchema = z.strictObject({ id: recordId });

export type AgreementInput = z.output<typeof createAgreementSchema>;
export type UpdateAgreementInput = z.output<typeof updateAgreementSchema>;
export type TransitionAgreementInput = z.output<typeof transitionAgreementSchema>;
export type ConditionInput = z.output<typeof conditionSchema>;

/** What the form's controls hold (text, mostly; the schema turns it into the values above). */
export type AgreementFormValues = z.input<typeof createAgreementSchema>;
export type ConditionFormValues = z.input<typeof conditionSchema>;

export const EMPTY_CONDITION: ConditionFormValues = {
  direction: "OUTGOING",
  mobilityType: "STUDENT_STUDY",
  level: "",
  iscedCode: "",
  placesPerYear: "1",
  monthsPerPlace: "",
  daysPerPlace: "",
  language: "",
  languageLevel: "",
  fromAcademicYear: "",
  toAcademicYear: "",
};

// ─── The staff list's URL parameters ───

export const LIST_SORTS = ["reference", "title", "status", "kind", "startsOn", "endsOn"] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export const LIST_PAGE_SIZE = 25;

/** The list's filters, read from the URL; anything tampered with is ignored rather than refused. */
export const agreementListFilterSchema = z.object({
  q: searchQuery,
  status: searchParam(choice(AgreementStatus)),
  kind: searchParam(choice(AgreementKind)),
  unitId: searchParam(z.uuid()),
  country: searchParam(z.string().trim().regex(/^[A-Za-z]{2}$/).transform((value) => value.toUpperCase())),
  expiring: searchParam(z.coerce.number().int().min(1).max(3650)),
  sort: searchParam(z.enum(LIST_SORTS)),
  dir: searchParam(z.enum(["asc", "desc"])),
  page: pageParam(),
});

export type AgreementListFilter = z.output<typeof agreementListFilterSchema>;
