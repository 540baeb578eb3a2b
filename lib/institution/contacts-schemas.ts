import { z } from "zod";
import { blankToNull, optionalEmail, optionalPhone, requiredText } from "@/lib/forms/fields";
import { translationsSchema } from "@/lib/translations/schema";
import { CONTACT_POSITION_MAX } from "./texts-schemas";

/**
 * The office contacts an admin keeps on /dashboard/admin/settings: the whole list at once, in the
 * order the public pages show it. A row without an id is a new contact; a contact left out is
 * removed. The position is written in each language (decision 010). No server imports.
 */

export const MAX_OFFICE_CONTACTS = 50;

const officeContactSchema = z.strictObject({
  id: z.preprocess(blankToNull, z.uuid("errors.generic.notFound").nullable()).default(null),
  name: requiredText(200),
  position: requiredText(CONTACT_POSITION_MAX),
  translations: translationsSchema({ position: CONTACT_POSITION_MAX }),
  email: optionalEmail,
  phone: optionalPhone,
});

export const officeContactsSchema = z.strictObject({
  contacts: z.array(officeContactSchema).max(MAX_OFFICE_CONTACTS, "admin.settings.contacts.tooMany").default([]),
  /** The time the settings were read: a save over a newer one is refused. */
  updatedAt: z.iso.datetime("common.form.errors.invalid"),
});

export type OfficeContactsInput = z.output<typeof officeContactsSchema>;
export type OfficeContactsFormValues = z.input<typeof officeContactsSchema>;
export type OfficeContactFormValues = NonNullable<OfficeContactsFormValues["contacts"]>[number];
