import { z } from "zod";
import {
  blankToNull,
  blankToUndefined,
  checkbox,
  checkboxList,
  choice,
  dateTime,
  longText,
  MESSAGES,
  optionalChoice,
  optionalRef,
  optionalText,
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
import { CEFR_CODES } from "@/lib/reference/levels";
import { translationsSchema } from "@/lib/translations/schema";

/**
 * The opportunity form's schemas, shared by the client form (zodResolver) and the server actions.
 * Built from the shared pieces in lib/forms/fields.ts; only the call's own rules live here.
 * No server imports: the browser loads this file.
 */

export const AUDIENCES = ["BACHELOR", "MASTER", "DOCTORAL", "STAFF"] as const;
export const DIRECTIONS = ["OUTGOING", "INCOMING"] as const;
export const OPPORTUNITY_STATUSES = ["DRAFT", "PUBLISHED", "CLOSED"] as const;
export const MAX_CRITERIA = 12;
export const MAX_REQUIRED_DOCUMENTS = 30;
const MAX_SUBJECTS = 20;

const V = "opportunities.validation";

/** A duration in whole or half months, 0.5 to 60; blank means "not stated". */
const durationMonths = z.preprocess(
  blankToNull,
  z.coerce
    .number(MESSAGES.number)
    .min(0.5, withValues("common.form.errors.tooSmall", { min: 0.5 }))
    .max(60, withValues("common.form.errors.tooLarge", { max: 60 }))
    .multipleOf(0.5, `${V}.durationStep`)
    .nullable(),
);

export const criterionSchema = z.strictObject({
  /** Stable key the reviewers' scores are stored under; derived from the label when new. */
  key: z.preprocess(blankToUndefined, z.string(MESSAGES.invalid).regex(/^[a-z0-9-]{1,40}$/, MESSAGES.invalid).optional()),
  label: requiredText(120),
  weight: wholeNumber(1, 100),
});

export const requiredDocumentSchema = z.strictObject({
  /** Present for a document that already exists, so uploads made against it stay linked. */
  id: optionalRef(),
  name: requiredText(200),
  description: longText(1000),
  isMandatory: checkbox.default(true),
});

/** The texts students read, written in each language (decision 010), with their longest lengths. */
const OPPORTUNITY_TEXT_MAX = { title: 200, description: 10_000, academicPeriod: 100, funding: 2000, otherRequirements: 5000 } as const;

/** The translatable fields of a call; codes, numbers and dates are the same in every language. */
export const OPPORTUNITY_TEXT_FIELDS = Object.keys(OPPORTUNITY_TEXT_MAX) as (keyof typeof OPPORTUNITY_TEXT_MAX)[];

export type OpportunityTextField = (typeof OPPORTUNITY_TEXT_FIELDS)[number];

const fields = {
  title: requiredText(OPPORTUNITY_TEXT_MAX.title, 3),
  description: longText(OPPORTUNITY_TEXT_MAX.description),
  translations: translationsSchema(OPPORTUNITY_TEXT_MAX),
  programId: requiredRef(`${V}.programRequired`),
  partnerId: optionalRef(),
  agreementId: optionalRef(),
  unitId: optionalRef(),
  direction: choice(DIRECTIONS),
  audience: checkboxList(choice(AUDIENCES)).refine((levels) => levels.length > 0, `${V}.audienceRequired`),
  subjectAreas: z
    .array(z.string(MESSAGES.invalid).refine(isIscedCode, `${V}.invalidSubject`))
    .max(MAX_SUBJECTS, `${V}.tooMany`)
    .default([])
    .transform((codes) => [...new Set(codes)]),
  places: wholeNumber(1, 1000),
  funding: longText(OPPORTUNITY_TEXT_MAX.funding),
  academicYear: wholeNumber(2000, 2100),
  academicPeriod: requiredText(OPPORTUNITY_TEXT_MAX.academicPeriod),
  durationMonths,
  language: optionalText(35),
  languageLevel: optionalChoice(CEFR_CODES),
  otherRequirements: longText(OPPORTUNITY_TEXT_MAX.otherRequirements),
  selectionCriteria: z.array(criterionSchema).max(MAX_CRITERIA, `${V}.tooMany`).default([]),
  requiredDocuments: z.array(requiredDocumentSchema).max(MAX_REQUIRED_DOCUMENTS, `${V}.tooMany`).default([]),
  opensAt: dateTime,
  closesAt: dateTime,
};

type Fields = z.output<z.ZodObject<typeof fields>>;

/** Rules across fields: a window that ends after it starts, criteria weights summing to 100. */
function crossFieldRules(value: Fields, ctx: z.RefinementCtx) {
  if (Date.parse(value.closesAt) <= Date.parse(value.opensAt)) {
    ctx.addIssue({ code: "custom", path: ["closesAt"], message: `${V}.closesBeforeOpens` });
  }
  if (value.selectionCriteria.length > 0) {
    const total = value.selectionCriteria.reduce((sum, criterion) => sum + criterion.weight, 0);
    if (total !== 100) ctx.addIssue({ code: "custom", path: ["selectionCriteria"], message: `${V}.weightsSum` });
  }
  const labels = value.selectionCriteria.map((criterion) => criterion.label.toLowerCase());
  labels.forEach((label, index) => {
    if (labels.indexOf(label) !== index) {
      ctx.addIssue({ code: "custom", path: ["selectionCriteria", index, "label"], message: `${V}.duplicate` });
    }
  });
  if (value.agreementId && !value.partnerId) {
    ctx.addIssue({ code: "custom", path: ["agreementId"], message: `${V}.agreementNeedsPartner` });
  }
}

export const opportunityFormSchema = z.strictObject(fields).superRefine(crossFieldRules);

export const createOpportunitySchema = opportunityFormSchema;

export const updateOpportunitySchema = z.strictObject({ ...fields, id: recordId, version: versionField }).superRefine(crossFieldRules);

/** Publish, close and delete name the record and the version the user saw. */
export const opportunityRefSchema = z.strictObject({ id: recordId, version: versionField });

export const opportunityIdSchema = z.strictObject({ id: recordId });

export type OpportunityFormInput = z.input<typeof opportunityFormSchema>;
export type OpportunityFormValues = z.output<typeof opportunityFormSchema>;
export type UpdateOpportunityValues = z.output<typeof updateOpportunitySchema>;
export type OpportunityRef = z.output<typeof opportunityRefSchema>;

/** The staff list's filters, read from the URL. */
export const staffOpportunityFilterSchema = z.object({
  q: searchQuery,
  status: searchParam(choice(OPPORTUNITY_STATUSES)),
  program: searchParam(z.uuid()),
  page: pageParam(10_000),
});

export type StaffOpportunityFilter = z.output<typeof staffOpportunityFilterSchema>;
