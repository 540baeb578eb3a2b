import { z } from "zod";
import { checkbox, choice, recordId, requiredText, versionField } from "@/lib/forms/fields";
import { UnitKind } from "@/lib/generated/prisma/enums";

/** The unit form's schemas, shared by the client form and the server actions; messages are keys. */

export const UNIT_KINDS = Object.values(UnitKind);

/** A short, stable code ("SEAS"): agreement imports and filters find units by it. */
const code = requiredText(20, 2)
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9_-]*$/, "units.validation.codeFormat");

export const unitFieldsSchema = z.strictObject({
  code,
  name: requiredText(200, 2),
  kind: choice(UnitKind),
});

export const createUnitSchema = unitFieldsSchema;

export const updateUnitSchema = unitFieldsSchema.extend({ id: recordId, version: versionField });

export const setUnitArchivedSchema = z.strictObject({ id: recordId, version: versionField, archived: checkbox });

export type UnitFields = z.output<typeof unitFieldsSchema>;
export type UpdateUnitInput = z.output<typeof updateUnitSchema>;
export type SetUnitArchivedInput = z.output<typeof setUnitArchivedSchema>;
