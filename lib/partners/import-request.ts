import { z } from "zod";

/** The import form's fields besides the file, as posted to /api/partners/import. */
export const importRequestSchema = z.strictObject({
  step: z.enum(["inspect", "dry-run", "commit"]),
  /** JSON: field key → column index or null; omitted on "inspect" (the server guesses). */
  mapping: z
    .string()
    .max(10_000)
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text === "") return undefined;
      try {
        return z.record(z.string().max(40), z.number().int().min(0).max(1000).nullable()).parse(JSON.parse(text));
      } catch {
        ctx.addIssue({ code: "custom", message: "importExport.mapping.invalid" });
        return z.NEVER;
      }
    }),
});

export type ImportStep = z.output<typeof importRequestSchema>["step"];
