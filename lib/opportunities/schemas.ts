import { z } from "zod";
import { isIscedCode } from "@/lib/reference/isced";
import { CEFR_CODES } from "@/lib/reference/levels";

/**
 * The opportunity form's schemas, shared by the client form (zodResolver) and the server actions.
 * Messages are translation keys. No server imports: the browser loads this file.
 */

export const AUDIENCES = ["BACHELOR", "MASTER", "DOCTORAL", "STAFF"] as const;
export const DIRECTIONS = ["OUTGOING", "INCOMING"] as const;
export const OPPORTUNITY_STATUSES = ["DRAFT", "PUBLISHED", "CLOSED"] as const;
export const MAX_CRITERIA = 12;
export const MAX_REQUIRED_DOCUMENTS = 30;

const V = "opportunities.validation";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

const text = (max: number) => z.string(`${V}.required`).trim().max(max, `${V}.tooLong`);

const requiredText = (max: number) => text(max).min(1, `${V}.required`);

const optionalId = optional(z.uuid(`${V}.invalidChoice`));

/**
 * "2026-09-01T09:00" as typed in a datetime-local field (the institution's time zone, which is the
 * server's), or a full ISO timestamp from an API caller.
 */
export const dateTimeField = z
  .string(`${V}.invalidDate`)
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/, `${V}.invalidDate`)
  .transform((value) => new Date(value))
  .refine((date) => !Number.isNaN(date.getTime()), `${V}.invalidDate`);

export const criterionSchema = z.strictObject({
  /** Stable key the reviewers' scores are stored under; derived from the label when new. */
  key: optional(z.string().regex(/^[a-z0-9-]{1,40}$/, `${V}.invalidChoice`)),
  label: requiredText(120),
  weight: z.coerce.number(`${V}.number`).int(`${V}.wholeNumber`).min(1, `${V}.weightRange`).max(100, `${V}.weightRange`),
});

export const requiredDocumentSchema = z.strictObject({
  /** Present for a document that already exists, so uploads made against it stay linked. */
  id: optionalId,
  name: requiredText(200),
  description: text(1000).default(""),
  isMandatory: z.boolean().default(true),
});

const fields = {
  title: requiredText(200).refine((value) => value.length >= 3, `${V}.tooShort`),
  description: text(10_000).default(""),
  programId: z.uuid(`${V}.programRequired`),
  partnerId: optionalId,
  agreementId: optionalId,
  unitId: optionalId,
  direction: z.enum(DIRECTIONS, `${V}.invalidChoice`),
  audience: z.array(z.enum(AUDIENCES, `${V}.invalidChoice`)).min(1, `${V}.audienceRequired`).max(AUDIENCES.length),
  subjectAreas: z
    .array(z.string().refine(isIscedCode, `${V}.invalidSubject`))
    .max(20, `${V}.tooMany`)
    .default([])
    .transform((codes) => [...new Set(codes)]),
  places: z.coerce.number(`${V}.number`).int(`${V}.wholeNumber`).min(1, `${V}.placesRange`).max(1000, `${V}.placesRange`),
  funding: text(2000).default(""),
  academicYear: z.coerce.number(`${V}.number`).int(`${V}.wholeNumber`).min(2000, `${V}.yearRange`).max(2100, `${V}.yearRange`),
  academicPeriod: requiredText(100),
  durationMonths: optional(
    z.coerce.number(`${V}.number`).min(0.5, `${V}.durationRange`).max(60, `${V}.durationRange`).multipleOf(0.5, `${V}.durationStep`),
  ),
  language: optional(text(35)),
  languageLevel: optional(z.enum(CEFR_CODES, `${V}.invalidChoice`)),
  otherRequirements: text(5000).default(""),
  selectionCriteria: z.array(criterionSchema).max(MAX_CRITERIA, `${V}.tooMany`).default([]),
  requiredDocuments: z.array(requiredDocumentSchema).max(MAX_REQUIRED_DOCUMENTS, `${V}.tooMany`).default([]),
  opensAt: dateTimeField,
  closesAt: dateTimeField,
};

type Fields = z.output<z.ZodObject<typeof fields>>;

/** Rules across fields: a window that ends after it starts, criteria weights summing to 100. */
function crossFieldRules(value: Fields, ctx: z.RefinementCtx) {
  if (value.closesAt.getTime() <= value.opensAt.getTime()) {
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

export const updateOpportunitySchema = z
  .strictObject({ ...fields, id: z.uuid(`${V}.invalidChoice`), version: z.coerce.number().int().min(1) })
  .superRefine(crossFieldRules);

/** Publish, close, duplicate and delete name the record and the version the user saw. */
export const opportunityRefSchema = z.strictObject({
  id: z.uuid(`${V}.invalidChoice`),
  version: z.coerce.number().int().min(1),
});

export const opportunityIdSchema = z.strictObject({ id: z.uuid(`${V}.invalidChoice`) });

export type OpportunityFormInput = z.input<typeof opportunityFormSchema>;
export type OpportunityFormValues = z.output<typeof opportunityFormSchema>;
export type UpdateOpportunityValues = z.output<typeof updateOpportunitySchema>;
export type OpportunityRef = z.output<typeof opportunityRefSchema>;

/** The staff list's filters, read from the URL. */
export const staffOpportunityFilterSchema = z.object({
  q: optional(z.string().trim().max(100)).catch(undefined),
  status: optional(z.enum(OPPORTUNITY_STATUSES)).catch(undefined),
  program: optional(z.uuid()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type StaffOpportunityFilter = z.output<typeof staffOpportunityFilterSchema>;
