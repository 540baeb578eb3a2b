import { z } from "zod";
import { CEFR_LEVELS_LIST } from "./cefr";
import { APPLICATION_STATUSES } from "./lifecycle";

/** Zod schemas shared by the application forms and the server actions that re-check them. */

export const MOTIVATION_MIN = 50;
export const MOTIVATION_MAX = 5000;
export const OVERRIDE_REASON_MIN = 10;
export const BULK_MAX = 500;

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const gpaSchema = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "applications.errors.gpaInvalid" })
    .min(0, "applications.errors.gpaInvalid")
    .max(100, "applications.errors.gpaInvalid")
    .refine((value) => Math.round(value * 100) === value * 100, "applications.errors.gpaInvalid")
    .optional(),
);

const languageLevelSchema = z.preprocess(blankToUndefined, z.enum(CEFR_LEVELS_LIST, { error: "common.form.errors.invalidOption" }).optional());

/**
 * What the autosave sends: everything optional and lenient, so a half-typed draft is always kept.
 * The strict rules (motivation length, level, GPA, documents) are checked on submission.
 */
export const draftSchema = z.strictObject({
  opportunityId: z.uuid(),
  motivation: z.string().max(MOTIVATION_MAX, "applications.errors.motivationTooLong").default(""),
  languageLevel: languageLevelSchema,
  gpa: gpaSchema,
});

export type DraftInput = z.input<typeof draftSchema>;
export type Draft = z.output<typeof draftSchema>;

export const applicationIdSchema = z.strictObject({ applicationId: z.uuid() });

export const opportunityIdSchema = z.strictObject({ opportunityId: z.uuid() });

/** Scoring one application: a score per criterion key; bounds (0..weight) are checked against the opportunity. */
export const scoreSchema = z.strictObject({
  applicationId: z.uuid(),
  scores: z.record(z.string().min(1).max(60), z.coerce.number({ error: "applications.errors.scoreInvalid" }).min(0, "applications.errors.scoreInvalid")),
  comment: z.string().trim().max(4000, "common.form.errors.invalid").default(""),
});

export const rankSchema = z.strictObject({
  applicationId: z.uuid(),
  rank: z.preprocess(blankToUndefined, z.coerce.number({ error: "common.form.errors.invalidNumber" }).int("common.form.errors.invalidNumber").min(1, "common.form.errors.invalidNumber").max(100_000).optional()),
});

const staffTargetSchema = z.enum(
  APPLICATION_STATUSES.filter((status) => status !== "DRAFT" && status !== "SUBMITTED" && status !== "WITHDRAWN"),
  { error: "common.form.errors.invalidOption" },
);

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

const overrideFields = {
  note: z.string().trim().max(2000, "common.form.errors.invalid").default(""),
  placesOverride: checkbox.default(false),
  overrideReason: z.string().trim().max(2000, "common.form.errors.invalid").default(""),
};

export const transitionSchema = z.strictObject({
  applicationId: z.uuid(),
  toStatus: staffTargetSchema,
  ...overrideFields,
});

export const bulkTransitionSchema = z.strictObject({
  opportunityId: z.uuid(),
  applicationIds: z.preprocess(
    (value) => (Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value]),
    z.array(z.uuid()).min(1, "applications.errors.noneSelected").max(BULK_MAX),
  ),
  toStatus: staffTargetSchema,
  ...overrideFields,
});

export type TransitionInput = z.output<typeof transitionSchema>;
export type BulkTransitionInput = z.output<typeof bulkTransitionSchema>;

export const QUEUE_SORTS = ["score", "rank", "submittedAt", "gpa", "name"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const QUEUE_PAGE_SIZE = 25;

export const queueFilterSchema = z.object({
  status: z.enum(APPLICATION_STATUSES).exclude(["DRAFT"]).optional().catch(undefined),
  sort: z.enum(QUEUE_SORTS).catch("score"),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type QueueFilter = z.infer<typeof queueFilterSchema>;

/** One scoring criterion of an opportunity (its `selectionCriteria` JSON). */
export const criterionSchema = z.object({
  key: z.string().min(1).max(60),
  label: z.string().min(1).max(200),
  weight: z.number().positive().max(1000),
});

export type Criterion = z.infer<typeof criterionSchema>;

/** The opportunity's criteria; malformed entries are dropped rather than breaking the review page. */
export function parseCriteria(value: unknown): Criterion[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = criterionSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
