import { z } from "zod";
import {
  MESSAGES,
  choice,
  optionalRef,
  pageParam,
  recordId,
  requiredText,
  searchParam,
  searchParamOr,
  searchQuery,
  versionField,
  wholeNumber,
} from "@/lib/forms/fields";
import { InternationalStudentStatus, StudyLevel } from "@/lib/generated/prisma/enums";
import { countryByCode } from "@/lib/reference/countries";

/**
 * The international students' schemas, shared by the staff form, its actions, the import and the
 * list's URL filters; messages are keys. No server imports: the browser loads this file.
 */

export const STUDENT_STATUSES = Object.values(InternationalStudentStatus);
export const STUDENT_LEVELS = Object.values(StudyLevel);

export const FIRST_INTAKE_YEAR = 1990;
export const LAST_INTAKE_YEAR = 2100;

/** The registrar's number as printed on a student card ("KU-2023-0147", "220315"). */
export const STUDENT_NUMBER_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}\-/._]*$/u;

const studentNumber = requiredText(40).regex(STUDENT_NUMBER_PATTERN, "internationalStudents.validation.studentNumberFormat");

/** An ISO 3166-1 alpha-2 code the reference list knows, upper-cased. */
const countryCode = z
  .string(MESSAGES.required)
  .trim()
  .min(1, MESSAGES.required)
  .toUpperCase()
  .refine((code) => /^[A-Z]{2}$/.test(code) && countryByCode(code) !== undefined, MESSAGES.option);

/** The intake year is the first calendar year of the academic year the student started (2023 = 2023/24). */
const intakeYear = wholeNumber(FIRST_INTAKE_YEAR, LAST_INTAKE_YEAR, "internationalStudents.validation.yearRange");

export const internationalStudentFieldsSchema = z.strictObject({
  studentNumber,
  fullName: requiredText(200, 2),
  countryCode,
  programName: requiredText(200, 2),
  level: choice(StudyLevel),
  unitId: optionalRef(),
  intakeYear,
  status: choice(InternationalStudentStatus),
});

export const createInternationalStudentSchema = internationalStudentFieldsSchema;

export const updateInternationalStudentSchema = internationalStudentFieldsSchema.extend({ id: recordId, version: versionField });

export type InternationalStudentFields = z.output<typeof internationalStudentFieldsSchema>;
export type InternationalStudentFormValues = z.input<typeof internationalStudentFieldsSchema>;
export type UpdateInternationalStudentInput = z.output<typeof updateInternationalStudentSchema>;

export const STUDENT_SORTS = ["fullName", "studentNumber", "country", "intakeYear", "status"] as const;
export const STUDENT_PAGE_SIZE = 50;

/** The list's filters, read from the URL (anything tampered with falls back to "no filter"). */
export const internationalStudentFilterSchema = z.object({
  /** A name or student number, or part of one. */
  q: searchQuery,
  country: searchParam(z.string().regex(/^[A-Z]{2}$/)),
  level: searchParam(choice(StudyLevel)),
  status: searchParam(choice(InternationalStudentStatus)),
  unitId: searchParam(z.uuid()),
  intakeYear: searchParam(z.coerce.number().int().min(FIRST_INTAKE_YEAR).max(LAST_INTAKE_YEAR)),
  program: searchParam(z.string().trim().max(200)),
  sort: searchParamOr(choice(STUDENT_SORTS), "fullName"),
  dir: searchParamOr(choice(["asc", "desc"]), "asc"),
  page: pageParam(10_000),
});

export type InternationalStudentFilter = z.infer<typeof internationalStudentFilterSchema>;
