import "server-only";
import { randomBytes } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser, type SessionUser } from "@/lib/auth/current-user";
import { logger } from "@/lib/logging/logger";
import { canSome, type Permission } from "@/lib/permissions";
import { AppError, type AppErrorCode, type FieldErrors, type MessageValues } from "./app-error";
import { formDataToObject } from "./form-data";
import { findHostileInput } from "./hostile-input";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: AppErrorCode | "INTERNAL";
      /** A translation key for the message above the form. */
      formError: string;
      values?: MessageValues;
      /** Translation keys per field path ("email", "conditions.0.places"). */
      fieldErrors?: FieldErrors;
      /** Quoted to support for unexpected errors; the details are in the server log under it. */
      reference?: string;
    };

/**
 * Who may call the action at all: anyone ("public"), any signed-in user ("signed-in"), or a user
 * holding the permission in some scope. Record-level checks (own unit, own record) belong in the
 * handler, through `requirePermission(user, permission, record)`.
 */
export type ActionAccess = "public" | "signed-in" | Permission;

type UserFor<A extends ActionAccess> = A extends "public" ? SessionUser | null : SessionUser;

export interface ActionConfig<S extends z.ZodType, T, A extends ActionAccess> {
  /** For the log when something unexpected happens, e.g. "users.invite". */
  name: string;
  access: A;
  /** A `z.strictObject` (unknown fields refused), coercing form strings where needed. */
  schema: S;
  handler: (input: z.output<S>, context: { user: UserFor<A> }) => Promise<T>;
}

// A translation key ("common.form.errors.required", optionally with "|values"); anything else is a
// validator's own English text, which never reaches a person.
const MESSAGE_KEY = /^[a-zA-Z][\w-]*(\.[\w-]+)+(\|.*)?$/;

function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    (fields[key] ??= []).push(MESSAGE_KEY.test(issue.message) ? issue.message : "common.form.errors.invalid");
  }
  return fields;
}

function failure(error: AppError): ActionResult<never> {
  return {
    ok: false,
    code: error.code,
    formError: error.messageKey,
    ...(error.values ? { values: error.values } : {}),
    ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
  };
}

/**
 * Wraps a server action: authenticate → coarse permission gate → zod parse → handler. Expected
 * failures come back as `{ ok: false }` with translation keys; anything else is logged under a
 * reference and answered generically, so no internal message ever reaches the browser. The gate
 * runs before parsing so a caller without the right learns nothing about the expected input.
 *
 * In a `"use server"` file: `export const inviteStaffAction = safeAction({ ... })`.
 */
export function safeAction<S extends z.ZodType, T, A extends ActionAccess>(
  config: ActionConfig<S, T, A>,
): (input: z.input<S> | FormData) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const user = await getCurrentUser();
      if (config.access !== "public") {
        if (!user) throw new AppError("UNAUTHENTICATED");
        if (config.access !== "signed-in" && !canSome(user, config.access)) throw new AppError("FORBIDDEN");
      }
      const raw = input instanceof FormData ? formDataToObject(input) : input;
      const hostile = findHostileInput(raw);
      if (hostile) throw new AppError("VALIDATION", { fieldErrors: { [hostile.path]: [hostile.messageKey] } });
      const parsed = config.schema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError("VALIDATION", { fieldErrors: zodFieldErrors(parsed.error) });
      }
      const data = await config.handler(parsed.data, { user: user as UserFor<A> });
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) return failure(error);
      const reference = randomBytes(4).toString("hex");
      logger.error({ err: error, reference, action: config.name }, "server action failed");
      return { ok: false, code: "INTERNAL", formError: "errors.generic.unexpected", reference };
    }
  };
}
