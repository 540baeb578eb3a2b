"use server";

import { revalidatePath, updateTag } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { saveOfficeContacts } from "./contacts";
import { officeContactsSchema } from "./contacts-schemas";
import { updateInstitutionDetails } from "./details";
import { institutionDetailsSchema } from "./details-schemas";
import { removeInstitutionLogo, setInstitutionLogo } from "./logo";
import { institutionLogoSchema, removeInstitutionLogoSchema } from "./logo-rules";
import { INSTITUTION_CACHE_TAG } from "./queries";
import { reminderDaysSchema } from "./reminder-days";
import { updateInstitutionSettings, updatePublicSections, updateReminderDays } from "./settings";
import { institutionSettingsSchema, publicSectionsSchema } from "./settings-schemas";
import { updateInstitutionTexts } from "./texts";
import { institutionTextsSchema } from "./texts-schemas";

/** Every page shows the institution (header, footer, metadata): after a change the cached copy goes at once. */
function refreshInstitutionEverywhere(): void {
  updateTag(INSTITUTION_CACHE_TAG);
  revalidatePath("/", "layout");
}

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

export const updateReminderDaysAction = safeAction({
  name: "institution.update-reminder-days",
  access: "institution:update",
  schema: reminderDaysSchema,
  handler: async (input, { user }) => {
    const result = await updateReminderDays(user, input);
    revalidatePath("/dashboard/admin/settings");
    // The expiring agreements' page names the lead times.
    revalidatePath("/dashboard/agreements/expiring");
    return result;
  },
});

export const updatePublicSectionsAction = safeAction({
  name: "institution.update-public-sections",
  access: "institution:update",
  schema: publicSectionsSchema,
  handler: async (input, { user }) => {
    const result = await updatePublicSections(user, input);
    // The navigation, footer, home page and sitemap of every page follow the cached institution.
    refreshInstitutionEverywhere();
    return result;
  },
});

export const updateInstitutionTextsAction = safeAction({
  name: "institution.update-texts",
  access: "institution:update",
  schema: institutionTextsSchema,
  handler: async (input, { user }) => {
    const result = await updateInstitutionTexts(user, input);
    refreshInstitutionEverywhere();
    return result;
  },
});

export const updateInstitutionDetailsAction = safeAction({
  name: "institution.update-details",
  access: "institution:update",
  schema: institutionDetailsSchema,
  handler: async (input, { user }) => {
    const result = await updateInstitutionDetails(user, input);
    refreshInstitutionEverywhere();
    return result;
  },
});

export const saveOfficeContactsAction = safeAction({
  name: "institution.save-contacts",
  access: "institution:update",
  schema: officeContactsSchema,
  handler: async (input, { user }) => {
    const result = await saveOfficeContacts(user, input);
    refreshInstitutionEverywhere();
    return result;
  },
});

export const setInstitutionLogoAction = safeAction({
  name: "institution.set-logo",
  access: "institution:update",
  schema: institutionLogoSchema,
  handler: async ({ logo }, { user }) => {
    const result = await setInstitutionLogo(user, { data: new Uint8Array(await logo.arrayBuffer()), fileName: logo.name || "logo" });
    refreshInstitutionEverywhere();
    return result;
  },
});

export const removeInstitutionLogoAction = safeAction({
  name: "institution.remove-logo",
  access: "institution:update",
  schema: removeInstitutionLogoSchema,
  handler: async (_input, { user }) => {
    await removeInstitutionLogo(user);
    refreshInstitutionEverywhere();
  },
});
