import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/forms/fields";
import { requirePermission } from "@/lib/permissions";
import type { AuditEntityType } from "./entity-types";

/**
 * How the audit log names the record a row is about: by what people call it (an agreement's
 * reference number, a partner's name) with a link to its page, instead of its id. Labels are read
 * with one query per record type on the page, whatever the number of rows.
 */

export type AuditRecordView =
  /** `context` is secondary text (the contact's partner, the program's code). No page: `href` null. */
  | { state: "found"; label: string; context: string | null; href: string | null }
  /** The record no longer exists (or the id was never a record's): the page shows the id. */
  | { state: "deleted" }
  /** A type the log has no label for: the page shows the id. */
  | { state: "unlabelled" };

type Found = Extract<AuditRecordView, { state: "found" }>;
type Labeler = (ids: string[]) => Promise<[id: string, view: Found][]>;

const found = (label: string, context: string | null, href: string | null): Found => ({ state: "found", label, context, href });

const LABELERS: Partial<Record<AuditEntityType, Labeler>> = {
  Agreement: async (ids) =>
    (await db.agreement.findMany({ where: { id: { in: ids } }, select: { id: true, referenceNumber: true, title: true } })).map((row) => [
      row.id,
      found(row.referenceNumber, row.title, `/dashboard/agreements/${row.id}`),
    ]),
  Partner: async (ids) =>
    (await db.partner.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((row) => [
      row.id,
      found(row.name, null, `/dashboard/partners/${row.id}`),
    ]),
  PartnerContact: async (ids) =>
    (
      await db.partnerContact.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, partnerId: true, partner: { select: { name: true } } } })
    ).map((row) => [row.id, found(row.name, row.partner.name, `/dashboard/partners/${row.partnerId}`)]),
  Center: async (ids) =>
    (await db.center.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((row) => [
      row.id,
      found(row.name, null, `/dashboard/centers/${row.id}`),
    ]),
  NewsItem: async (ids) =>
    (await db.newsItem.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((row) => [
      row.id,
      found(row.title, null, `/dashboard/news/${row.id}`),
    ]),
  MobilityProgram: async (ids) =>
    (await db.mobilityProgram.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, code: true } })).map((row) => [
      row.id,
      found(row.name, row.code, `/dashboard/programs/${row.id}`),
    ]),
  Opportunity: async (ids) =>
    (await db.opportunity.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((row) => [
      row.id,
      found(row.title, null, `/dashboard/opportunities/${row.id}`),
    ]),
  Application: async (ids) =>
    (
      await db.application.findMany({
        where: { id: { in: ids } },
        select: { id: true, opportunityId: true, student: { select: { name: true } }, opportunity: { select: { title: true } } },
      })
    ).map((row) => [row.id, found(row.student.name, row.opportunity.title, `/dashboard/opportunities/${row.opportunityId}/applications/${row.id}`)]),
  // Mobility records have no page of their own.
  MobilityRecord: async (ids) =>
    (await db.mobilityRecord.findMany({ where: { id: { in: ids } }, select: { id: true, personName: true, partner: { select: { name: true } } } })).map(
      (row) => [row.id, found(row.personName, row.partner.name, null)],
    ),
  User: async (ids) =>
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })).map((row) => [
      row.id,
      found(row.name, row.email, `/dashboard/admin/users/${row.id}`),
    ]),
  Unit: async (ids) =>
    (await db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, code: true } })).map((row) => [
      row.id,
      found(row.name, row.code, `/dashboard/admin/units/${row.id}`),
    ]),
  InternationalStudent: async (ids) =>
    (await db.internationalStudent.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true, studentNumber: true } })).map((row) => [
      row.id,
      found(row.fullName, row.studentNumber, `/dashboard/international-students/${row.id}`),
    ]),
  // Work packages, deliverables, activities, budget, expenses and documents are logged on their project.
  Project: async (ids) =>
    (await db.project.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, acronym: true } })).map((row) => [
      row.id,
      found(row.acronym ?? row.title, row.acronym ? row.title : null, `/dashboard/projects/${row.id}`),
    ]),
  Event: async (ids) =>
    (await db.event.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((row) => [row.id, found(row.title, null, `/dashboard/events/${row.id}`)]),
  GrantCall: async (ids) =>
    (await db.grantCall.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, funder: true } })).map((row) => [
      row.id,
      found(row.title, row.funder, `/dashboard/grant-calls/${row.id}`),
    ]),
  // A digest subscription is named by its subscriber; it has no page of its own.
  DigestSubscription: async (ids) =>
    (await db.digestSubscription.findMany({ where: { id: { in: ids } }, select: { id: true, user: { select: { name: true, email: true } } } })).map((row) => [
      row.id,
      found(row.user.name, row.user.email, null),
    ]),
  Visit: async (ids) =>
    (await db.visit.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((row) => [
      row.id,
      found(row.title, null, `/dashboard/visits/${row.id}`),
    ]),
  // Participants and agenda items have no page of their own: they link to their visit's.
  VisitParticipant: async (ids) =>
    (await db.visitParticipant.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, visitId: true, visit: { select: { title: true } } } })).map(
      (row) => [row.id, found(row.name, row.visit.title, `/dashboard/visits/${row.visitId}`)],
    ),
  VisitAgendaItem: async (ids) =>
    (await db.visitAgendaItem.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, visitId: true, visit: { select: { title: true } } } })).map(
      (row) => [row.id, found(row.title, row.visit.title, `/dashboard/visits/${row.visitId}`)],
    ),
  // An e-mail by its subject and recipient, never its body.
  EmailMessage: async (ids) =>
    (await db.emailMessage.findMany({ where: { id: { in: ids } }, select: { id: true, subject: true, to: true } })).map((row) => [
      row.id,
      found(row.subject, row.to, `/dashboard/admin/emails/${row.id}`),
    ]),
  StrategyGoal: async (ids) =>
    (await db.strategyGoal.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((row) => [row.id, found(row.title, null, `/dashboard/strategy/goals/${row.id}`)]),
  StrategyIndicator: async (ids) =>
    (await db.strategyIndicator.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, goal: { select: { title: true } } } })).map((row) => [
      row.id,
      found(row.title, row.goal.title, `/dashboard/strategy/indicators/${row.id}`),
    ]),
  // Reports have no page of their own: they are listed on the reports page.
  ActivityReport: async (ids) =>
    (await db.activityReport.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true, periodStart: true, periodEnd: true } })).map((row) => [
      row.id,
      found(`${row.kind} ${row.periodStart.toISOString().slice(0, 10)} – ${row.periodEnd.toISOString().slice(0, 10)}`, null, "/dashboard/reports"),
    ]),
  ActivityHighlight: async (ids) =>
    (await db.activityHighlight.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((row) => [row.id, found(row.title, null, `/dashboard/reports/highlights/${row.id}`)]),
};

export interface AuditRecordRef {
  entityType: AuditEntityType | null;
  entityId: string;
}

const keyOf = (ref: AuditRecordRef) => `${ref.entityType}:${ref.entityId}`;

/** The view of each referenced record, in the order given. Only for readers of the audit log. */
export async function labelAuditRecords(user: SessionUser | null, refs: readonly AuditRecordRef[]): Promise<AuditRecordView[]> {
  requirePermission(user, "audit:read");
  const idsByType = new Map<AuditEntityType, Set<string>>();
  for (const ref of refs) {
    // Ids are uuid columns: anything else cannot name a record, and would make the query fail.
    if (!ref.entityType || !LABELERS[ref.entityType] || !isUuid(ref.entityId)) continue;
    let ids = idsByType.get(ref.entityType);
    if (!ids) idsByType.set(ref.entityType, (ids = new Set()));
    ids.add(ref.entityId.toLowerCase());
  }
  const labelled = await Promise.all(
    [...idsByType].map(async ([type, ids]) => (await LABELERS[type]!([...ids])).map(([id, view]) => [`${type}:${id}`, view] as const)),
  );
  const views = new Map<string, AuditRecordView>(labelled.flat());
  return refs.map((ref) => {
    if (!ref.entityType || !LABELERS[ref.entityType]) return { state: "unlabelled" };
    return views.get(keyOf({ ...ref, entityId: ref.entityId.toLowerCase() })) ?? { state: "deleted" };
  });
}
