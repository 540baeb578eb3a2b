import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { emailField, personNameField } from "@/lib/auth/schemas";
import { checkbox, choice, optionalRef, pageParam, recordId, searchParam, searchQuery } from "@/lib/forms/fields";

/** Roles an administrator can invite; students register themselves or arrive through single sign-on. */
export const STAFF_ROLES = ["ADMIN", "OFFICER", "COORDINATOR"] as const;

export const ROLES = Object.values(Role);

const unitIdField = optionalRef("admin.validation.invalidUnit");

function coordinatorNeedsUnit(value: { role: string; unitId: string | null }, ctx: z.RefinementCtx) {
  if (value.role === "COORDINATOR" && !value.unitId) {
    ctx.addIssue({ code: "custom", path: ["unitId"], message: "admin.validation.unitRequired" });
  }
}

export const inviteStaffSchema = z
  .strictObject({
    name: personNameField,
    email: emailField,
    role: choice(STAFF_ROLES),
    unitId: unitIdField,
  })
  .superRefine(coordinatorNeedsUnit);

export const changeUserRoleSchema = z
  .strictObject({
    userId: recordId,
    role: choice(Role),
    unitId: unitIdField,
  })
  .superRefine(coordinatorNeedsUnit);

export const setUserDisabledSchema = z.strictObject({
  userId: recordId,
  disabled: checkbox,
});

export const resendInvitationSchema = z.strictObject({ userId: recordId });

export const USER_STATUSES = ["active", "invited", "unconfirmed", "disabled"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** The users list's filters, read from the URL; anything tampered with is ignored. */
export const userListFilterSchema = z.object({
  q: searchQuery,
  role: searchParam(choice(Role)),
  unitId: searchParam(z.uuid()),
  status: searchParam(choice(USER_STATUSES)),
  page: pageParam(10_000),
});

export type InviteStaffInput = z.input<typeof inviteStaffSchema>;
export type ChangeUserRoleInput = z.input<typeof changeUserRoleSchema>;
export type UserListFilter = z.infer<typeof userListFilterSchema>;
