import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { Prisma } from "@/lib/generated/prisma/client";
import { scopesOf } from "@/lib/permissions";
import type { InternationalStudentFilter } from "./schemas";

/**
 * The list's filters and the reader's scope as one SQL condition on "InternationalStudent" s, shared
 * by the page, its statistics and the export, so the three always count the same students. It is
 * the raw-SQL twin of `scopeWhere(user, "international-student:read")`: every student for the
 * office, a coordinator's unit only, nothing for anyone else.
 */

export function studentScopeSql(user: SessionUser | null): Prisma.Sql {
  const scopes = scopesOf(user, "international-student:read");
  if (scopes.has("any")) return Prisma.sql`TRUE`;
  if (scopes.has("own-unit") && user?.unitId) return Prisma.sql`s."unitId" = ${user.unitId}::uuid`;
  return Prisma.sql`FALSE`;
}

/** Who `studentScopeSql` lets the reader see, as a cache key part: readers with the same key count the same students. */
export function studentScopeKey(user: SessionUser | null): string {
  const scopes = scopesOf(user, "international-student:read");
  if (scopes.has("any")) return "any";
  if (scopes.has("own-unit") && user?.unitId) return `unit:${user.unitId}`;
  return "none";
}

/** `%word%` for ILIKE, with the pattern's own wildcards escaped. */
function containing(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function studentFilterSql(user: SessionUser | null, filter: Omit<InternationalStudentFilter, "sort" | "dir" | "page">): Prisma.Sql {
  const parts: Prisma.Sql[] = [studentScopeSql(user)];
  // Every word of the search must appear in the name or the student number ("aliyev 2023").
  for (const word of (filter.q ?? "").split(/\s+/).filter(Boolean).slice(0, 8)) {
    parts.push(Prisma.sql`(s."fullName" ILIKE ${containing(word)} OR s."studentNumber" ILIKE ${containing(word)})`);
  }
  if (filter.country) parts.push(Prisma.sql`s."countryCode" = ${filter.country}`);
  if (filter.level) parts.push(Prisma.sql`s.level = ${filter.level}::"StudyLevel"`);
  if (filter.status) parts.push(Prisma.sql`s.status = ${filter.status}::"InternationalStudentStatus"`);
  if (filter.unitId) parts.push(Prisma.sql`s."unitId" = ${filter.unitId}::uuid`);
  if (filter.intakeYear) parts.push(Prisma.sql`s."intakeYear" = ${filter.intakeYear}`);
  if (filter.program) parts.push(Prisma.sql`lower(s."programName") = lower(${filter.program})`);
  return Prisma.join(parts, " AND ");
}
