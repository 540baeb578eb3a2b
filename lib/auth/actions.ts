"use server";

import { safeAction } from "@/lib/errors/safe-action";
import { getClientIp } from "./client-ip";
import { acceptInvitation, changePassword, requestPasswordReset, resetPassword } from "./passwords";
import { confirmEmail, registerStudent } from "./registration";
import { getRequestLocale } from "./request-context";
import {
  acceptInvitationSchema,
  changePasswordSchema,
  confirmEmailSchema,
  forgotPasswordSchema,
  registerSchema,
  resetPasswordSchema,
} from "./schemas";

// Signing in itself goes through next-auth (`/api/auth/callback/credentials`, see options.ts).

export const registerStudentAction = safeAction({
  name: "auth.register",
  access: "public",
  schema: registerSchema,
  handler: async (input) => registerStudent(input, { ip: await getClientIp(), locale: await getRequestLocale() }),
});

export const confirmEmailAction = safeAction({
  name: "auth.confirm-email",
  access: "public",
  schema: confirmEmailSchema,
  handler: async (input) => confirmEmail(input, { ip: await getClientIp() }),
});

export const requestPasswordResetAction = safeAction({
  name: "auth.forgot-password",
  access: "public",
  schema: forgotPasswordSchema,
  handler: async (input) => {
    await requestPasswordReset(input, { ip: await getClientIp() });
    return { email: input.email };
  },
});

export const resetPasswordAction = safeAction({
  name: "auth.reset-password",
  access: "public",
  schema: resetPasswordSchema,
  handler: async (input) => resetPassword(input, { ip: await getClientIp() }),
});

export const acceptInvitationAction = safeAction({
  name: "auth.accept-invitation",
  access: "public",
  schema: acceptInvitationSchema,
  handler: async (input) => acceptInvitation(input, { ip: await getClientIp() }),
});

export const changePasswordAction = safeAction({
  name: "auth.change-password",
  access: "account:update",
  schema: changePasswordSchema,
  handler: async (input, { user }) => changePassword(user, input, { ip: await getClientIp() }),
});
