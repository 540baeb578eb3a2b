import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { Prisma, type Application, type Opportunity, type User } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import { canSome, requirePermission, scopeWhere } from "@/lib/permissions";
import { motivationOf } from "./student-queries";
import { parseCriteria, QUEUE_PAGE_SIZE, type QueueFilter, type QueueSort } from "./schemas";
import { applicationScopeSql, queueOpportunitySql, queueOpportunityWhere } from "./scope-sql";

/**
 * The reviewers' reads. Drafts are the student's own business and never appear here. Coordinators
 * see only their unit's students (scopeWhere / applicationScopeSql), and only in the queues of their
 * unit's and office-wide calls (queueOpportunityWhere): another unit's queue is "not found". The
 * queue page costs three queries whatever the number of applications: header, status counts, one
 * page. The raw queries' row types are built from the Prisma models, so a renamed column fails the
 * type check next to the SQL that reads it.
 */

const PLACE_HOLDING: ApplicationStatus[] = ["NOMINATED", "ACCEPTED"];

function requireReviewer(user: SessionUser | null): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!canSome(user, "application:read") || !canSome(user, "application:review")) throw new AppError("FORBIDDEN");
}

export type QueueOverviewRow = Pick<Opportunity, "id" | "title" | "status" | "closesAt" | "places"> & {
  total: number;
  pending: number;
  shortlisted: number;
  nominated: number;
  accepted: number;
};

/** Opportunities with submitted applications the user may review, with counts per stage. */
export async function listQueueOverview(user: SessionUser | null, page: number) {
  requireReviewer(user);
  const scope = applicationScopeSql(user, "application:read");
  const reach = queueOpportunitySql(user);
  const offset = (page - 1) * QUEUE_PAGE_SIZE;
  const rows = await db.$queryRaw<(QueueOverviewRow & { full_count: bigint })[]>`
    SELECT o.id, o.title, o.status::text AS status, o."closesAt", o.places,
      count(*)::int AS total,
      count(*) FILTER (WHERE a.status IN ('SUBMITTED', 'UNDER_REVIEW'))::int AS pending,
      count(*) FILTER (WHERE a.status = 'SHORTLISTED')::int AS shortlisted,
      count(*) FILTER (WHERE a.status = 'NOMINATED')::int AS nominated,
      count(*) FILTER (WHERE a.status = 'ACCEPTED')::int AS accepted,
      count(*) OVER () AS full_count
    FROM "Application" a
    JOIN "User" u ON u.id = a."studentId"
    JOIN "Opportunity" o ON o.id = a."opportunityId"
    WHERE a.status <> 'DRAFT' AND ${scope} AND ${reach}
    GROUP BY o.id
    ORDER BY o."closesAt" DESC, o.id
    LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${offset}`;
  return {
    rows: rows.map(({ full_count: _full, ...row }) => row),
    total: rows[0] ? Number(rows[0].full_count) : 0,
    page,
    pageSize: QUEUE_PAGE_SIZE,
  };
}

export type QueueRow = Omit<Pick<Application, "id" | "status" | "rank" | "submittedAt" | "gpa" | "languageLevel">, "gpa"> & {
  /** Read as text: the exact decimal the student gave. */
  gpa: string | null;
  studentName: User["name"];
  studentEmail: User["email"];
  /** The average of the reviews' totals. */
  score: number | null;
  reviewCount: number;
};

/** What the page query returns before the average becomes a number. */
type QueueSqlRow = Omit<QueueRow, "score"> & { score: Prisma.Decimal | null };

const SORT_SQL: Record<QueueSort, Prisma.Sql> = {
  score: Prisma.sql`score`,
  rank: Prisma.sql`a.rank`,
  submittedAt: Prisma.sql`a."submittedAt"`,
  gpa: Prisma.sql`a.gpa`,
  name: Prisma.sql`u.name`,
};

const DEFAULT_DIR: Record<QueueSort, "asc" | "desc"> = { score: "desc", rank: "asc", submittedAt: "asc", gpa: "desc", name: "asc" };

/** The review queue of one opportunity: header, counts per status, and one sorted page. */
export async function getQueue(user: SessionUser | null, opportunityId: string, filter: QueueFilter) {
  requireReviewer(user);
  const scopeWhereApp = scopeWhere(user, "application:read");
  const dir = filter.dir ?? DEFAULT_DIR[filter.sort];
  const scope = applicationScopeSql(user, "application:read");
  const statusSql = filter.status ? Prisma.sql`AND a.status = ${filter.status}::"ApplicationStatus"` : Prisma.empty;
  const direction = dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;

  const [opportunity, counts, rows] = await Promise.all([
    db.opportunity.findFirst({
      where: { AND: [{ id: opportunityId }, queueOpportunityWhere(user)] },
      select: {
        id: true,
        title: true,
        status: true,
        places: true,
        closesAt: true,
        selectionCriteria: true,
        _count: { select: { applications: { where: { status: { in: PLACE_HOLDING } } } } },
      },
    }),
    db.application.groupBy({
      by: ["status"],
      where: { AND: [scopeWhereApp, { opportunityId, status: { not: "DRAFT" } }] },
      _count: { _all: true },
    }),
    db.$queryRaw<QueueSqlRow[]>`
      SELECT a.id, a.status::text AS status, a.rank, a."submittedAt", a.gpa::text AS gpa,
        a."languageLevel"::text AS "languageLevel", u.name AS "studentName", u.email AS "studentEmail",
        r.score, COALESCE(r.n, 0)::int AS "reviewCount"
      FROM "Application" a
      JOIN "User" u ON u.id = a."studentId"
      LEFT JOIN LATERAL (
        SELECT avg(total) AS score, count(*) AS n FROM "ApplicationReview" WHERE "applicationId" = a.id
      ) r ON TRUE
      WHERE a."opportunityId" = ${opportunityId}::uuid AND a.status <> 'DRAFT' ${statusSql} AND ${scope}
      ORDER BY ${SORT_SQL[filter.sort]} ${direction} NULLS LAST, u.name ASC, a.id
      LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${(filter.page - 1) * QUEUE_PAGE_SIZE}`,
  ]);
  if (!opportunity) return null;

  const countByStatus = Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<Record<ApplicationStatus, number>>;
  const all = Object.values(countByStatus).reduce((sum, n) => sum + (n ?? 0), 0);
  const total = filter.status ? (countByStatus[filter.status] ?? 0) : all;
  return {
    opportunity: {
      id: opportunity.id,
      title: opportunity.title,
      status: opportunity.status,
      places: opportunity.places,
      closesAt: opportunity.closesAt,
      criteria: parseCriteria(opportunity.selectionCriteria),
      placesTaken: opportunity._count.applications,
    },
    countByStatus,
    all,
    rows: rows.map((row): QueueRow => ({ ...row, score: row.score === null ? null : Number(row.score) })),
    sort: filter.sort,
    dir,
    page: filter.page,
    pageSize: QUEUE_PAGE_SIZE,
    total,
  };
}

export type Queue = NonNullable<Awaited<ReturnType<typeof getQueue>>>;

/** One application for review: answers, documents, every review and the full history. */
export async function getApplicationForReview(user: SessionUser | null, opportunityId: string, applicationId: string) {
  requireReviewer(user);
  const row = await db.application.findFirst({
    where: {
      AND: [scopeWhere(user, "application:read"), { id: applicationId, opportunityId, status: { not: "DRAFT" }, opportunity: queueOpportunityWhere(user) }],
    },
    select: {
      id: true,
      status: true,
      answers: true,
      languageLevel: true,
      gpa: true,
      rank: true,
      submittedAt: true,
      decidedAt: true,
      version: true,
      student: { select: { id: true, name: true, email: true, unitId: true, unit: { select: { name: true } } } },
      opportunity: {
        select: {
          id: true,
          title: true,
          places: true,
          languageLevel: true,
          selectionCriteria: true,
          partnerId: true,
          requiredDocuments: { select: { id: true, name: true, isMandatory: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] },
          _count: { select: { applications: { where: { status: { in: PLACE_HOLDING } } } } },
        },
      },
      documents: {
        select: { id: true, requirementId: true, createdAt: true, file: { select: { fileName: true, sizeBytes: true } } },
        orderBy: { createdAt: "asc" },
      },
      reviews: {
        select: { id: true, scores: true, total: true, comment: true, updatedAt: true, reviewer: { select: { id: true, name: true } } },
        orderBy: { updatedAt: "desc" },
      },
      statusChanges: {
        select: { id: true, fromStatus: true, toStatus: true, at: true, note: true, isPlacesOverride: true, changedBy: { select: { name: true } } },
        orderBy: { at: "asc" },
      },
    },
  });
  if (!row) return null;
  requirePermission(user, "application:read", { unitId: row.student.unitId });
  const reviews = row.reviews.map((review) => ({
    ...review,
    total: Number(review.total),
    scores: (review.scores ?? {}) as Record<string, number>,
  }));
  return {
    ...row,
    motivation: motivationOf(row.answers),
    gpa: row.gpa?.toString() ?? null,
    criteria: parseCriteria(row.opportunity.selectionCriteria),
    placesTaken: row.opportunity._count.applications,
    reviews,
    averageScore: reviews.length > 0 ? reviews.reduce((sum, review) => sum + review.total, 0) / reviews.length : null,
    myReview: reviews.find((review) => review.reviewer.id === user.id) ?? null,
  };
}

export type ReviewedApplication = NonNullable<Awaited<ReturnType<typeof getApplicationForReview>>>;
