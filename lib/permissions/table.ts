import type { Grant, Principal } from "./catalogue";

/**
 * Who may do what: the one table every check reads. Roles are cumulative upward
 * (admin ⊃ officer ⊃ coordinator); a student is separate. Everyone, signed in or not, holds the
 * visitor's public reads. Change rights here, never with role comparisons in feature code.
 */

const VISITOR: readonly Grant[] = [
  "institution:read:any",
  "partner:read:public",
  "center:read:public",
  "program:read:public",
  "opportunity:read:public",
  "project:read:public",
  "event:read:public",
  "grant-call:read:public",
  "news:read:public",
];

/** What every signed-in person may do with their own account. */
const SIGNED_IN: readonly Grant[] = ["account:read:own", "account:update:own"];

const STUDENT: readonly Grant[] = [
  ...VISITOR,
  ...SIGNED_IN,
  "application:create:own",
  "application:read:own",
  "application:update:own",
  "application:withdraw:own",
  "mobility:read:own",
];

/** Faculty staff: see and propose for their unit, review and nominate their unit's students. */
const COORDINATOR: readonly Grant[] = [
  ...VISITOR,
  ...SIGNED_IN,
  "dashboard:read:any",
  "unit:read:any",
  "user:read:own-unit",
  "partner:read:any",
  "agreement:read:own-unit",
  "agreement:create:own-unit",
  "agreement:update:own-unit",
  "document:read:own-unit",
  "document:create:own-unit",
  "document:update:own-unit",
  "center:read:any",
  "news:read:any",
  "program:read:any",
  "opportunity:read:own-unit",
  "application:read:own-unit",
  "application:review:own-unit",
  "application:nominate:own-unit",
  "mobility:read:own-unit",
  "project:read:own-unit",
  "project:create:own-unit",
  "project:update:own-unit",
  "grant-call:read:any",
  "visit:read:own-unit",
  "visit:create:own-unit",
  "visit:update:own-unit",
  "event:read:any",
  // A faculty organizes its own conferences and lectures and sees who registered for them.
  "event:create:own-unit",
  "event:update:own-unit",
  "strategy:read:any",
  "report:read:own-unit",
  "international-student:read:own-unit",
];

/** The international office: everything operational, for every unit. */
const OFFICER: readonly Grant[] = [
  ...COORDINATOR,
  "user:read:any",
  "partner:create:any",
  "partner:update:any",
  "partner:delete:any",
  "agreement:read:any",
  "agreement:create:any",
  "agreement:update:any",
  "agreement:delete:any",
  "document:read:any",
  "document:create:any",
  "document:update:any",
  "document:delete:any",
  "center:create:any",
  "center:update:any",
  "center:delete:any",
  "news:create:any",
  "news:update:any",
  "news:publish:any",
  "program:create:any",
  "program:update:any",
  "program:delete:any",
  "opportunity:read:any",
  "opportunity:create:any",
  "opportunity:update:any",
  "opportunity:delete:any",
  "opportunity:publish:any",
  "application:read:any",
  "application:review:any",
  "application:nominate:any",
  "application:decide:any",
  "mobility:read:any",
  "mobility:create:any",
  "mobility:update:any",
  "mobility:delete:any",
  "project:read:any",
  "project:create:any",
  "project:update:any",
  "project:delete:any",
  "grant-call:create:any",
  "grant-call:update:any",
  "grant-call:delete:any",
  "visit:read:any",
  "visit:create:any",
  "visit:update:any",
  "visit:delete:any",
  "event:create:any",
  "event:update:any",
  "event:delete:any",
  "report:read:any",
  "report:export:any",
  "international-student:read:any",
  "international-student:create:any",
  "international-student:update:any",
];

/** The office head / IT: all of the officer, plus people, settings, strategy and the audit log. */
const ADMIN: readonly Grant[] = [
  ...OFFICER,
  "user:manage:any",
  "unit:manage:any",
  "institution:update:any",
  "strategy:create:any",
  "strategy:update:any",
  "strategy:delete:any",
  "audit:read:any",
];

export const PERMISSION_TABLE: Readonly<Record<Principal, readonly Grant[]>> = {
  VISITOR,
  STUDENT,
  COORDINATOR,
  OFFICER,
  ADMIN,
};
