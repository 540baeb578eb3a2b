"use server";

import { revalidatePath, updateTag } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { INSTITUTION_CACHE_TAG } from "./queries";
import { updateInstitutionSettings } from "./settings";
import { institutionSettingsSchema } from "./settings-schemas";
import { updateInstitutionTexts } from "./texts";
import { institutionTextsSchema } from "./texts-schemas";

export const updateInstitutionSettingsAction = safeAction({
  name: "institution.update-settings",
  access: "institution:update",
  schema: institutionSettingsSchema,
  handler: async (input, { user }) => {
    const result = await updateInstitutionSettings(user, input);
    revalidatePath("/dashboard/admin/settings");
    // The new-agreement form proposes numbers from the pattern.
    revalidatePath("/dashboard/agreements/new");
    return result;
  },
});

export const updateInstitutionTextsAction = safeAction({
  name: "institution.update-texts",
  access: "institution:update",
  schema: institutionTextsSchema,
  handler: async (input, { user }) => {
    const result = await updateInstitutionTexts(user, input);
    // Every page shows the institution (header, footer, metadata): the cached copy goes at once.
    updateTag(INSTITUTION_CACHE_TAG);
    revalidatePath("/", "layout");
    return result;
  },
});
