import { z } from "zod";
import {
  checkbox,
  checkboxList,
  choice,
  dateTime,
  day,
  longText,
  MESSAGES,
  optionalChoice,
  optionalDecimal,
  optionalText,
  optionalUrl,
  pageParam,
  recordId,
  requiredText,
  searchParam,
  searchQuery,
  versionField,
} from "@/lib/forms/fields";
import { isValidTimeZone } from "@/lib/dates/zoned";
import { GrantAudience, GrantCallStatus, WorldRegion } from "@/lib/generated/prisma/enums";
import { COOPERATION_AREAS } from "@/lib/partners/constants";
import { isIscedCode } from "@/lib/reference/isced";
import { translationsSchema } from "@/lib/translations/schema";

/**
 * The grant call's schemas, shared by the client form (zodResolver) and the server actions. Built
 * from the shared pieces in lib/forms/fields.ts; only the call's own rules live here. No server
 * imports: the browser loads this file.
 */

const V = "grantCalls.validation";

export const GRANT_AUDIENCES = Object.values(GrantAudience);
export const GRANT_CALL_STATUSES = Object.values(GrantCallStatus);

/** The currencies funders publish budgets in, the institution's own among them. */
export const CURRENCIES = ["EUR", "USD", "AZN", "GBP", "TRY", "CHF", "JPY", "KRW", "CNY"] as const;

/** The lead times (days before the deadline) a call may remind its followers at. */
export const LEAD_DAY_CHOICES = [60, 30, 14, 7, 3, 1] as const;

/** The largest amount a Decimal(14, 2) column holds. */
const MAX_AMOUNT = 999_999_999_999.99;

const MAX_SUBJECTS = 20;

/** The texts written in each language (decision 010), with their longest lengths. */
const GRANT_CALL_TEXT_MAX = { title: 300, description: 10_000, eligibility: 5000 } as const;

/** The translatable fields of a call; funder, amounts and dates are the same in every language. */
export const GRANT_CALL_TEXT_FIELDS = Object.keys(GRANT_CALL_TEXT_MAX) as (keyof typeof GRANT_CALL_TEXT_MAX)[];

/** ISCED-F codes, each once. */
export const subjectAreasField = z
  .array(z.string(MESSAGES.invalid).refine(isIscedCode, `${V}.invalidSubject`))
  .max(MAX_SUBJECTS, `${V}.tooManySubjects`)
  .default([])
  .transform((codes) => [...new Set(codes)]);

/** An IANA zone the runtime knows ("Europe/Brussels"); blank means the institution's. */
const timeZoneField = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z.string(MESSAGES.invalid).trim().refine(isValidTimeZone, `${V}.timeZone`).nullable(),
).default(null);

const leadDay = z.coerce.number(MESSAGES.option).refine((value) => (LEAD_DAY_CHOICES as readonly number[]).includes(value), MESSAGES.option);

const fields = {
  funder: requiredText(200, 2),
  program: optionalText(200),
  title: requiredText(GRANT_CALL_TEXT_MAX.title, 3),
  description: longText(GRANT_CALL_TEXT_MAX.description),
  eligibility: longText(GRANT_CALL_TEXT_MAX.eligibility),
  translations: translationsSchema(GRANT_CALL_TEXT_MAX),
  audiences: checkboxList(choice(GrantAudience)).refine((chosen) => chosen.length > 0, `${V}.audienceRequired`),
  deadline: dateTime,
  timeZone: timeZoneField,
  budgetMin: optionalDecimal(0, MAX_AMOUNT, 2),
  budgetMax: optionalDecimal(0, MAX_AMOUNT, 2),
  currency: optionalChoice(CURRENCIES),
  url: optionalUrl,
  subjectAreas: subjectAreasField,
  isPublic: checkbox,
  reminderLeadDays: checkboxList(leadDay),
};

type Fields = z.output<z.ZodObject<typeof fields>>;

/** Rules across fields: a budget range that is a range, and amounts that say their currency. */
function crossFieldRules(value: Fields, ctx: z.RefinementCtx) {
  if (value.budgetMin !== null && value.budgetMax !== null && value.budgetMax < value.budgetMin) {
    ctx.addIssue({ code: "custom", path: ["budgetMax"], message: `${V}.budgetOrder` });
  }
  if ((value.budgetMin !== null || value.budgetMax !== null) && !value.currency) {
    ctx.addIssue({ code: "custom", path: ["currency"], message: `${V}.currencyRequired` });
  }
}

export const grantCallFormSchema = z.strictObject(fields).superRefine(crossFieldRules);

export const createGrantCallSchema = grantCallFormSchema;

export const updateGrantCallSchema = z.strictObject({ ...fields, id: recordId, version: versionField }).superRefine(crossFieldRules);

/** Publish, close and delete name the call and the version the user saw. */
export const grantCallRefSchema = z.strictObject({ id: recordId, version: versionField });

/** Follow, unfollow and "we are applying" name the call only. */
export const grantCallIdSchema = z.strictObject({ id: recordId });

export const removeGrantCallDocumentSchema = z.strictObject({ callId: recordId, documentId: recordId });

/** The upload form's text field (the file travels beside it). */
export const grantCallDocumentUploadSchema = z.strictObject({ title: requiredText(200) });

export type GrantCallFormInput = z.input<typeof grantCallFormSchema>;
export type GrantCallFormValues = z.output<typeof grantCallFormSchema>;
export type UpdateGrantCallValues = z.output<typeof updateGrantCallSchema>;
export type GrantCallRef = z.output<typeof grantCallRefSchema>;

// ─── The staff list's filters ───

/** A day of the deadline range; anything else is ignored, never an error page. */
const rangeDay = searchParam(day);

export const staffGrantCallFilterSchema = z.object({
  q: searchQuery,
  status: searchParam(choice(GrantCallStatus)),
  funder: searchParam(z.string().trim().max(200)),
  audience: searchParam(choice(GrantAudience)),
  subject: searchParam(z.string().refine(isIscedCode)),
  from: rangeDay,
  to: rangeDay,
  page: pageParam(10_000),
});

export type StaffGrantCallFilter = z.output<typeof staffGrantCallFilterSchema>;

/** A range whose end comes before its start is shown as an error next to "to" and not applied. */
export function deadlineRangeError(filter: Pick<StaffGrantCallFilter, "from" | "to">): string | null {
  return filter.from && filter.to && filter.to < filter.from ? `${V}.rangeOrder` : null;
}

// ─── The public list ───

export const publicGrantCallFilterSchema = z.object({
  q: searchQuery,
  audience: searchParam(choice(GrantAudience)),
  page: pageParam(1_000),
});

export type PublicGrantCallFilter = z.output<typeof publicGrantCallFilterSchema>;

// ─── The weekly digest ───

export const digestSubscriptionSchema = z.strictObject({
  subjectAreas: subjectAreasField,
  unitIds: checkboxList(z.uuid(MESSAGES.option)).refine((ids) => ids.length <= 50, `${V}.tooManyUnits`),
});

export type DigestSubscriptionInput = z.input<typeof digestSubscriptionSchema>;
export type DigestSubscriptionValues = z.output<typeof digestSubscriptionSchema>;

// ─── Partner search for a proposal ───

export const partnerSearchFilterSchema = z.object({
  q: searchQuery,
  country: searchParam(z.string().regex(/^[A-Z]{2}$/)),
  region: searchParam(choice(WorldRegion)),
  area: searchParam(choice(COOPERATION_AREAS)),
  /** Only partners we already shared a project with. */
  shared: searchParam(z.literal("1")),
  page: pageParam(1_000),
});

export type PartnerSearchFilter = z.output<typeof partnerSearchFilterSchema>;
