import "server-only";
import { applicationScopeSql, queueOpportunitySql } from "@/lib/applications/scope-sql";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { EMAIL_ADMIN_PERMISSION } from "@/lib/mail/admin-queries";
import { can, scopesOf, type Permission } from "@/lib/permissions";
import { addDays } from "@/lib/agreements/dates";
import type { DashboardPeriod } from "./period";

/**
 * "What needs me today": the records waiting for the office, each a link to its page. All kinds come
 * from one statement (a UNION of one part per kind, each part limited by the reader's own rights on
 * that kind), ranked within their kind, the first few kept with the kind's total. Not cached: after
 * acting on an item, the dashboard must no longer show it.
 */

export const ATTENTION_KINDS = [
  "agreementExpiring",
  "agreementToSign",
  "applicationsToReview",
  "nominationsDue",
  "callClosing",
  "visitArriving",
  "deliverableDue",
  "grantDeadline",
  "emailFailed",
] as const;

export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** Items shown per kind; the kind's total says how many more there are. */
export const ATTENTION_PER_KIND = 5;

/** Windows of the list, in days: expiry, arrivals, closing calls, deliverables and grant deadlines. */
export const ATTENTION_WINDOWS = { expiryDays: 90, arrivalDays: 14, closingDays: 7, deliverableDays: 30, grantDays: 30 } as const;

export interface AttentionItem {
  kind: AttentionKind;
  id: string;
  title: string;
  /** An agreement's reference number, a deliverable's project, a grant call's funder, a failed e-mail's recipient. */
  reference: string | null;
  /** When it is due: an agreement's end, a call's or grant's deadline, the first arrival; for signatures, since when it waits. */
  due: Date | null;
  /** An agreement renewed or ended by notice: the last day to give it. */
  noticeBy: Date | null;
  /** Kind-specific counts: applications waiting; shortlisted; applications so far; guests with an open visa; a failed e-mail's attempts. */
  first: number;
  /** Places left (nominations); guests without a booked room (visits). */
  second: number;
  /** Where the item leads: the record's page (a deliverable's: its project's work plan). */
  href: string;
}

export interface AttentionGroup {
  kind: AttentionKind;
  total: number;
  items: AttentionItem[];
}

/** `column` limited to the reader's unit for a unit-scoped right, TRUE for an office-wide one, FALSE without it. */
function unitScope(user: SessionUser, permission: Permission, column: string): Prisma.Sql {
  const scopes = scopesOf(user, permission);
  if (scopes.has("any")) return Prisma.sql`TRUE`;
  if (scopes.has("own-unit") && user.unitId) return Prisma.sql`${Prisma.raw(column)} = ${user.unitId}::uuid`;
  return Prisma.sql`FALSE`;
}

const NOT_RENEWED = Prisma.sql`NOT EXISTS (SELECT 1 FROM "Agreement" s WHERE s."predecessorId" = a.id)`;

/** Active agreements ending within 90 days, or past the day notice must be given, with no successor yet. */
function agreementsExpiring(user: SessionUser, period: DashboardPeriod): Prisma.Sql {
  const noticeBy = Prisma.sql`CASE WHEN a."renewalType" = 'BY_NOTICE' AND a."noticePeriodDays" IS NOT NULL THEN a."endsOn" - a."noticePeriodDays" END`;
  return Prisma.sql`
    SELECT 'agreementExpiring' AS kind, a.id, a.title, a."referenceNumber" AS reference,
      a."endsOn"::timestamp AS due, (${noticeBy})::timestamp AS "noticeBy", 0 AS first, 0 AS second, NULL::text AS link,
      a."endsOn"::timestamp AS rank_by
    FROM "Agreement" a
    WHERE a.status = 'ACTIVE' AND a."endsOn" >= ${period.today}::date AND ${NOT_RENEWED}
      AND (a."endsOn" <= ${addDays(period.today, ATTENTION_WINDOWS.expiryDays)}::date OR (${noticeBy}) <= ${period.today}::date)
      AND ${unitScope(user, "agreement:read", 'a."unitId"')}`;
}

/** Agreements waiting for signatures, the longest-waiting first. */
function agreementsToSign(user: SessionUser): Prisma.Sql {
  return Prisma.sql`
    SELECT 'agreementToSign', a.id, a.title, a."referenceNumber", a."updatedAt", NULL::timestamp, 0, 0, NULL, a."updatedAt"
    FROM "Agreement" a
    WHERE a.status = 'AWAITING_SIGNATURE' AND ${unitScope(user, "agreement:read", 'a."unitId"')}`;
}

/**
 * Per call, the reader's applications waiting and shortlisted, in the queues the reader may open
 * (lib/applications/scope-sql.ts). Counted from the applications alone, joined to their students
 * only when the reader's scope is a unit (the office's is every application), then to the calls:
 * on a busy office's 40,000 applications under review that is a third of the work of joining first.
 */
function queueCounts(user: SessionUser): Prisma.Sql {
  const students = scopesOf(user, "application:read").has("any") ? Prisma.empty : Prisma.sql`JOIN "User" u ON u.id = a."studentId"`;
  return Prisma.sql`
    SELECT o.id, o.title, o."closesAt", o.places, o."academicYear", c.pending, c.shortlisted
    FROM (
      SELECT a."opportunityId" AS id,
        count(*) FILTER (WHERE a.status IN ('SUBMITTED', 'UNDER_REVIEW'))::int AS pending,
        count(*) FILTER (WHERE a.status = 'SHORTLISTED')::int AS shortlisted
      FROM "Application" a ${students}
      WHERE a.status IN ('SUBMITTED', 'UNDER_REVIEW', 'SHORTLISTED') AND ${applicationScopeSql(user, "application:read")}
      GROUP BY a."opportunityId"
    ) c
    JOIN "Opportunity" o ON o.id = c.id
    WHERE ${queueOpportunitySql(user)}`;
}

/** Calls with applications nobody has reviewed yet, the earliest-closing first (reads the `queue` of loadAttention). */
function applicationsToReview(user: SessionUser): Prisma.Sql {
  if (scopesOf(user, "application:review").size === 0) return Prisma.empty;
  return Prisma.sql`
    SELECT 'applicationsToReview', q.id, q.title, NULL, q."closesAt", NULL::timestamp, q.pending, 0, NULL, q."closesAt"
    FROM queue q
    WHERE q.pending > 0`;
}

/**
 * Calls of this or a later academic year that have closed, with shortlisted applicants and places
 * still free: their nominations are due (reads the `queue` of loadAttention).
 */
function nominationsDue(user: SessionUser, period: DashboardPeriod, now: Date): Prisma.Sql {
  if (scopesOf(user, "application:nominate").size === 0 || scopesOf(user, "application:review").size === 0) return Prisma.empty;
  return Prisma.sql`
    SELECT 'nominationsDue', q.id, q.title, NULL, q."closesAt", NULL::timestamp, q.shortlisted, q.places - taken.placed, NULL, q."closesAt"
    FROM queue q
    -- The call's places taken by anyone (places are shared), counted for the closed calls only.
    CROSS JOIN LATERAL (SELECT count(*)::int AS placed FROM "Application" x WHERE x."opportunityId" = q.id AND x.status IN ('NOMINATED', 'ACCEPTED')) taken
    WHERE q."closesAt" <= ${now} AND q."academicYear" >= ${period.academicYear} AND q.shortlisted > 0 AND taken.placed < q.places`;
}

/** Published calls closing within the week, with the applications they have so far. */
function callsClosing(user: SessionUser, now: Date): Prisma.Sql {
  const until = new Date(now.getTime() + ATTENTION_WINDOWS.closingDays * 86_400_000);
  return Prisma.sql`
    SELECT 'callClosing', o.id, o.title, NULL, o."closesAt", NULL::timestamp,
      (SELECT count(*) FROM "Application" x WHERE x."opportunityId" = o.id AND x.status <> 'DRAFT')::int, 0, NULL, o."closesAt"
    FROM "Opportunity" o
    WHERE o.status = 'PUBLISHED' AND o."closesAt" > ${now} AND o."closesAt" <= ${until}
      AND ${unitScope(user, "opportunity:read", 'o."unitId"')}`;
}

/**
 * Incoming visits whose guests arrive within two weeks while a visa is still open (required,
 * invited, applied or refused) or a room is not booked. A guest with 0 nights needs no room.
 * Counts only: the guests' personal data stays on the visit's page.
 */
function visitsArriving(user: SessionUser, period: DashboardPeriod): Prisma.Sql {
  const arrival = Prisma.sql`COALESCE(vp."arrivalAt"::date, v."startDate")`;
  return Prisma.sql`
    SELECT 'visitArriving', v.id, v.title, NULL, min(${arrival})::timestamp, NULL::timestamp,
      count(*) FILTER (WHERE vp."visaStatus" IN ('REQUIRED', 'INVITATION_SENT', 'APPLIED', 'REFUSED'))::int,
      count(*) FILTER (WHERE NOT vp."accommodationBooked" AND COALESCE(vp."accommodationNights", 1) > 0)::int,
      NULL, min(${arrival})::timestamp
    FROM "Visit" v
    JOIN "VisitParticipant" vp ON vp."visitId" = v.id
    WHERE v.direction = 'INCOMING' AND v.status IN ('PLANNED', 'CONFIRMED', 'IN_PROGRESS')
      AND ${arrival} BETWEEN ${period.today}::date AND ${addDays(period.today, ATTENTION_WINDOWS.arrivalDays)}::date
      AND ${unitScope(user, "visit:read", 'v."hostUnitId"')}
    GROUP BY v.id
    HAVING count(*) FILTER (WHERE vp."visaStatus" IN ('REQUIRED', 'INVITATION_SENT', 'APPLIED', 'REFUSED')) > 0
      OR count(*) FILTER (WHERE NOT vp."accommodationBooked" AND COALESCE(vp."accommodationNights", 1) > 0) > 0`;
}

/** Deliverables and reports of funded projects due within 30 days or overdue, not yet submitted: to the project's work plan. */
function deliverablesDue(user: SessionUser, period: DashboardPeriod): Prisma.Sql {
  return Prisma.sql`
    SELECT 'deliverableDue', d.id, d.code || ' ' || d.title, COALESCE(p.acronym, p.title), d."dueDate"::timestamp, NULL::timestamp, 0, 0,
      '/dashboard/projects/' || p.id || '/work-plan', d."dueDate"::timestamp
    FROM "Deliverable" d
    JOIN "Project" p ON p.id = d."projectId"
    WHERE d.status IN ('PLANNED', 'IN_PROGRESS') AND p.status IN ('FUNDED', 'RUNNING')
      AND d."dueDate" <= ${addDays(period.today, ATTENTION_WINDOWS.deliverableDays)}::date
      AND ${unitScope(user, "project:read", 'p."unitId"')}`;
}

/** Grant calls still open whose deadline falls within 30 days (the longest default reminder). */
function grantDeadlines(user: SessionUser, now: Date): Prisma.Sql {
  const scopes = scopesOf(user, "grant-call:read");
  if (!scopes.has("any")) return Prisma.empty;
  const until = new Date(now.getTime() + ATTENTION_WINDOWS.grantDays * 86_400_000);
  return Prisma.sql`
    SELECT 'grantDeadline', g.id, g.title, g.funder, g.deadline, NULL::timestamp, 0, 0, NULL, g.deadline
    FROM "GrantCall" g
    WHERE g.status <> 'CLOSED' AND g.deadline > ${now} AND g.deadline <= ${until}`;
}

/**
 * For admins (who alone may read the portal's e-mails): messages that could not be sent after their
 * retries, the longest-failing first; each one's page lets an admin send it again.
 */
function failedEmails(user: SessionUser): Prisma.Sql {
  if (!can(user, EMAIL_ADMIN_PERMISSION)) return Prisma.empty;
  return Prisma.sql`
    SELECT 'emailFailed', e.id, e.subject, e."to", e."createdAt", NULL::timestamp, e.attempts, 0, NULL, e."createdAt"
    FROM "EmailMessage" e
    WHERE e.status = 'FAILED'`;
}

type AttentionRow = Omit<AttentionItem, "href"> & { link: string | null; total: number };

function hrefOf(kind: AttentionKind, id: string, link: string | null): string {
  switch (kind) {
    case "agreementExpiring":
    case "agreementToSign":
      return `/dashboard/agreements/${id}`;
    case "applicationsToReview":
    case "nominationsDue":
      return `/dashboard/opportunities/${id}/applications`;
    case "callClosing":
      return `/dashboard/opportunities/${id}`;
    case "visitArriving":
      return `/dashboard/visits/${id}`;
    case "grantDeadline":
      return `/dashboard/grant-calls/${id}`;
    case "emailFailed":
      return `/dashboard/admin/emails/${id}`;
    case "deliverableDue":
      return link!;
  }
}

function toItem({ link, total: _total, ...item }: AttentionRow): AttentionItem {
  return { ...item, href: hrefOf(item.kind, item.id, link) };
}

/** The reader's attention list, grouped by kind in ATTENTION_KINDS order; kinds with nothing are left out. */
export async function loadAttention(user: SessionUser, period: DashboardPeriod, now: Date): Promise<AttentionGroup[]> {
  if (scopesOf(user, "dashboard:read").size === 0) return [];
  const parts = [
    agreementsExpiring(user, period),
    agreementsToSign(user),
    applicationsToReview(user),
    nominationsDue(user, period, now),
    callsClosing(user, now),
    visitsArriving(user, period),
    deliverablesDue(user, period),
    grantDeadlines(user, now),
    failedEmails(user),
  ].filter((part) => part !== Prisma.empty);
  // The review queue's counts, read once for both the reviews and the nominations.
  const queue = scopesOf(user, "application:review").size > 0 ? Prisma.sql`WITH queue AS (${queueCounts(user)})` : Prisma.empty;
  const rows = await db.$queryRaw<AttentionRow[]>`
    ${queue}
    SELECT kind, id, title, reference, due, "noticeBy", first, second, link, total
    FROM (
      SELECT items.*,
        row_number() OVER (PARTITION BY kind ORDER BY rank_by, title, id) AS position,
        count(*) OVER (PARTITION BY kind)::int AS total
      FROM (${Prisma.join(parts, " UNION ALL ")}) AS items (kind, id, title, reference, due, "noticeBy", first, second, link, rank_by)
    ) ranked
    WHERE position <= ${ATTENTION_PER_KIND}
    ORDER BY position`;
  return ATTENTION_KINDS.flatMap((kind) => {
    const items = rows.filter((row) => row.kind === kind);
    if (items.length === 0) return [];
    return [{ kind, total: items[0]!.total, items: items.map(toItem) }];
  });
}
