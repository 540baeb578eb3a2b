/**
 * An expected failure: something a user or caller can understand and act on. The message is a
 * translation key (fully qualified, e.g. "errors.generic.forbidden") plus interpolation values, so
 * the same error reads well in every locale. Anything that is not an AppError is a bug: it is logged
 * and answered with a generic message, never with its own text.
 */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "BAD_REQUEST"
  | "TOO_LARGE"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "INVALID_TOKEN"
  | "MAIL_FAILED";

export type MessageValues = Record<string, string | number>;

/** Field name → message keys, the shape react-hook-form's `setError` is fed with. */
export type FieldErrors = Record<string, string[]>;

const DEFAULT_MESSAGE_KEYS: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "errors.generic.unauthorized",
  FORBIDDEN: "errors.generic.forbidden",
  NOT_FOUND: "errors.generic.notFound",
  VALIDATION: "errors.generic.validation",
  BAD_REQUEST: "errors.generic.badRequest",
  TOO_LARGE: "errors.generic.tooLarge",
  CONFLICT: "errors.generic.conflict",
  RATE_LIMITED: "errors.generic.rateLimited",
  INVALID_TOKEN: "auth.errors.invalidToken",
  MAIL_FAILED: "auth.errors.mailFailed",
};

/** HTTP status a route handler answers with for each code. */
export const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  BAD_REQUEST: 400,
  TOO_LARGE: 413,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INVALID_TOKEN: 400,
  MAIL_FAILED: 503,
};

export interface AppErrorOptions {
  messageKey?: string;
  values?: MessageValues;
  fieldErrors?: FieldErrors;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messageKey: string;
  readonly values: MessageValues | undefined;
  readonly fieldErrors: FieldErrors | undefined;

  constructor(code: AppErrorCode, options: AppErrorOptions = {}) {
    const messageKey = options.messageKey ?? DEFAULT_MESSAGE_KEYS[code];
    super(`${code}: ${messageKey}`, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.messageKey = messageKey;
    this.values = options.values;
    this.fieldErrors = options.fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A validation failure on one field, shown next to it. */
export function fieldError(field: string, messageKey: string, values?: MessageValues): AppError {
  return new AppError("VALIDATION", { fieldErrors: { [field]: [messageKey] }, values });
}
