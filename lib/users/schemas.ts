import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { emailField } from "@/lib/auth/schemas";

/** Roles an administrator can invite; students register themselves or arrive through single sign-on. */
export const STAFF_ROLES = ["ADMIN", "OFFICER", "COORDINATOR"] as const;

export const ROLES = Object.values(Role);

const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

const unitIdField = z.preprocess(blankToNull, z.uuid("admin.validation.invalidUnit").nullable());

function coordinatorNeedsUnit(value: { role: string; unitId: string | null }, ctx: z.RefinementCtx) {
  if (value.role === "COORDINATOR" && !value.unitId) {
    ctx.addIssue({ code: "custom", path: ["unitId"], message: "admin.validation.unitRequired" });
  }
}

export const inviteStaffSchema = z
  .strictObject({
    name: z.string("auth.validation.required").trim().min(1, "auth.validation.required").max(120, "auth.validation.nameTooLong"),
    email: emailField,
    role: z.enum(STAFF_ROLES, "admin.validation.role"),
    unitId: unitIdField,
  })
  .superRefine(coordinatorNeedsUnit);

export const changeUserRoleSchema = z
  .strictObject({
    userId: z.uuid("errors.generic.notFound"),
    role: z.enum(Role, "admin.validation.role"),
    unitId: unitIdField,
  })
  .superRefine(coordinatorNeedsUnit);

const formBoolean = z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean());

export const setUserDisabledSchema = z.strictObject({
  userId: z.uuid("errors.generic.notFound"),
  disabled: formBoolean,
});

export const resendInvitationSchema = z.strictObject({ userId: z.uuid("errors.generic.notFound") });

export const USER_STATUSES = ["active", "invited", "unconfirmed", "disabled"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

const optionalParam = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional()).catch(undefined);

/** The users list's filters, read from the URL; anything tampered with is ignored. */
export const userListFilterSchema = z.object({
  q: optionalParam(z.string().trim().max(200)),
  role: optionalParam(z.enum(Role)),
  unitId: optionalParam(z.uuid()),
  status: optionalParam(z.enum(USER_STATUSES)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type InviteStaffInput = z.input<typeof inviteStaffSchema>;
export type ChangeUserRoleInput = z.input<typeof changeUserRoleSchema>;
export type UserListFilter = z.infer<typeof userListFilterSchema>;
