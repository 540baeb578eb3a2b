import { z } from "zod";
import { longText, optionalText, recordId, requiredText } from "@/lib/forms/fields";
import { translationsSchema } from "@/lib/translations/schema";

/**
 * The institution's public texts (admin settings): name, short name, address, the office head's
 * title and the about texts, in each language (decision 010), and the office contacts' positions.
 * A list (objectives, functions, tasks) is typed one item per line. `updatedAt` is the time the
 * settings were read: a save over a newer one is refused, as in the other settings form.
 */
export const INSTITUTION_TEXT_LIMITS = {
  name: 200,
  shortName: 30,
  address: 500,
  officeHeadTitle: 200,
  mission: 5000,
  objectives: 10_000,
  functions: 10_000,
  tasks: 10_000,
} as const;

export const CONTACT_POSITION_MAX = 200;

const contactPositionSchema = z.strictObject({
  id: recordId,
  position: requiredText(CONTACT_POSITION_MAX),
  translations: translationsSchema({ position: CONTACT_POSITION_MAX }),
});

export const institutionTextsSchema = z.strictObject({
  name: requiredText(INSTITUTION_TEXT_LIMITS.name),
  shortName: requiredText(INSTITUTION_TEXT_LIMITS.shortName),
  address: longText(INSTITUTION_TEXT_LIMITS.address),
  officeHeadTitle: optionalText(INSTITUTION_TEXT_LIMITS.officeHeadTitle),
  mission: longText(INSTITUTION_TEXT_LIMITS.mission),
  objectives: longText(INSTITUTION_TEXT_LIMITS.objectives),
  functions: longText(INSTITUTION_TEXT_LIMITS.functions),
  tasks: longText(INSTITUTION_TEXT_LIMITS.tasks),
  translations: translationsSchema(INSTITUTION_TEXT_LIMITS),
  contacts: z.array(contactPositionSchema).max(100).default([]),
  updatedAt: z.iso.datetime("common.form.errors.invalid"),
});

export type InstitutionTextsInput = z.output<typeof institutionTextsSchema>;
export type InstitutionTextsFormValues = z.input<typeof institutionTextsSchema>;

/** "One item per line" as a list: blank lines dropped, each item trimmed. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
