import { z } from "zod";
import {
  MESSAGES,
  blankToNull,
  choice,
  day,
  optionalChoice,
  optionalEmail,
  optionalRef,
  pageParam,
  requiredRef,
  wholeNumber,
  requiredText,
  searchParam,
  searchParamOr,
  searchQuery,
} from "@/lib/forms/fields";

/** Zod schemas of mobility records: the staff form (shared with its action) and the list's URL filters. */

export const MOBILITY_DIRECTIONS = ["OUTGOING", "INCOMING"] as const;
export const PARTICIPANT_TYPES = ["STUDENT", "STAFF"] as const;
export const MOBILITY_TYPES = ["STUDENT_STUDY", "STUDENT_TRAINEESHIP", "STAFF_TEACHING", "STAFF_TRAINING"] as const;
export const MOBILITY_STATUSES = ["PLANNED", "ONGOING", "COMPLETED", "CANCELLED"] as const;
export const STUDY_LEVELS = ["SHORT_CYCLE", "BACHELOR", "MASTER", "DOCTORAL"] as const;

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
const COUNTRY_CODE = /^[A-Z]{2}$/;

/** A home country chosen from the list (ISO 3166-1 alpha-2); blank becomes null. */
const optionalCountryCode = z.preprocess(blankToNull, z.string(MESSAGES.option).regex(COUNTRY_CODE, MESSAGES.option).nullable()).default(null);

/** An ISCED-F field code (two to four digits); blank becomes null. Whether it exists is checked by the service. */
const optionalIscedCode = z.preprocess(blankToNull, z.string(MESSAGES.invalid).trim().regex(/^\d{2,4}$/, "mobility.errors.iscedInvalid").nullable()).default(null);

/** The academic year's first calendar year (2026 = 2026/27); its own range message, since "at least 1,990" reads wrong for a year. */
const academicYear = wholeNumber(FIRST_YEAR, LAST_YEAR, "mobility.errors.yearRange");

export const mobilityRecordSchema = z
  .strictObject({
    direction: choice(MOBILITY_DIRECTIONS),
    participantType: choice(PARTICIPANT_TYPES),
    mobilityType: choice(MOBILITY_TYPES),
    personName: requiredText(200, 2),
    personEmail: optionalEmail,
    homeCountryCode: optionalCountryCode,
    partnerId: requiredRef(),
    programId: optionalRef(),
    agreementId: optionalRef(),
    unitId: optionalRef(),
    level: optionalChoice(STUDY_LEVELS),
    iscedCode: optionalIscedCode,
    academicYear,
    startDate: day,
    endDate: day,
    status: choice(MOBILITY_STATUSES).default("PLANNED"),
  })
  .superRefine((value, ctx) => {
    if (value.endDate < value.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: MESSAGES.dateOrder });
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

/** The list's filters, read from the URL (anything tampered with falls back to "no filter"). */
export const mobilityFilterSchema = z.object({
  /** A person's name or e-mail address, or part of them. */
  q: searchQuery,
  direction: searchParam(choice(MOBILITY_DIRECTIONS)),
  participantType: searchParam(choice(PARTICIPANT_TYPES)),
  status: searchParam(choice(MOBILITY_STATUSES)),
  country: searchParam(z.string().regex(COUNTRY_CODE)),
  programId: searchParam(z.uuid()),
  academicYear: searchParam(z.coerce.number().int().min(FIRST_YEAR).max(LAST_YEAR)),
  unitId: searchParam(z.uuid()),
  sort: searchParamOr(choice(MOBILITY_SORTS), "startDate"),
  dir: searchParamOr(choice(["asc", "desc"]), "desc"),
  page: pageParam(10_000),
});

export type MobilityFilter = z.infer<typeof mobilityFilterSchema>;
