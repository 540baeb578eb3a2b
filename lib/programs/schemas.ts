import { z } from "zod";

/** The mobility program form's schemas, shared by the client form and the server actions. */

const V = "programs.validation";

const text = (max: number) => z.string(`${V}.required`).trim().max(max, `${V}.tooLong`);

const optionalText = (schema: z.ZodType<string | undefined>) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

const fields = {
  /** Short stable code used in links and filters, e.g. ERASMUS_KA171. */
  code: z
    .string(`${V}.required`)
    .trim()
    .toUpperCase()
    .min(2, `${V}.codeFormat`)
    .max(40, `${V}.codeFormat`)
    .regex(/^[A-Z0-9][A-Z0-9_]*$/, `${V}.codeFormat`),
  name: text(200).min(2, `${V}.required`),
  description: text(5000).default(""),
  funder: optionalText(text(200)),
  url: optionalText(text(500).pipe(z.url({ protocol: /^https?$/, error: `${V}.invalidUrl` }))),
};

export const programFormSchema = z.strictObject(fields);

export const createProgramSchema = programFormSchema;

export const updateProgramSchema = z.strictObject({ ...fields, id: z.uuid(`${V}.invalidChoice`) });

export const setProgramActiveSchema = z.strictObject({ id: z.uuid(`${V}.invalidChoice`), isActive: z.boolean() });

export type ProgramFormInput = z.input<typeof programFormSchema>;
export type ProgramFormValues = z.output<typeof programFormSchema>;
export type UpdateProgramValues = z.output<typeof updateProgramSchema>;
