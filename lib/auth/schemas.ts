import { z } from "zod";

/**
 * The auth forms' schemas, shared by the client form (zodResolver) and the server action. Messages
 * are translation keys. No "use server" and no server imports here: the browser loads this file.
 */

export const PASSWORD_MIN_LENGTH = 10;
// argon2 accepts any length; the cap keeps a megabyte "password" from costing real CPU.
export const PASSWORD_MAX_LENGTH = 128;

export const emailField = z
  .string("auth.validation.required")
  .trim()
  .min(1, "auth.validation.required")
  .max(254, "auth.validation.invalidEmail")
  .toLowerCase()
  .pipe(z.email("auth.validation.invalidEmail"));

export const newPasswordField = z
  .string("auth.validation.required")
  .min(PASSWORD_MIN_LENGTH, "auth.validation.passwordTooShort")
  .max(PASSWORD_MAX_LENGTH, "auth.validation.passwordTooLong");

const anyPassword = z.string("auth.validation.required").min(1, "auth.validation.required").max(1000);

const tokenField = z.string("auth.errors.invalidToken").min(20, "auth.errors.invalidToken").max(200, "auth.errors.invalidToken");

function passwordsMatch<T extends { confirmPassword: string }>(passwordKey: keyof T & string) {
  return (value: T, ctx: z.RefinementCtx) => {
    if (value[passwordKey] !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "auth.validation.passwordsDontMatch" });
    }
  };
}

export const signInSchema = z.strictObject({
  email: emailField,
  password: anyPassword,
});

/** A person's full name, as a student registers it or an admin invites a staff member. */
export const personNameField = z
  .string("auth.validation.required")
  .trim()
  .min(1, "auth.validation.required")
  .max(120, "auth.validation.nameTooLong");

export const registerSchema = z
  .strictObject({
    name: personNameField,
    email: emailField,
    password: newPasswordField,
    confirmPassword: z.string("auth.validation.required"),
  })
  .superRefine(passwordsMatch("password"));

export const confirmEmailSchema = z.strictObject({ token: tokenField });

export const forgotPasswordSchema = z.strictObject({ email: emailField });

export const resetPasswordSchema = z
  .strictObject({ token: tokenField, password: newPasswordField, confirmPassword: z.string("auth.validation.required") })
  .superRefine(passwordsMatch("password"));

export const acceptInvitationSchema = resetPasswordSchema;

export const changePasswordSchema = z
  .strictObject({
    currentPassword: anyPassword,
    newPassword: newPasswordField,
    confirmPassword: z.string("auth.validation.required"),
  })
  .superRefine(passwordsMatch("newPassword"))
  .superRefine((value, ctx) => {
    if (value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "auth.validation.passwordSameAsOld" });
    }
  });

export type SignInInput = z.input<typeof signInSchema>;
export type RegisterInput = z.input<typeof registerSchema>;
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
