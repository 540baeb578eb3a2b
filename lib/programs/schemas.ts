import { z } from "zod";
import { longText, MESSAGES, optionalText, optionalUrl, recordId, requiredText, versionField } from "@/lib/forms/fields";
import { readTranslations } from "@/lib/translations/content";
import { emptyTranslations, translationFormValues, translationsSchema } from "@/lib/translations/schema";

/** The mobility program form's schemas, shared by the client form and the server actions. */

const CODE_FORMAT = "programs.validation.codeFormat";

/** The texts staff write in each language (decision 010), with their longest lengths. */
const PROGRAM_TEXT_MAX = { name: 200, description: 5000 } as const;

/** The translatable fields of a program; its code, funder and website are the same in every language. */
export const PROGRAM_TEXT_FIELDS = Object.keys(PROGRAM_TEXT_MAX) as (keyof typeof PROGRAM_TEXT_MAX)[];

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
  name: requiredText(PROGRAM_TEXT_MAX.name, 2),
  description: longText(PROGRAM_TEXT_MAX.description),
  translations: translationsSchema(PROGRAM_TEXT_MAX),
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

/** The form's values: blank for a new program, the stored columns and translations for an edit. */
export function programFormValues(program?: {
  code: string;
  name: string;
  description: string;
  funder: string | null;
  url: string | null;
  translations: unknown;
}): ProgramFormInput {
  return {
    code: program?.code ?? "",
    name: program?.name ?? "",
    description: program?.description ?? "",
    translations: program
      ? translationFormValues(readTranslations(program.translations, PROGRAM_TEXT_FIELDS), PROGRAM_TEXT_FIELDS)
      : emptyTranslations(PROGRAM_TEXT_FIELDS),
    funder: program?.funder ?? "",
    url: program?.url ?? "",
  };
}
