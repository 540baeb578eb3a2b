import { AppError } from "@/lib/errors/app-error";
import { canSome, type Actor, type Permission } from "@/lib/permissions";

/**
 * The coarse gate before a scoped query: the user holds the permission in some scope (a
 * coordinator's `own-unit` counts). `requirePermission` without a record would only accept an `any`
 * grant; the record-level check then happens in the query's `where` or against the loaded record.
 */
export function requireSomeScope(actor: Actor, permission: Permission): void {
  if (canSome(actor, permission)) return;
  throw new AppError(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
}
