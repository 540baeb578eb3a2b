import { z } from "zod";
import { checkbox, choice, recordId, requiredText, versionField } from "@/lib/forms/fields";
import { UnitKind } from "@/lib/generated/prisma/enums";
import { readTranslations } from "@/lib/translations/content";
import { emptyTranslations, translationFormValues, translationsSchema } from "@/lib/translations/schema";

/** The unit form's schemas, shared by the client form and the server actions; messages are keys. */

export const UNIT_KINDS = Object.values(UnitKind);

/** A short, stable code ("SEAS"): agreement imports and filters find units by it. */
const code = requiredText(20, 2)
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9_-]*$/, "units.validation.codeFormat");

/**
 * The texts written in each language (decision 010), with their longest lengths: the plain column
 * holds the default language's, `translations` the others'. The code is the same in every language.
 */
const UNIT_TEXT_MAX = { name: 200 } as const;

export const UNIT_TEXT_FIELDS = Object.keys(UNIT_TEXT_MAX) as (keyof typeof UNIT_TEXT_MAX)[];

export const unitFieldsSchema = z.strictObject({
  code,
  name: requiredText(UNIT_TEXT_MAX.name, 2),
  translations: translationsSchema(UNIT_TEXT_MAX),
  kind: choice(UnitKind),
});

export const createUnitSchema = unitFieldsSchema;

export const updateUnitSchema = unitFieldsSchema.extend({ id: recordId, version: versionField });

export const setUnitArchivedSchema = z.strictObject({ id: recordId, version: versionField, archived: checkbox });

/**
 * Merging this unit into another: both versions are the ones the admin saw when the page showed
 * how many records move, so a change by someone else in between is a CONFLICT.
 */
export const mergeUnitSchema = z.strictObject({
  id: recordId,
  version: versionField,
  targetId: z.uuid("units.merge.chooseTarget"),
  targetVersion: versionField,
});

export type MergeUnitInput = z.output<typeof mergeUnitSchema>;
export type UnitFieldsInput = z.input<typeof unitFieldsSchema>;
export type UnitFields = z.output<typeof unitFieldsSchema>;
export type UpdateUnitInput = z.output<typeof updateUnitSchema>;
export type SetUnitArchivedInput = z.output<typeof setUnitArchivedSchema>;

/** The form's values: a new unit's, or a stored unit's with its translations in their tabs. */
export function unitFormValues(unit?: { code: string; name: string; kind: UnitKind; translations: unknown }): UnitFieldsInput {
  return {
    code: unit?.code ?? "",
    name: unit?.name ?? "",
    translations: unit ? translationFormValues(readTranslations(unit.translations, UNIT_TEXT_FIELDS), UNIT_TEXT_FIELDS) : emptyTranslations(UNIT_TEXT_FIELDS),
    kind: unit?.kind ?? "FACULTY",
  };
}
