import { z } from "zod";

/**
 * What the import wizard posts besides the file, the same for every importable entity:
 *   inspect  → the file's headers, a few sample rows and a guessed column mapping;
 *   dry-run  → every row's problems under the chosen mapping, nothing written;
 *   commit   → all rows in one transaction, or none if any row has an error.
 */
export const IMPORT_STEPS = ["inspect", "dry-run", "commit"] as const;

export type ImportStep = (typeof IMPORT_STEPS)[number];

export const INVALID_MAPPING = "importExport.mapping.invalid";

export const importRequestSchema = z.strictObject({
  step: z.enum(IMPORT_STEPS),
  /** JSON: field key → column index or null; omitted on "inspect" (the server guesses). */
  mapping: z
    .string()
    .max(10_000, INVALID_MAPPING)
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text === "") return undefined;
      try {
        return z.record(z.string().max(40), z.number().int().min(0).max(1000).nullable()).parse(JSON.parse(text));
      } catch {
        ctx.addIssue({ code: "custom", message: INVALID_MAPPING });
        return z.NEVER;
      }
    }),
});

/** The one address every import posts to; the entity is a key of the registry in importers.ts. */
export function importAddress(entity: string): string {
  return `/api/import/${encodeURIComponent(entity)}`;
}
