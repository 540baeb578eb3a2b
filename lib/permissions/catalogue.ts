import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Every resource of the portal and what can be done to it. A permission is `resource:action`
 * (`agreement:update`); a grant adds the scope it holds in (`agreement:update:own-unit`).
 * Adding a feature means adding its resource here and its grants in `table.ts`.
 */
export const RESOURCE_ACTIONS = {
  /** The staff area (dashboard shell); its pages still check their own permissions. */
  dashboard: ["read"],
  /** One's own profile and password. */
  account: ["read", "update"],
  /** The institution profile and office contacts (public) and its settings (admin). */
  institution: ["read", "update"],
  unit: ["read", "manage"],
  partner: ["read", "create", "update", "delete"],
  agreement: ["read", "create", "update", "delete"],
  /** Agreement documents and their versioned files. */
  document: ["read", "create", "update", "delete"],
  center: ["read", "create", "update", "delete"],
  program: ["read", "create", "update", "delete"],
  opportunity: ["read", "create", "update", "delete", "publish"],
  /** review = score and comment; nominate = propose to the partner; decide = accept or reject. */
  application: ["read", "create", "update", "withdraw", "review", "nominate", "decide"],
  mobility: ["read", "create", "update", "delete"],
  project: ["read", "create", "update", "delete"],
  "grant-call": ["read", "create", "update", "delete"],
  visit: ["read", "create", "update", "delete"],
  event: ["read", "create", "update", "delete"],
  /** News and press releases: written in three languages, public once published. */
  news: ["read", "create", "update", "publish"],
  strategy: ["read", "create", "update", "delete"],
  /** The institution's own degree-seeking international students (never public: people). */
  "international-student": ["read", "create", "update"],
  report: ["read", "export"],
  user: ["read", "manage"],
  audit: ["read"],
} as const satisfies Record<string, readonly string[]>;

type ResourceActions = typeof RESOURCE_ACTIONS;

export type Resource = keyof ResourceActions;

/** `resource:action`, only for pairs the catalogue lists. */
export type Permission = { [R in Resource]: `${R}:${ResourceActions[R][number]}` }[Resource];

/**
 * How far a grant reaches: every record; records of the user's unit; records the user owns; or
 * only records marked public (published opportunities, public partners...).
 */
export const SCOPES = ["any", "own-unit", "own", "public"] as const;

export type Scope = (typeof SCOPES)[number];

export type Grant = `${Permission}:${Scope}`;

/** A signed-in role, or the anonymous visitor. */
export type Principal = Role | "VISITOR";

/** The part of a record a scope is decided on. Omitted fields never match a scope. */
export interface ResourceContext {
  unitId?: string | null;
  ownerId?: string | null;
  isPublic?: boolean;
}

export function splitGrant(grant: Grant): { permission: Permission; scope: Scope } {
  const cut = grant.lastIndexOf(":");
  return { permission: grant.slice(0, cut) as Permission, scope: grant.slice(cut + 1) as Scope };
}

export function resourceOf(permission: Permission): Resource {
  return permission.slice(0, permission.indexOf(":")) as Resource;
}
