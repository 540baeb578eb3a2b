"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { updateInstitutionSettings } from "./settings";
import { institutionSettingsSchema } from "./settings-schemas";

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
