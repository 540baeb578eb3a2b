import { z } from "zod";
import { locales } from "@/i18n/config";
import { daysBetween } from "@/lib/agreements/dates";
import { choice, day, longText, optionalDay, optionalWholeNumber, recordId, requiredChoice, requiredText } from "@/lib/forms/fields";
import { ReportKind } from "@/lib/generated/prisma/enums";
import { readTranslations } from "@/lib/translations/content";
import { emptyTranslations, translationFormValues, translationsSchema } from "@/lib/translations/schema";
import { quarterPeriod, yearPeriod, type Quarter, type ReportPeriod } from "./periods";

/** The reports page's forms, shared by the client forms and the server actions; messages are keys. */

export const REPORT_KINDS = Object.values(ReportKind);

export const FIRST_REPORT_YEAR = 2000;
export const LAST_REPORT_YEAR = 2100;
/** A custom period covers at most ten years and a day (leap years). */
const MAX_CUSTOM_DAYS = 3653;
const MAX_TOTAL = 10_000_000;

/**
 * What the rankings pack needs and the portal cannot know, kept with the report: the institution's
 * students and academic staff in total, and its international academic staff (by citizenship).
 */
export interface RankingsInputs {
  totalStudents: number;
  totalStaff: number;
  internationalStaff: number | null;
}

/** Everything blank is left blank; which fields a kind needs is checked below. */
export const generateReportFormSchema = z
  .strictObject({
    kind: requiredChoice(ReportKind),
    year: optionalWholeNumber(FIRST_REPORT_YEAR, LAST_REPORT_YEAR, "reports.validation.year"),
    quarter: optionalWholeNumber(1, 4, "reports.validation.quarter"),
    periodStart: optionalDay,
    periodEnd: optionalDay,
    language: choice(locales),
    totalStudents: optionalWholeNumber(1, MAX_TOTAL),
    totalStaff: optionalWholeNumber(1, MAX_TOTAL),
    internationalStaff: optionalWholeNumber(0, MAX_TOTAL),
  })
  .superRefine((value, context) => {
    const need = (path: keyof typeof value) => {
      if (value[path] === null) context.addIssue({ code: "custom", path: [path], message: "common.form.errors.required" });
    };
    if (value.kind !== "CUSTOM") need("year");
    if (value.kind === "QUARTERLY") need("quarter");
    if (value.kind === "CUSTOM") {
      need("periodStart");
      need("periodEnd");
      if (value.periodStart && value.periodEnd) {
        const days = daysBetween(value.periodStart, value.periodEnd);
        if (days < 0) context.addIssue({ code: "custom", path: ["periodEnd"], message: "common.form.errors.dateOrder" });
        else if (days > MAX_CUSTOM_DAYS) context.addIssue({ code: "custom", path: ["periodEnd"], message: "reports.validation.periodTooLong" });
      }
    }
    if (value.kind === "RANKINGS") {
      need("totalStudents");
      need("totalStaff");
      if (value.totalStaff !== null && value.internationalStaff !== null && value.internationalStaff > value.totalStaff) {
        context.addIssue({ code: "custom", path: ["internationalStaff"], message: "reports.validation.moreThanTotal" });
      }
    }
  });

export type GenerateReportFormValues = z.input<typeof generateReportFormSchema>;

export interface ReportRequest {
  kind: ReportKind;
  period: ReportPeriod;
  language: (typeof locales)[number];
  inputs: RankingsInputs | Record<string, never>;
}

/** The form's values as a request: its period, and the rankings' totals when it is the rankings pack. */
export const generateReportSchema = generateReportFormSchema.transform((value): ReportRequest => {
  const period =
    value.kind === "CUSTOM"
      ? { start: value.periodStart!, end: value.periodEnd! }
      : value.kind === "QUARTERLY"
        ? quarterPeriod(value.year!, value.quarter as Quarter)
        : yearPeriod(value.year!);
  const inputs: ReportRequest["inputs"] =
    value.kind === "RANKINGS" ? { totalStudents: value.totalStudents!, totalStaff: value.totalStaff!, internationalStaff: value.internationalStaff } : {};
  return { kind: value.kind, period, language: value.language, inputs };
});

/** Reads the stored totals back (null when the report is not a rankings pack or they are damaged). */
export function readRankingsInputs(value: unknown): RankingsInputs | null {
  if (!value || typeof value !== "object") return null;
  const { totalStudents, totalStaff, internationalStaff } = value as Record<string, unknown>;
  if (typeof totalStudents !== "number" || typeof totalStaff !== "number") return null;
  return { totalStudents, totalStaff, internationalStaff: typeof internationalStaff === "number" ? internationalStaff : null };
}

// ─── Highlights ───

const HIGHLIGHT_TEXT_MAX = { title: 300, text: 3000 } as const;

export const HIGHLIGHT_TEXT_FIELDS = Object.keys(HIGHLIGHT_TEXT_MAX) as (keyof typeof HIGHLIGHT_TEXT_MAX)[];

export const highlightFieldsSchema = z.strictObject({
  happenedOn: day,
  title: requiredText(HIGHLIGHT_TEXT_MAX.title, 3),
  text: longText(HIGHLIGHT_TEXT_MAX.text),
  translations: translationsSchema(HIGHLIGHT_TEXT_MAX),
});

/** Highlights have no version column: the last save wins, and the audit log keeps every one. */
export const updateHighlightSchema = highlightFieldsSchema.extend({ id: recordId });

export const deleteHighlightSchema = z.strictObject({ id: recordId });

export type HighlightFieldsInput = z.input<typeof highlightFieldsSchema>;
export type HighlightFields = z.output<typeof highlightFieldsSchema>;
export type UpdateHighlightInput = z.output<typeof updateHighlightSchema>;

export function highlightFormValues(highlight?: { happenedOn: string; title: string; text: string; translations: unknown }): HighlightFieldsInput {
  return {
    happenedOn: highlight?.happenedOn ?? "",
    title: highlight?.title ?? "",
    text: highlight?.text ?? "",
    translations: highlight ? translationFormValues(readTranslations(highlight.translations, HIGHLIGHT_TEXT_FIELDS), HIGHLIGHT_TEXT_FIELDS) : emptyTranslations(HIGHLIGHT_TEXT_FIELDS),
  };
}

export const reportIdSchema = z.strictObject({ id: recordId });
