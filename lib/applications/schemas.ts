import { z } from "zod";
import {
  blankToUndefined,
  checkbox,
  checkboxList,
  choice,
  longText,
  MESSAGES,
  optionalChoice,
  optionalDecimal,
  optionalWholeNumber,
  pageParam,
  recordId,
  searchParam,
  searchParamOr,
} from "@/lib/forms/fields";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { CEFR_LEVELS_LIST } from "./cefr";
import { APPLICATION_STATUSES } from "./lifecycle";

/** Zod schemas shared by the application forms and the server actions that re-check them. */

export const MOTIVATION_MIN = 50;
export const MOTIVATION_MAX = 5000;
export const OVERRIDE_REASON_MIN = 10;
export const BULK_MAX = 500;

/**
 * What the student types, as the autosave sends it: everything optional and lenient, so a
 * half-typed draft is always kept. The strict rules (motivation length, level, GPA, documents) are
 * checked on submission, by the server, which answers field by field.
 */
const answerFields = {
  motivation: longText(MOTIVATION_MAX),
  languageLevel: optionalChoice(CEFR_LEVELS_LIST),
  /** On the university's 0–100 scale, up to two decimals. */
  gpa: optionalDecimal(0, 100, 2),
};

/** The student's application form (the opportunity is fixed by the page). */
export const applicationAnswersSchema = z.strictObject(answerFields);

export const draftSchema = z.strictObject({ opportunityId: recordId, ...answerFields });

export type ApplicationAnswersInput = z.input<typeof applicationAnswersSchema>;
export type DraftInput = z.input<typeof draftSchema>;
export type Draft = z.output<typeof draftSchema>;

export const applicationIdSchema = z.strictObject({ applicationId: recordId });

export const opportunityIdSchema = z.strictObject({ opportunityId: recordId });

/** One criterion's score as typed; blank is "not scored yet". Bounds (0..weight) are checked against the call. */
const criterionScore = z.preprocess(blankToUndefined, z.coerce.number(MESSAGES.required).min(0, "applications.errors.scoreOutOfRange"));

/** Scoring one application: a score per criterion key, and a comment. */
export const scoreSchema = z.strictObject({
  applicationId: recordId,
  scores: z.record(z.string().min(1).max(60), criterionScore),
  comment: longText(4000),
});

export const rankSchema = z.strictObject({
  applicationId: recordId,
  /** Blank clears the rank. */
  rank: optionalWholeNumber(1, 100_000),
});

/** The statuses staff move applications to (the rest are the student's moves). */
export const STAFF_TARGETS = ["UNDER_REVIEW", "SHORTLISTED", "NOMINATED", "ACCEPTED", "REJECTED"] as const satisfies readonly ApplicationStatus[];
export type StaffTarget = (typeof STAFF_TARGETS)[number];

const overrideFields = {
  toStatus: choice(STAFF_TARGETS),
  note: longText(2000),
  /** Ticked to exceed the call's places; needs a reason (checked by the service). */
  placesOverride: checkbox,
  overrideReason: longText(2000),
};

export const transitionSchema = z.strictObject({ applicationId: recordId, ...overrideFields });

export const bulkTransitionSchema = z.strictObject({
  opportunityId: recordId,
  applicationIds: checkboxList(z.uuid(MESSAGES.invalid))
    .refine((ids) => ids.length > 0, "applications.errors.noneSelected")
    .refine((ids) => ids.length <= BULK_MAX, MESSAGES.invalid),
  ...overrideFields,
});

export type TransitionInput = z.output<typeof transitionSchema>;
export type BulkTransitionInput = z.output<typeof bulkTransitionSchema>;

export const QUEUE_SORTS = ["score", "rank", "submittedAt", "gpa", "name"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const QUEUE_PAGE_SIZE = 25;

/** The review queue's filters, read from the URL. */
export const queueFilterSchema = z.object({
  status: searchParam(z.enum(APPLICATION_STATUSES).exclude(["DRAFT"])),
  sort: searchParamOr(choice(QUEUE_SORTS), "score"),
  dir: searchParam(choice(["asc", "desc"])),
  page: pageParam(10_000),
});

export type QueueFilter = z.output<typeof queueFilterSchema>;

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
