import { z } from "zod";
import {
  choice,
  day,
  longText,
  MESSAGES,
  optionalDay,
  optionalRef,
  optionalText,
  optionalWholeNumber,
  recordId,
  requiredText,
  versionField,
  wholeNumber,
} from "@/lib/forms/fields";
import { DeliverableKind, DeliverableStatus } from "@/lib/generated/prisma/enums";
import { readTranslations } from "@/lib/translations/content";
import { emptyTranslations, translationFormValues, translationsSchema } from "@/lib/translations/schema";

/** The work plan's schemas: work packages, deliverables (and reports) and activities. Messages are keys. */

/** The longest project the months of a work package can count (ten years). */
export const MAX_PROJECT_MONTHS = 120;

export const WORK_PACKAGE_TEXT_MAX = { title: 300, description: 3000 } as const;
export const WORK_PACKAGE_TEXT_FIELDS = Object.keys(WORK_PACKAGE_TEXT_MAX) as (keyof typeof WORK_PACKAGE_TEXT_MAX)[];

export const ACTIVITY_TEXT_MAX = { title: 300, description: 5000 } as const;
export const ACTIVITY_TEXT_FIELDS = Object.keys(ACTIVITY_TEXT_MAX) as (keyof typeof ACTIVITY_TEXT_MAX)[];

/**
 * A work package's title without its number in front: "WP1 Management" and "WP1: Management" typed
 * under number 1 are stored as "Management", so no page ever shows "WP1 WP1 Management".
 */
export function titleWithoutCode(code: string, title: string): string {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/^WP/i, "WP\\s*");
  return title.replace(new RegExp(`^${escaped}(?![0-9])[\\s:.\u2013-]*`, "i"), "").trim() || title.trim();
}

const workPackageShape = {
  number: wholeNumber(1, 99),
  title: requiredText(WORK_PACKAGE_TEXT_MAX.title),
  description: longText(WORK_PACKAGE_TEXT_MAX.description),
  translations: translationsSchema(WORK_PACKAGE_TEXT_MAX),
  leadPartnerId: optionalRef(),
  startMonth: optionalWholeNumber(1, MAX_PROJECT_MONTHS),
  endMonth: optionalWholeNumber(1, MAX_PROJECT_MONTHS),
};

function refineMonths(value: { startMonth: number | null; endMonth: number | null }, ctx: z.RefinementCtx): void {
  if (value.startMonth !== null && value.endMonth !== null && value.endMonth < value.startMonth) {
    ctx.addIssue({ code: "custom", path: ["endMonth"], message: "projects.validation.monthOrder" });
  }
}

/** Orders work packages by their number ("WP2" before "WP10"), not as text. */
export function byWorkPackageNumber(a: { code: string }, b: { code: string }): number {
  return Number(a.code.replace(/\D/g, "")) - Number(b.code.replace(/\D/g, "")) || a.code.localeCompare(b.code);
}

export const workPackageFieldsSchema = z.strictObject(workPackageShape).superRefine(refineMonths);
export const addWorkPackageSchema = z.strictObject({ ...workPackageShape, projectId: recordId }).superRefine(refineMonths);
export const updateWorkPackageSchema = z.strictObject({ ...workPackageShape, id: recordId }).superRefine(refineMonths);

const deliverableShape = {
  code: requiredText(20).regex(/^[\p{L}\p{N}][\p{L}\p{N}.\-/ ]*$/u, "projects.validation.deliverableCode"),
  title: requiredText(300),
  kind: choice(DeliverableKind),
  workPackageId: optionalRef(),
  dueDate: day,
  responsible: optionalText(200),
  status: choice(DeliverableStatus),
};

export const deliverableFieldsSchema = z.strictObject(deliverableShape);

export const addDeliverableSchema = deliverableFieldsSchema.extend({ projectId: recordId });
export const updateDeliverableSchema = deliverableFieldsSchema.extend({ id: recordId, version: versionField });

const headcount = optionalWholeNumber(0, 100_000);

const activityShape = {
  title: requiredText(ACTIVITY_TEXT_MAX.title),
  description: longText(ACTIVITY_TEXT_MAX.description),
  translations: translationsSchema(ACTIVITY_TEXT_MAX),
  startDate: day,
  endDate: optionalDay,
  place: optionalText(300),
  participants: longText(500),
  staffCount: headcount,
  studentCount: headcount,
};

function refineActivityDates(value: { startDate: string; endDate: string | null }, ctx: z.RefinementCtx): void {
  if (value.endDate !== null && value.endDate < value.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: MESSAGES.dateOrder });
}

export const activityFieldsSchema = z.strictObject(activityShape).superRefine(refineActivityDates);
export const addActivitySchema = z.strictObject({ ...activityShape, projectId: recordId }).superRefine(refineActivityDates);
export const updateActivitySchema = z.strictObject({ ...activityShape, id: recordId }).superRefine(refineActivityDates);

/** Removing a work package, deliverable, activity, budget line or expense: the record's id. */
export const removeByIdSchema = z.strictObject({ id: recordId });

export type WorkPackageFieldsInput = z.input<typeof workPackageFieldsSchema>;
export type WorkPackageFields = z.output<typeof workPackageFieldsSchema>;
export type DeliverableFieldsInput = z.input<typeof deliverableFieldsSchema>;
export type DeliverableFields = z.output<typeof deliverableFieldsSchema>;
export type ActivityFieldsInput = z.input<typeof activityFieldsSchema>;
export type ActivityFields = z.output<typeof activityFieldsSchema>;

export function workPackageFormValues(
  workPackage?: { code: string; title: string; description: string; translations: unknown; leadPartnerId: string | null; startMonth: number | null; endMonth: number | null },
  nextNumber = 1,
): WorkPackageFieldsInput {
  return {
    number: workPackage ? String(Number(workPackage.code.replace(/\D/g, "")) || nextNumber) : String(nextNumber),
    title: workPackage?.title ?? "",
    description: workPackage?.description ?? "",
    translations: workPackage
      ? translationFormValues(readTranslations(workPackage.translations, WORK_PACKAGE_TEXT_FIELDS), WORK_PACKAGE_TEXT_FIELDS)
      : emptyTranslations(WORK_PACKAGE_TEXT_FIELDS),
    leadPartnerId: workPackage?.leadPartnerId ?? "",
    startMonth: workPackage?.startMonth?.toString() ?? "",
    endMonth: workPackage?.endMonth?.toString() ?? "",
  };
}

export function deliverableFormValues(deliverable?: {
  code: string;
  title: string;
  kind: DeliverableKind;
  workPackageId: string | null;
  dueDate: string;
  responsible: string | null;
  status: DeliverableStatus;
}): DeliverableFieldsInput {
  return {
    code: deliverable?.code ?? "",
    title: deliverable?.title ?? "",
    kind: deliverable?.kind ?? "DELIVERABLE",
    workPackageId: deliverable?.workPackageId ?? "",
    dueDate: deliverable?.dueDate ?? "",
    responsible: deliverable?.responsible ?? "",
    status: deliverable?.status ?? "PLANNED",
  };
}

export function activityFormValues(activity?: {
  title: string;
  description: string;
  translations: unknown;
  startDate: string;
  endDate: string | null;
  place: string | null;
  participants: string;
  staffCount: number | null;
  studentCount: number | null;
}): ActivityFieldsInput {
  return {
    title: activity?.title ?? "",
    description: activity?.description ?? "",
    translations: activity ? translationFormValues(readTranslations(activity.translations, ACTIVITY_TEXT_FIELDS), ACTIVITY_TEXT_FIELDS) : emptyTranslations(ACTIVITY_TEXT_FIELDS),
    startDate: activity?.startDate ?? "",
    endDate: activity?.endDate ?? "",
    place: activity?.place ?? "",
    participants: activity?.participants ?? "",
    staffCount: activity?.staffCount?.toString() ?? "",
    studentCount: activity?.studentCount?.toString() ?? "",
  };
}
