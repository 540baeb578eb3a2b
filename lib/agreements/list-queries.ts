import "server-only";
import { requireSomeScope } from "./access";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Agreement, Prisma } from "@/lib/generated/prisma/client";
import { scopeWhere } from "@/lib/permissions";
import { addDays, fromIsoDay, todayIso } from "./dates";
import { LIST_PAGE_SIZE, type AgreementListFilter, type ListSort } from "./schemas";

/**
 * The staff agreement list: filters, sort and paging in the database, scoped to what the user may
 * read. Two queries for the rows (the page of agreements, then the units and partners of all of
 * them in one joined query) and one count, whatever the page size: no query per row.
 */

const listSelect = {
  id: true,
  referenceNumber: true,
  title: true,
  kind: true,
  status: true,
  startsOn: true,
  endsOn: true,
} satisfies Prisma.AgreementSelect;

/**
 * What the raw query below returns per agreement: exactly what Prisma's nested select of the unit
 * and partners would, typed from the generated client, so renaming a column or relation in the
 * schema fails the type check here, next to the SQL that must follow it.
 */
type ListRelations = Prisma.AgreementGetPayload<{
  select: { unit: { select: { code: true; name: true } }; partners: { select: { partner: { select: { id: true; name: true; countryCode: true } } } } };
}>;

export type AgreementListRow = Prisma.AgreementGetPayload<{ select: typeof listSelect }> & ListRelations;

/**
 * The unit and partners of the listed agreements in one statement. Prisma's nested select would
 * take three (units, agreement-partner links, partners); on the busiest staff page that is the
 * difference between a handful of queries and most of the pool.
 */
async function listRelations(agreementIds: string[]): Promise<Map<string, ListRelations>> {
  if (agreementIds.length === 0) return new Map();
  const rows = await db.$queryRaw<(Pick<Agreement, "id"> & ListRelations)[]>`
    SELECT a."id",
           json_build_object('code', u."code", 'name', u."name") AS "unit",
           coalesce(
             json_agg(json_build_object('partner', json_build_object('id', p."id", 'name', p."name", 'countryCode', p."countryCode"))
                      ORDER BY p."name") FILTER (WHERE p."id" IS NOT NULL),
             '[]'
           ) AS "partners"
    FROM "Agreement" a
    JOIN "Unit" u ON u."id" = a."unitId"
    LEFT JOIN "AgreementPartner" ap ON ap."agreementId" = a."id"
    LEFT JOIN "Partner" p ON p."id" = ap."partnerId"
    WHERE a."id" = ANY(${agreementIds}::uuid[])
    GROUP BY a."id", u."code", u."name"`;
  return new Map(rows.map(({ id, ...relations }) => [id, relations]));
}

const SORT_FIELDS: Record<ListSort, (dir: Prisma.SortOrder) => Prisma.AgreementOrderByWithRelationInput> = {
  reference: (dir) => ({ referenceNumber: dir }),
  title: (dir) => ({ title: dir }),
  status: (dir) => ({ status: dir }),
  kind: (dir) => ({ kind: dir }),
  startsOn: (dir) => ({ startsOn: { sort: dir, nulls: "last" } }),
  endsOn: (dir) => ({ endsOn: { sort: dir, nulls: "last" } }),
};

/** The filters as a Prisma `where`, without the user's scope (callers add it). */
export function agreementFilterWhere(filter: AgreementListFilter, now: Date = new Date()): Prisma.AgreementWhereInput {
  const conditions: Prisma.AgreementWhereInput[] = [];
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.kind) conditions.push({ kind: filter.kind });
  if (filter.unitId) conditions.push({ unitId: filter.unitId });
  if (filter.country) conditions.push({ partners: { some: { partner: { countryCode: filter.country } } } });
  if (filter.expiring) {
    const today = todayIso(now);
    conditions.push({ status: "ACTIVE", endsOn: { gte: fromIsoDay(today), lte: fromIsoDay(addDays(today, filter.expiring)) } });
  }
  if (filter.q) {
    const contains = { contains: filter.q, mode: "insensitive" as const };
    conditions.push({
      OR: [{ referenceNumber: contains }, { title: contains }, { partners: { some: { partner: { name: contains } } } }],
    });
  }
  return { AND: conditions };
}

export function agreementOrderBy(filter: AgreementListFilter): Prisma.AgreementOrderByWithRelationInput[] {
  const sort = filter.sort ?? "reference";
  const dir = filter.dir ?? (filter.sort ? "asc" : "desc");
  return [SORT_FIELDS[sort](dir), { id: "asc" }];
}

export async function listAgreements(
  user: SessionUser | null,
  filter: AgreementListFilter,
  now: Date = new Date(),
): Promise<{ rows: AgreementListRow[]; total: number; page: number; pageSize: number }> {
  requireSomeScope(user, "agreement:read");
  const where: Prisma.AgreementWhereInput = { AND: [scopeWhere(user, "agreement:read"), agreementFilterWhere(filter, now)] };
  const { page } = filter;
  const [total, agreements] = await Promise.all([
    db.agreement.count({ where }),
    db.agreement.findMany({
      where,
      select: listSelect,
      orderBy: agreementOrderBy(filter),
      skip: (page - 1) * LIST_PAGE_SIZE,
      take: LIST_PAGE_SIZE,
    }),
  ]);
  const relations = await listRelations(agreements.map((agreement) => agreement.id));
  const rows = agreements.map((agreement) => ({ ...agreement, ...relations.get(agreement.id)! }));
  return { rows, total, page, pageSize: LIST_PAGE_SIZE };
}

/** Every row matching the filters, for export (capped: an export is a report, not a backup). */
export const EXPORT_LIMIT = 50_000;

export async function listAgreementsForExport(user: SessionUser | null, filter: AgreementListFilter, now: Date = new Date()) {
  requireSomeScope(user, "agreement:read");
  return db.agreement.findMany({
    where: { AND: [scopeWhere(user, "agreement:read"), agreementFilterWhere(filter, now)] },
    select: {
      referenceNumber: true,
      title: true,
      kind: true,
      status: true,
      scope: true,
      signedOn: true,
      startsOn: true,
      endsOn: true,
      renewalType: true,
      noticePeriodDays: true,
      unit: { select: { code: true } },
      responsible: { select: { name: true } },
      partners: { select: { partner: { select: { name: true, countryCode: true } } } },
      _count: { select: { conditions: true } },
    },
    orderBy: agreementOrderBy(filter),
    take: EXPORT_LIMIT,
  });
}

export type AgreementExportRow = Awaited<ReturnType<typeof listAgreementsForExport>>[number];
