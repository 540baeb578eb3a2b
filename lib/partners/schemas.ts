import { z } from "zod";
import { PartnerKind, PartnerStatus, WorldRegion } from "@/lib/generated/prisma/enums";
import {
  checkbox,
  choice,
  optionalEmail,
  optionalPhone,
  optionalText,
  pageParam,
  recordId,
  requiredText,
  searchParam,
  searchParamOr,
  searchQuery,
  versionField,
} from "@/lib/forms/fields";
import { COOPERATION_AREAS } from "./constants";
import { countryField, partnerFieldsShape } from "./partner-fields";

/**
 * Partner schemas shared by the forms (zodResolver) and the server actions, built from the shared
 * pieces in lib/forms/fields.ts and the partner's own fields (partner-fields.ts). Messages are
 * translation keys. Every transform is idempotent, because the importer and the action may parse
 * what was already parsed.
 */

export const partnerFieldsSchema = z.strictObject(partnerFieldsShape);

export type PartnerFieldsInput = z.input<typeof partnerFieldsSchema>;
export type PartnerFields = z.output<typeof partnerFieldsSchema>;

export const createPartnerSchema = partnerFieldsSchema.extend({
  /** Set when the officer has seen the similar-name warning and creates the partner anyway. */
  acknowledgeSimilar: checkbox.optional(),
});

export const updatePartnerSchema = partnerFieldsSchema.extend({ id: recordId, version: versionField });

export const setPartnerArchivedSchema = z.strictObject({ id: recordId, version: versionField, archived: checkbox });

export const contactFieldsSchema = z.strictObject({
  name: requiredText(160),
  position: optionalText(160),
  email: optionalEmail,
  phone: optionalPhone,
  isPublic: checkbox,
});

export type ContactFieldsInput = z.input<typeof contactFieldsSchema>;
export type ContactFields = z.output<typeof contactFieldsSchema>;

export const addContactSchema = contactFieldsSchema.extend({ partnerId: recordId });
export const updateContactSchema = contactFieldsSchema.extend({ id: recordId });
export const removeContactSchema = z.strictObject({ id: recordId });

export const mergePartnersSchema = z
  .strictObject({
    keepId: recordId,
    keepVersion: versionField,
    absorbId: recordId,
    absorbVersion: versionField,
  })
  .refine((value) => value.keepId !== value.absorbId, { message: "partners.merge.samePartner", path: ["absorbId"] });

export const similarPartnersSchema = z.strictObject({
  name: requiredText(200),
  countryCode: countryField,
  excludeId: recordId.optional(),
});

// ─── URL filters (never throw: a tampered parameter means "no filter") ───

const commonFilters = {
  q: searchQuery,
  kind: searchParam(choice(PartnerKind)),
  country: searchParam(countryField),
  region: searchParam(choice(WorldRegion)),
  area: searchParam(choice(COOPERATION_AREAS)),
  page: pageParam(),
};

export const STAFF_SORT_KEYS = ["name", "country", "kind", "status", "updated"] as const;
export type StaffSortKey = (typeof STAFF_SORT_KEYS)[number];

export const staffPartnerFilterSchema = z.object({
  ...commonFilters,
  status: searchParam(choice(PartnerStatus)),
  archived: searchParamOr(choice(["active", "archived", "all"]), "active"),
  sort: searchParamOr(choice(STAFF_SORT_KEYS), "name"),
  dir: searchParamOr(choice(["asc", "desc"]), "asc"),
});

export type StaffPartnerFilter = z.output<typeof staffPartnerFilterSchema>;

export const publicPartnerFilterSchema = z.object(commonFilters);

export type PublicPartnerFilter = z.output<typeof publicPartnerFilterSchema>;
