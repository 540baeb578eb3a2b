import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerStatus, WorldRegion } from "@/lib/generated/prisma/enums";
import { can, scopesOf } from "@/lib/permissions";
import { requireStaffRead } from "./queries";
import type { PartnerSearchFilter } from "./schemas";

export const PARTNER_SEARCH_PAGE_SIZE = 25;

export interface PartnerCandidate {
  id: string;
  name: string;
  countryCode: string;
  region: WorldRegion;
  city: string | null;
  areas: string[];
  status: PartnerStatus;
  /** Projects we shared with the partner, among those the reader may see. */
  sharedProjects: number;
  /** Their titles, most recent first (at most three). */
  projectTitles: string[];
}

/** The projects the reader may see, as SQL on `pr`: the office's all, a coordinator's unit's and the public ones. */
function projectScope(user: SessionUser): Prisma.Sql {
  const scopes = scopesOf(user, "project:read");
  if (scopes.has("any")) return Prisma.sql`TRUE`;
  const parts: Prisma.Sql[] = [];
  if (scopes.has("public")) parts.push(Prisma.sql`pr."isPublic"`);
  if (scopes.has("own-unit") && user.unitId) parts.push(Prisma.sql`pr."unitId" = ${user.unitId}::uuid`);
  return parts.length > 0 ? Prisma.sql`(${Prisma.join(parts, " OR ")})` : Prisma.sql`FALSE`;
}

/** The search box reads partner names and cities; LIKE's wildcards typed in it are taken literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Partners for a proposal: the registry's active partners filtered by country, region and area of
 * cooperation, those we already shared projects with first (ProjectPartner), then by name. Each
 * row links to the partner's staff page.
 */
export async function searchProposalPartners(
  user: SessionUser | null,
  filter: PartnerSearchFilter,
): Promise<{ rows: PartnerCandidate[]; total: number; page: number; pageSize: number }> {
  requireStaffRead(user);
  if (!can(user, "partner:read")) throw new AppError("FORBIDDEN");
  const conditions: Prisma.Sql[] = [Prisma.sql`p."archivedAt" IS NULL`];
  if (filter.country) conditions.push(Prisma.sql`p."countryCode" = ${filter.country}`);
  if (filter.region) conditions.push(Prisma.sql`c."region" = ${filter.region}::"WorldRegion"`);
  if (filter.area) conditions.push(Prisma.sql`${filter.area} = ANY (p."areas")`);
  if (filter.q) conditions.push(Prisma.sql`(p."name" ILIKE ${likePattern(filter.q)} OR p."city" ILIKE ${likePattern(filter.q)})`);
  const sharedOnly = filter.shared === "1" ? Prisma.sql`HAVING count(DISTINCT pr."id") > 0` : Prisma.empty;

  const rows = await db.$queryRaw<(PartnerCandidate & { total: number })[]>`
    SELECT p."id", p."name", p."countryCode", c."region", p."city", p."areas", p."status",
      count(DISTINCT pr."id")::int AS "sharedProjects",
      (array_remove(array_agg(pr."title" ORDER BY pr."startDate" DESC), NULL))[1:3] AS "projectTitles",
      count(*) OVER ()::int AS total
    FROM "Partner" p
    JOIN "Country" c ON c."code" = p."countryCode"
    LEFT JOIN "ProjectPartner" pp ON pp."partnerId" = p."id"
    LEFT JOIN "Project" pr ON pr."id" = pp."projectId" AND ${projectScope(user)}
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY p."id", c."region"
    ${sharedOnly}
    ORDER BY "sharedProjects" DESC, p."name", p."id"
    LIMIT ${PARTNER_SEARCH_PAGE_SIZE} OFFSET ${(filter.page - 1) * PARTNER_SEARCH_PAGE_SIZE}`;
  return {
    rows: rows.map(({ total: _total, ...row }) => row),
    total: rows[0]?.total ?? 0,
    page: filter.page,
    pageSize: PARTNER_SEARCH_PAGE_SIZE,
  };
}

/** The countries of the registry's active partners, for the search's country filter. */
export async function listPartnerCountries(): Promise<string[]> {
  const rows = await db.partner.findMany({ where: { archivedAt: null }, distinct: ["countryCode"], select: { countryCode: true } });
  return rows.map((row) => row.countryCode);
}
