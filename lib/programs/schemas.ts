import { z } from "zod";
import { longText, MESSAGES, optionalText, optionalUrl, recordId, requiredText, versionField } from "@/lib/forms/fields";

/** The mobility program form's schemas, shared by the client form and the server actions. */

const CODE_FORMAT = "programs.validation.codeFormat";

const fields = {
  /** Short stable code used in links and filters, e.g. ERASMUS_KA171. */
  code: z
    .string(MESSAGES.required)
    .trim()
    .toUpperCase()
    .min(1, MESSAGES.required)
    .min(2, CODE_FORMAT)
    .max(40, CODE_FORMAT)
    .regex(/^[A-Z0-9][A-Z0-9_]*$/, CODE_FORMAT),
  name: requiredText(200, 2),
  description: longText(5000),
  funder: optionalText(200),
  url: optionalUrl,
};

export const programFormSchema = z.strictObject(fields);

export const createProgramSchema = programFormSchema;

export const updateProgramSchema = z.strictObject({ ...fields, id: recordId, version: versionField });

export const setProgramActiveSchema = z.strictObject({ id: recordId, version: versionField, isActive: z.boolean(MESSAGES.invalid) });

export type ProgramFormInput = z.input<typeof programFormSchema>;
export type ProgramFormValues = z.output<typeof programFormSchema>;
export type UpdateProgramValues = z.output<typeof updateProgramSchema>;
export type SetProgramActiveValues = z.output<typeof setProgramActiveSchema>;
