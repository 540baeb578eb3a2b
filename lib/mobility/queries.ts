import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { canSome, scopeWhere } from "@/lib/permissions";
import { MOBILITY_PAGE_SIZE, type MobilityFilter } from "./schemas";

/** Reads of mobility records, always limited by the user's scope (coordinators: their unit). */

export const EXPORT_LIMIT = 20_000;

export const mobilityRowSelect = {
  id: true,
  direction: true,
  participantType: true,
  mobilityType: true,
  personName: true,
  personEmail: true,
  homeCountryCode: true,
  level: true,
  iscedCode: true,
  academicYear: true,
  startDate: true,
  endDate: true,
  status: true,
  applicationId: true,
  partner: { select: { name: true, countryCode: true } },
  program: { select: { name: true } },
  agreement: { select: { referenceNumber: true } },
  unit: { select: { code: true, name: true } },
} satisfies Prisma.MobilityRecordSelect;

export type MobilityRow = Prisma.MobilityRecordGetPayload<{ select: typeof mobilityRowSelect }>;

function requireReader(user: SessionUser | null): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!canSome(user, "mobility:read") || !canSome(user, "dashboard:read")) throw new AppError("FORBIDDEN");
}

/**
 * The search box: every word must appear in the person's name or e-mail address, in any case, so
 * "mammadova aysel" and "aysel@" both find Aysel Mammadova (ILIKE; a trigram index can serve it).
 */
function personMatches(q: string): Prisma.MobilityRecordWhereInput[] {
  return q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => {
      const contains = { contains: word, mode: "insensitive" as const };
      return { OR: [{ personName: contains }, { personEmail: contains }] };
    });
}

function whereOf(user: SessionUser, filter: MobilityFilter): Prisma.MobilityRecordWhereInput {
  const filters: Prisma.MobilityRecordWhereInput[] = [];
  if (filter.q) filters.push(...personMatches(filter.q));
  if (filter.direction) filters.push({ direction: filter.direction });
  if (filter.participantType) filters.push({ participantType: filter.participantType });
  if (filter.status) filters.push({ status: filter.status });
  if (filter.country) filters.push({ partner: { countryCode: filter.country } });
  if (filter.programId) filters.push({ programId: filter.programId });
  if (filter.academicYear) filters.push({ academicYear: filter.academicYear });
  if (filter.unitId) filters.push({ unitId: filter.unitId });
  return { AND: [scopeWhere(user, "mobility:read"), ...filters] };
}

function orderOf(filter: MobilityFilter): Prisma.MobilityRecordOrderByWithRelationInput[] {
  return [{ [filter.sort]: filter.dir }, { id: "asc" }];
}

export async function listMobilityRecords(user: SessionUser | null, filter: MobilityFilter) {
  requireReader(user);
  const where = whereOf(user, filter);
  const [total, rows] = await Promise.all([
    db.mobilityRecord.count({ where }),
    db.mobilityRecord.findMany({
      where,
      select: mobilityRowSelect,
      orderBy: orderOf(filter),
      skip: (filter.page - 1) * MOBILITY_PAGE_SIZE,
      take: MOBILITY_PAGE_SIZE,
    }),
  ]);
  return { rows, total, page: filter.page, pageSize: MOBILITY_PAGE_SIZE };
}

/** Every row matching the filters (up to EXPORT_LIMIT), for CSV/Excel export. */
export async function listMobilityRecordsForExport(user: SessionUser | null, filter: MobilityFilter): Promise<MobilityRow[]> {
  requireReader(user);
  return db.mobilityRecord.findMany({ where: whereOf(user, filter), select: mobilityRowSelect, orderBy: orderOf(filter), take: EXPORT_LIMIT });
}

/** Choices for the filters and the form: partners' countries, programs, units, partners, agreements. */
export async function getMobilityOptions(user: SessionUser | null, { forForm }: { forForm: boolean }) {
  requireReader(user);
  const [countries, programs, units, partners, agreements, years] = await Promise.all([
    db.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    db.mobilityProgram.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.unit.findMany({ select: { id: true, code: true, name: true }, orderBy: { name: "asc" } }),
    forForm ? db.partner.findMany({ where: { archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }) : [],
    forForm
      ? db.agreement.findMany({
          where: { status: { in: ["ACTIVE", "EXPIRED"] } },
          select: { id: true, referenceNumber: true, title: true },
          orderBy: { referenceNumber: "asc" },
        })
      : [],
    db.mobilityRecord.findMany({ where: scopeWhere(user, "mobility:read"), distinct: ["academicYear"], select: { academicYear: true }, orderBy: { academicYear: "desc" } }),
  ]);
  return { countries, programs, units, partners, agreements, years: years.map((y) => y.academicYear) };
}
