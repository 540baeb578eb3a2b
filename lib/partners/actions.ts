"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { addPartnerContact, removePartnerContact, updatePartnerContact } from "./contacts";
import { clearDirectoryCache } from "./directory-cache";
import { mergePartners } from "./merge";
import { findSimilarPartners } from "./queries";
import {
  addContactSchema,
  createPartnerSchema,
  mergePartnersSchema,
  removeContactSchema,
  setPartnerArchivedSchema,
  similarPartnersSchema,
  updateContactSchema,
  updatePartnerSchema,
} from "./schemas";
import { createPartner, setPartnerArchived, updatePartner } from "./service";

/** Staff lists and the public directory both show partners; a write refreshes both. */
function refreshPartnerPages(): void {
  clearDirectoryCache();
  revalidatePath("/dashboard/partners", "layout");
  revalidatePath("/partners", "layout");
}

export const createPartnerAction = safeAction({
  name: "partners.create",
  access: "partner:create",
  schema: createPartnerSchema,
  handler: async (input, { user }) => {
    const result = await createPartner(user, input);
    if (result.status === "created") refreshPartnerPages();
    return result;
  },
});

export const updatePartnerAction = safeAction({
  name: "partners.update",
  access: "partner:update",
  schema: updatePartnerSchema,
  handler: async (input, { user }) => {
    const result = await updatePartner(user, input);
    refreshPartnerPages();
    return result;
  },
});

export const setPartnerArchivedAction = safeAction({
  name: "partners.set-archived",
  access: "partner:update",
  schema: setPartnerArchivedSchema,
  handler: async (input, { user }) => {
    const result = await setPartnerArchived(user, input);
    refreshPartnerPages();
    return result;
  },
});

export const checkSimilarPartnersAction = safeAction({
  name: "partners.similar",
  access: "partner:create",
  schema: similarPartnersSchema,
  handler: async (input) => findSimilarPartners(input),
});

export const addPartnerContactAction = safeAction({
  name: "partners.contact.add",
  access: "partner:update",
  schema: addContactSchema,
  handler: async (input, { user }) => {
    const contact = await addPartnerContact(user, input);
    refreshPartnerPages();
    return contact;
  },
});

export const updatePartnerContactAction = safeAction({
  name: "partners.contact.update",
  access: "partner:update",
  schema: updateContactSchema,
  handler: async (input, { user }) => {
    const contact = await updatePartnerContact(user, input);
    refreshPartnerPages();
    return contact;
  },
});

export const removePartnerContactAction = safeAction({
  name: "partners.contact.remove",
  access: "partner:update",
  schema: removeContactSchema,
  handler: async (input, { user }) => {
    const result = await removePartnerContact(user, input);
    refreshPartnerPages();
    return result;
  },
});

export const mergePartnersAction = safeAction({
  name: "partners.merge",
  access: "partner:delete",
  schema: mergePartnersSchema,
  handler: async (input, { user }) => {
    const result = await mergePartners(user, input);
    refreshPartnerPages();
    return result;
  },
});
