"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { changeUserRoleSchema, inviteStaffSchema, resendInvitationSchema, setUserDisabledSchema } from "./schemas";
import { changeUserRole, inviteStaff, resendInvitation, setUserDisabled } from "./service";

const USERS_PATH = "/dashboard/admin/users";

export const inviteStaffAction = safeAction({
  name: "users.invite",
  access: "user:manage",
  schema: inviteStaffSchema,
  handler: async (input, { user }) => {
    const result = await inviteStaff(user, input);
    revalidatePath(USERS_PATH);
    return result;
  },
});

export const resendInvitationAction = safeAction({
  name: "users.resend-invitation",
  access: "user:manage",
  schema: resendInvitationSchema,
  handler: async (input, { user }) => resendInvitation(user, input),
});

export const changeUserRoleAction = safeAction({
  name: "users.change-role",
  access: "user:manage",
  schema: changeUserRoleSchema,
  handler: async (input, { user }) => {
    await changeUserRole(user, input);
    revalidatePath(USERS_PATH);
  },
});

export const setUserDisabledAction = safeAction({
  name: "users.set-disabled",
  access: "user:manage",
  schema: setUserDisabledSchema,
  handler: async (input, { user }) => {
    await setUserDisabled(user, input);
    revalidatePath(USERS_PATH);
  },
});
