import { z } from "zod";
import { requiredText } from "@/lib/forms/fields";
import { REFERENCE_PATTERN_MAX, referencePatternProblem } from "./reference-pattern";

/**
 * The institution settings form (admin), shared by the form and its action. `updatedAt` is the
 * time the settings were read: a save over a newer one is refused, as a stale version elsewhere.
 */
export const institutionSettingsSchema = z.strictObject({
  agreementReferencePattern: requiredText(REFERENCE_PATTERN_MAX).superRefine((pattern, ctx) => {
    const problem = referencePatternProblem(pattern);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  updatedAt: z.iso.datetime("common.form.errors.invalid"),
});

export type InstitutionSettingsInput = z.output<typeof institutionSettingsSchema>;
export type InstitutionSettingsFormValues = z.input<typeof institutionSettingsSchema>;
