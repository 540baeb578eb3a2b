import { can, type Actor } from "@/lib/permissions";

/**
 * The guests' personal data and who may handle it (issue 11). Pure; the queries, the service, the
 * export and the audit snapshots all read these lists, so a field is either personal everywhere or
 * nowhere.
 */

/**
 * Seen and written by the office only (officers and admins): never selected for a coordinator,
 * never public, never exported unless an officer asks for it.
 */
export const PERSONAL_FIELDS = ["nationalityCode", "passportNumber", "passportExpiresOn", "birthDate", "phone"] as const;

export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/**
 * Cleared when an officer erases a finished visit's personal data: the personal fields, plus what
 * else describes the person rather than the visit (their e-mail address, their diet and access
 * needs, which can reveal health or religion, and what their room cost). Name, position,
 * organization, dates and visa status stay: the office's record of who came.
 */
export const ERASED_FIELDS = [...PERSONAL_FIELDS, "email", "needs", "accommodationCost"] as const;

export type ErasedField = (typeof ERASED_FIELDS)[number];

/** What an erased field is set to ("" for the one that is not nullable). */
export const ERASED_VALUES = {
  nationalityCode: null,
  passportNumber: null,
  passportExpiresOn: null,
  birthDate: null,
  phone: null,
  email: null,
  needs: "",
  accommodationCost: null,
} as const satisfies Record<ErasedField, null | "">;

/** Shown in the audit log instead of a personal value. */
export const MASK = "•••";

/**
 * Whether the user may see and write participants' personal data: those who may read every visit
 * (the office: officers and admins), read from the permission table rather than by role name.
 * Coordinators read their unit's visits only, so they never qualify.
 */
export function mayHandlePersonalData(user: Actor): boolean {
  return can(user, "visit:read") && can(user, "visit:update");
}

/**
 * A participant's snapshot for the audit log with every erasable value replaced by MASK: the log
 * shows that a passport number was set or changed, never the number. Blank values stay as they are
 * (null, ""), so "not given" remains visible. Masking happens before the row is written, so the
 * values never reach the log, and erasing a visit's data leaves no copy there.
 */
export function maskPersonalData<T extends Record<string, unknown>>(snapshot: T): T {
  const masked: Record<string, unknown> = { ...snapshot };
  for (const field of ERASED_FIELDS) {
    const value = masked[field];
    if (value !== null && value !== undefined && value !== "") masked[field] = MASK;
  }
  return masked as T;
}

/** The erasable fields whose value differs between two snapshots (compared as JSON). */
export function changedPersonalFields(before: Record<string, unknown>, after: Record<string, unknown>): ErasedField[] {
  const text = (value: unknown) => JSON.stringify(value ?? null);
  return ERASED_FIELDS.filter((field) => field in after && text(before[field]) !== text(after[field]));
}
