import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { Prisma, type InternationalStudent, type Unit } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { canSome, scopeWhere } from "@/lib/permissions";
import { shortLivedCache } from "@/lib/cache/short-lived";
import { studentFilterSql, studentScopeKey, studentScopeSql } from "./filter-sql";
import { STUDENT_PAGE_SIZE, type InternationalStudentFilter } from "./schemas";

/**
 * Staff reads of international students, always within the reader's scope (a coordinator: their
 * unit). The list page costs four queries whatever the number of students: one page with its total,
 * the statistics (one GROUPING SETS query), and the filter choices (units, programs).
 */

export const EXPORT_LIMIT = 50_000;

function requireReader(user: SessionUser | null): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!canSome(user, "international-student:read")) throw new AppError("FORBIDDEN");
}

export type StudentRow = Pick<
  InternationalStudent,
  "id" | "studentNumber" | "fullName" | "countryCode" | "programName" | "level" | "intakeYear" | "status" | "unitId"
> & { unitCode: Unit["code"] | null; unitName: Unit["name"] | null };

const SORT_SQL: Record<InternationalStudentFilter["sort"], Prisma.Sql> = {
  fullName: Prisma.sql`s."fullName"`,
  studentNumber: Prisma.sql`s."studentNumber"`,
  country: Prisma.sql`s."countryCode"`,
  intakeYear: Prisma.sql`s."intakeYear"`,
  status: Prisma.sql`s.status`,
};

function rowsSql(user: SessionUser, filter: InternationalStudentFilter, limit: number, offset: number): Prisma.Sql {
  const direction = filter.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  return Prisma.sql`
    SELECT s.id, s."studentNumber", s."fullName", s."countryCode", s."programName", s.level::text AS level,
      s."intakeYear", s.status::text AS status, s."unitId", u.code AS "unitCode", u.name AS "unitName",
      count(*) OVER () AS full_count
    FROM "InternationalStudent" s
    LEFT JOIN "Unit" u ON u.id = s."unitId"
    WHERE ${studentFilterSql(user, filter)}
    ORDER BY ${SORT_SQL[filter.sort]} ${direction}, s."fullName" ASC, s.id
    LIMIT ${limit} OFFSET ${offset}`;
}

function withoutCount(rows: (StudentRow & { full_count: bigint })[]): StudentRow[] {
  return rows.map(({ full_count: _count, ...row }) => row);
}

/** One page of the filtered list with its total. */
export async function listInternationalStudents(user: SessionUser | null, filter: InternationalStudentFilter) {
  requireReader(user);
  const rows = await db.$queryRaw<(StudentRow & { full_count: bigint })[]>(rowsSql(user, filter, STUDENT_PAGE_SIZE, (filter.page - 1) * STUDENT_PAGE_SIZE));
  return { rows: withoutCount(rows), total: rows[0] ? Number(rows[0].full_count) : 0, page: filter.page, pageSize: STUDENT_PAGE_SIZE };
}

/** Every student the filters match (up to EXPORT_LIMIT), for CSV/Excel export. */
export async function listInternationalStudentsForExport(user: SessionUser | null, filter: InternationalStudentFilter): Promise<StudentRow[]> {
  requireReader(user);
  return withoutCount(await db.$queryRaw<(StudentRow & { full_count: bigint })[]>(rowsSql(user, filter, EXPORT_LIMIT, 0)));
}

export interface StudentStatistics {
  total: number;
  byCountry: { countryCode: string; count: number }[];
  byProgram: { programName: string; count: number }[];
  /** `unitId` null: students without a unit. */
  byUnit: { unitId: string | null; unitCode: string | null; unitName: string | null; count: number }[];
  byYear: { intakeYear: number; count: number }[];
}

type StatisticsRow = {
  dimension: "country" | "program" | "unit" | "year" | "total";
  countryCode: string | null;
  programName: string | null;
  unitId: string | null;
  unitCode: string | null;
  unitName: string | null;
  intakeYear: number | null;
  count: number;
};

/**
 * The statistics are kept a minute per scope and filter, as the dashboards' figures: every page of a
 * list, and every reader with the same scope, shares them; a staff write empties the cache at once
 * (lib/cache/short-lived.ts), and an import is a write.
 */
const statisticsCache = shortLivedCache({ ttlMs: 60_000, maxEntries: 200 });

/**
 * How the filtered students divide by country, program, unit and intake year, and their total:
 * one query with GROUPING SETS, the largest groups first.
 */
export async function getStudentStatistics(user: SessionUser | null, filter: InternationalStudentFilter): Promise<StudentStatistics> {
  requireReader(user);
  const { page: _page, sort: _sort, dir: _dir, ...where } = filter;
  return statisticsCache.get(`${studentScopeKey(user)}:${JSON.stringify(where)}`, () => loadStudentStatistics(user, where));
}

async function loadStudentStatistics(user: SessionUser, filter: Omit<InternationalStudentFilter, "sort" | "dir" | "page">): Promise<StudentStatistics> {
  const rows = await db.$queryRaw<StatisticsRow[]>`
    SELECT
      CASE
        WHEN GROUPING(s."countryCode") = 0 THEN 'country'
        WHEN GROUPING(s."programName") = 0 THEN 'program'
        WHEN GROUPING(s."unitId") = 0 THEN 'unit'
        WHEN GROUPING(s."intakeYear") = 0 THEN 'year'
        ELSE 'total'
      END AS dimension,
      s."countryCode", s."programName", s."unitId", min(u.code) AS "unitCode", min(u.name) AS "unitName", s."intakeYear",
      count(*)::int AS count
    FROM "InternationalStudent" s
    LEFT JOIN "Unit" u ON u.id = s."unitId"
    WHERE ${studentFilterSql(user, filter)}
    GROUP BY GROUPING SETS ((s."countryCode"), (s."programName"), (s."unitId"), (s."intakeYear"), ())
    ORDER BY count DESC`;
  const of = (dimension: StatisticsRow["dimension"]) => rows.filter((row) => row.dimension === dimension);
  return {
    total: of("total")[0]?.count ?? 0,
    byCountry: of("country").map((row) => ({ countryCode: row.countryCode!, count: row.count })),
    byProgram: of("program").map((row) => ({ programName: row.programName!, count: row.count })),
    byUnit: of("unit").map((row) => ({ unitId: row.unitId, unitCode: row.unitCode, unitName: row.unitName, count: row.count })),
    byYear: of("year")
      .map((row) => ({ intakeYear: row.intakeYear!, count: row.count }))
      .sort((a, b) => b.intakeYear - a.intakeYear),
  };
}

/** The filters' and the form's choices: the units (a coordinator: their own) and the programs students follow. */
export async function getStudentOptions(user: SessionUser | null) {
  requireReader(user);
  const [units, programs] = await Promise.all([
    db.unit.findMany({
      where: canSome(user, "international-student:update") || !user.unitId ? { archivedAt: null } : { id: user.unitId },
      select: { id: true, code: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.$queryRaw<{ programName: string }[]>`
      SELECT DISTINCT s."programName" FROM "InternationalStudent" s WHERE ${studentScopeSql(user)} ORDER BY 1`,
  ]);
  return { units, programs: programs.map((row) => row.programName) };
}

const studentSelect = {
  id: true,
  studentNumber: true,
  fullName: true,
  countryCode: true,
  programName: true,
  level: true,
  unitId: true,
  intakeYear: true,
  status: true,
  version: true,
  updatedAt: true,
  unit: { select: { code: true, name: true } },
} satisfies Prisma.InternationalStudentSelect;

export type StudentRecord = Prisma.InternationalStudentGetPayload<{ select: typeof studentSelect }>;

/** One student for the edit page, or null when unknown or out of the reader's reach. */
export async function getInternationalStudent(user: SessionUser | null, id: string): Promise<StudentRecord | null> {
  requireReader(user);
  return db.internationalStudent.findFirst({ where: { AND: [scopeWhere(user, "international-student:read"), { id }] }, select: studentSelect });
}
