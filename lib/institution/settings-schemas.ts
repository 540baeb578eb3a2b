import { z } from "zod";
import { checkboxList, choice, requiredText } from "@/lib/forms/fields";
import { PUBLIC_SECTIONS } from "./public-sections";
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

/** The public sections form. At least one: an empty choice would read back as "all" (public-sections.ts). */
export const publicSectionsSchema = z.strictObject({
  publicSections: checkboxList(choice(PUBLIC_SECTIONS)).refine((sections) => sections.length > 0, "admin.settings.validation.sectionsNone"),
  updatedAt: z.iso.datetime("common.form.errors.invalid"),
});

export type PublicSectionsInput = z.output<typeof publicSectionsSchema>;
export type PublicSectionsFormValues = z.input<typeof publicSectionsSchema>;
