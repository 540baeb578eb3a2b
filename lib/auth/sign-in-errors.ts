/**
 * The error codes next-auth carries back to the sign-in form (as `?error=` or `signIn().error`),
 * and the message each one shows. Shared by the server (which throws them) and the form.
 */
export const SIGN_IN_ERROR = {
  rateLimited: (minutes: number) => `RateLimited:${minutes}`,
  emailNotConfirmed: "EmailNotConfirmed",
  accountDisabled: "AccountDisabled",
  ssoNoEmail: "SsoNoEmail",
  ssoDomainNotAllowed: "SsoDomainNotAllowed",
} as const;

const SSO_ERRORS = new Set(["OAuthSignin", "OAuthCallback", "OAuthCreateAccount", "Callback", "OAuthAccountNotLinked", "AccessDenied"]);

export function signInErrorMessage(code: string): { key: string; values?: Record<string, number> } {
  const limited = /^RateLimited:(\d+)$/.exec(code);
  if (limited) return { key: "auth.errors.rateLimited", values: { minutes: Number(limited[1]) } };
  switch (code) {
    case "CredentialsSignin":
      return { key: "auth.errors.invalidCredentials" };
    case SIGN_IN_ERROR.emailNotConfirmed:
      return { key: "auth.errors.emailNotConfirmed" };
    case SIGN_IN_ERROR.accountDisabled:
      return { key: "auth.errors.accountDisabled" };
    case SIGN_IN_ERROR.ssoNoEmail:
      return { key: "auth.errors.ssoNoEmail" };
    case SIGN_IN_ERROR.ssoDomainNotAllowed:
      return { key: "auth.errors.ssoDomainNotAllowed" };
    default:
      return { key: SSO_ERRORS.has(code) ? "auth.errors.ssoFailed" : "auth.errors.unexpected" };
  }
}
