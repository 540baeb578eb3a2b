import { z } from "zod";

/** Zod schemas of mobility records: the staff form (shared with its action) and the list's URL filters. */

export const MOBILITY_DIRECTIONS = ["OUTGOING", "INCOMING"] as const;
export const PARTICIPANT_TYPES = ["STUDENT", "STAFF"] as const;
export const MOBILITY_TYPES = ["STUDENT_STUDY", "STUDENT_TRAINEESHIP", "STAFF_TEACHING", "STAFF_TRAINING"] as const;
export const MOBILITY_STATUSES = ["PLANNED", "ONGOING", "COMPLETED", "CANCELLED"] as const;
export const STUDY_LEVELS = ["SHORT_CYCLE", "BACHELOR", "MASTER", "DOCTORAL"] as const;

const blank = (value: unknown) => (value === "" || value === null ? undefined : value);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blank, schema.optional());
const isoDay = z
  .string({ error: "common.form.errors.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "common.form.errors.invalidDate")
  .refine((value) => !Number.isNaN(Date.parse(value)), "common.form.errors.invalidDate");
const option = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: "common.form.errors.invalidOption" });

export const mobilityRecordSchema = z
  .strictObject({
    direction: option(MOBILITY_DIRECTIONS),
    participantType: option(PARTICIPANT_TYPES),
    mobilityType: option(MOBILITY_TYPES),
    personName: z.string().trim().min(2, "common.form.errors.required").max(200, "common.form.errors.invalid"),
    personEmail: optional(z.email("common.form.errors.invalidEmail").max(320)),
    homeCountryCode: optional(z.string().regex(/^[A-Z]{2}$/, "common.form.errors.invalidOption")),
    partnerId: z.uuid("common.form.errors.required"),
    programId: optional(z.uuid("common.form.errors.invalidOption")),
    agreementId: optional(z.uuid("common.form.errors.invalidOption")),
    unitId: optional(z.uuid("common.form.errors.invalidOption")),
    level: optional(option(STUDY_LEVELS)),
    iscedCode: optional(z.string().regex(/^\d{2,4}$/, "mobility.errors.iscedInvalid")),
    academicYear: z.coerce
      .number({ error: "common.form.errors.invalidNumber" })
      .int("common.form.errors.invalidNumber")
      .min(1990, "mobility.errors.yearRange")
      .max(2100, "mobility.errors.yearRange"),
    startDate: isoDay,
    endDate: isoDay,
    status: option(MOBILITY_STATUSES).default("PLANNED"),
  })
  .superRefine((value, ctx) => {
    if (value.endDate < value.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "common.form.errors.dateOrder" });
    const staffType = value.mobilityType.startsWith("STAFF_");
    if ((value.participantType === "STAFF") !== staffType) {
      ctx.addIssue({ code: "custom", path: ["mobilityType"], message: "mobility.errors.typeMismatch" });
    }
    if (value.participantType === "STAFF" && value.level) {
      ctx.addIssue({ code: "custom", path: ["level"], message: "mobility.errors.levelForStaff" });
    }
  });

export type MobilityRecordInput = z.output<typeof mobilityRecordSchema>;
export type MobilityRecordFormValues = z.input<typeof mobilityRecordSchema>;

export const MOBILITY_SORTS = ["startDate", "personName", "academicYear", "status"] as const;
export const MOBILITY_PAGE_SIZE = 50;

const filterValue = <S extends z.ZodType>(schema: S) => z.preprocess(blank, schema.optional()).catch(undefined);

/** The list's filters, read from the URL (anything tampered with falls back to "no filter"). */
export const mobilityFilterSchema = z.object({
  direction: filterValue(z.enum(MOBILITY_DIRECTIONS)),
  participantType: filterValue(z.enum(PARTICIPANT_TYPES)),
  status: filterValue(z.enum(MOBILITY_STATUSES)),
  country: filterValue(z.string().regex(/^[A-Z]{2}$/)),
  programId: filterValue(z.uuid()),
  academicYear: filterValue(z.coerce.number().int().min(1990).max(2100)),
  unitId: filterValue(z.uuid()),
  sort: z.enum(MOBILITY_SORTS).catch("startDate"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type MobilityFilter = z.infer<typeof mobilityFilterSchema>;

/** Search parameters of a page → a plain object zod can parse (first value of repeated keys). */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}
