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
import { isIscedCode } from "@/lib/reference/isced";
import { isIsoDay } from "./dates";

/**
 * The agreement form's rules, shared by the form (zodResolver) and the server actions (which parse
 * the same raw values again). Form controls hold strings; blanks mean "not set" and numbers are
 * coerced here. Messages are translation keys.
 */

const M = {
  required: "common.form.errors.required",
  option: "common.form.errors.invalidOption",
  date: "common.form.errors.invalidDate",
  dateOrder: "common.form.errors.dateOrder",
  number: "common.form.errors.invalidNumber",
  tooLong: "agreements.validation.tooLong",
  wholeNumber: "agreements.validation.wholeNumber",
  tooSmall: "agreements.validation.tooSmall",
  tooLarge: "agreements.validation.tooLarge",
} as const;

const isBlank = (value: unknown) => value === null || value === undefined || (typeof value === "string" && value.trim() === "");
const blankToNull = (value: unknown) => (isBlank(value) ? null : value);
const blankToUndefined = (value: unknown) => (isBlank(value) ? undefined : value);

const optionalText = (max: number) =>
  z.preprocess((value) => (isBlank(value) ? null : value), z.string().trim().max(max, M.tooLong).nullable());

const optionalDay = z.preprocess(blankToNull, z.string(M.date).trim().refine(isIsoDay, M.date).nullable());

const optionalInt = (min: number, max: number) =>
  z.preprocess(blankToNull, z.coerce.number(M.number).int(M.wholeNumber).min(min, M.tooSmall).max(max, M.tooLarge).nullable());

const optionalEnum = <E extends Record<string, string>>(values: E) => z.preprocess(blankToNull, z.enum(values, M.option).nullable());

/** A checkbox group arrives as an array, a single string, or false/undefined when nothing is ticked. */
const checkboxList = (value: unknown) => (Array.isArray(value) ? value : typeof value === "string" && value !== "" ? [value] : []);

const uniqueItems = <T>(items: readonly T[]) => new Set(items).size === items.length;

export const conditionSchema = z
  .strictObject({
    direction: z.enum(MobilityDirection, M.option),
    mobilityType: z.enum(MobilityType, M.option),
    level: optionalEnum(StudyLevel),
    iscedCode: z.preprocess(blankToNull, z.string().trim().refine((code): boolean => isIscedCode(code), "agreements.validation.iscedCode").nullable()),
    placesPerYear: z.preprocess(blankToUndefined, z.coerce.number(M.required).int(M.wholeNumber).min(1, M.tooSmall).max(999, M.tooLarge)),
    monthsPerPlace: z.preprocess(
      blankToNull,
      z.coerce
        .number(M.number)
        .min(0.5, M.tooSmall)
        .max(36, M.tooLarge)
        .refine((value) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9, "agreements.validation.oneDecimal")
        .nullable(),
    ),
    daysPerPlace: optionalInt(1, 365),
    language: optionalText(35),
    languageLevel: optionalEnum(CefrLevel),
    fromAcademicYear: optionalInt(1990, 2100),
    toAcademicYear: optionalInt(1990, 2100),
  })
  .superRefine((value, ctx) => {
    if (value.fromAcademicYear !== null && value.toAcademicYear !== null && value.toAcademicYear < value.fromAcademicYear) {
      ctx.addIssue({ code: "custom", path: ["toAcademicYear"], message: "agreements.validation.yearOrder" });
    }
  });

const agreementShape = {
  referenceNumber: z
    .string(M.required)
    .trim()
    .min(1, M.required)
    .max(60, M.tooLong)
    // Empty is reported once, as "required", above.
    .regex(/^(?:[\p{L}\p{N}][\p{L}\p{N}\-/._ ]*)?$/u, "agreements.validation.referenceFormat"),
  title: z.string(M.required).trim().min(1, M.required).max(300, M.tooLong),
  kind: z.enum(AgreementKind, M.option),
  partnerIds: z
    .array(z.uuid("agreements.validation.partner"), M.required)
    .min(1, "agreements.validation.partnersRequired")
    .max(30, "agreements.validation.tooManyPartners")
    .refine(uniqueItems, "agreements.validation.partnerTwice"),
  unitId: z.uuid("agreements.validation.unitRequired"),
  responsibleId: z.preprocess(blankToNull, z.uuid(M.option).nullable()),
  scope: z.preprocess(checkboxList, z.array(z.enum(AgreementScope, M.option)).refine(uniqueItems, M.option)),
  signedOn: optionalDay,
  startsOn: optionalDay,
  endsOn: optionalDay,
  renewalType: z.enum(RenewalType, M.option),
  noticePeriodDays: optionalInt(1, 3650),
  internalNotes: z.preprocess((value) => value ?? "", z.string().trim().max(5000, M.tooLong)),
  conditions: z.preprocess((value) => value ?? [], z.array(conditionSchema).max(40, "agreements.validation.tooManyConditions")),
};

interface AgreementRuleInput {
  startsOn: string | null;
  endsOn: string | null;
  renewalType: RenewalType;
  noticePeriodDays: number | null;
}

function refineAgreement(value: AgreementRuleInput, ctx: z.RefinementCtx): void {
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: M.dateOrder });
  }
  if (value.renewalType === "BY_NOTICE" && value.noticePeriodDays === null) {
    ctx.addIssue({ code: "custom", path: ["noticePeriodDays"], message: "agreements.validation.noticeRequired" });
  }
}

const idField = z.uuid("errors.generic.notFound");
const versionField = z.coerce.number(M.number).int().min(1);

export const createAgreementSchema = z.strictObject(agreementShape).superRefine(refineAgreement);

export const updateAgreementSchema = z
  .strictObject({ ...agreementShape, id: idField, version: versionField })
  .superRefine(refineAgreement);

export const transitionAgreementSchema = z.strictObject({
  id: idField,
  version: versionField,
  to: z.enum(AgreementStatus, M.option),
  /** Only for TERMINATED; defaults to today. */
  terminatedOn: optionalDay.optional(),
});

export const renewAgreementSchema = z.strictObject({ id: idField });

export type AgreementInput = z.output<typeof createAgreementSchema>;
export type UpdateAgreementInput = z.output<typeof updateAgreementSchema>;
export type TransitionAgreementInput = z.output<typeof transitionAgreementSchema>;
export type ConditionInput = z.output<typeof conditionSchema>;

/** What the form's controls hold (all strings; the schema turns them into the values above). */
export interface ConditionFormValues {
  direction: string;
  mobilityType: string;
  level: string;
  iscedCode: string;
  placesPerYear: string;
  monthsPerPlace: string;
  daysPerPlace: string;
  language: string;
  languageLevel: string;
  fromAcademicYear: string;
  toAcademicYear: string;
}

export interface AgreementFormValues {
  referenceNumber: string;
  title: string;
  kind: string;
  partnerIds: string[];
  unitId: string;
  responsibleId: string;
  scope: string[];
  signedOn: string;
  startsOn: string;
  endsOn: string;
  renewalType: string;
  noticePeriodDays: string;
  internalNotes: string;
  conditions: ConditionFormValues[];
}

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

const optionalParam = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.preprocess(blankToUndefined, schema.optional()).catch(undefined));

/** The list's filters, read from the URL; anything tampered with is ignored rather than refused. */
export const agreementListFilterSchema = z.object({
  q: optionalParam(z.string().trim().max(200)),
  status: optionalParam(z.enum(AgreementStatus)),
  kind: optionalParam(z.enum(AgreementKind)),
  unitId: optionalParam(z.uuid()),
  country: optionalParam(z.string().trim().regex(/^[A-Za-z]{2}$/).transform((value) => value.toUpperCase())),
  expiring: optionalParam(z.coerce.number().int().min(1).max(3650)),
  sort: optionalParam(z.enum(LIST_SORTS)),
  dir: optionalParam(z.enum(["asc", "desc"])),
  page: optionalParam(z.coerce.number().int().min(1).max(100_000)),
});

export type AgreementListFilter = z.output<typeof agreementListFilterSchema>;
