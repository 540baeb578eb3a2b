import "server-only";
import { requireSomeScope } from "@/lib/agreements/access";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import type { TransactionClient } from "@/lib/db/client";
import { instantIn } from "@/lib/dates/zoned";
import { AppError } from "@/lib/errors/app-error";
import { scopeWhere } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import type { AgendaItemFields } from "./schemas";
import { agendaWarnings, type VisitWarning } from "./warnings";
import { officeClock } from "./zone";

/**
 * Writes of a visit's agenda. Overlapping items and items outside the visit's days are allowed (a
 * delegation splits up; an airport transfer happens the evening before) but come back as warnings.
 */

const snapshotSelect = {
  visitId: true,
  startsAt: true,
  endsAt: true,
  title: true,
  location: true,
  kind: true,
  host: true,
  participants: true,
  translations: true,
} as const;

export interface AgendaWriteResult {
  id: string;
  warnings: VisitWarning[];
}

async function loadVisit(tx: TransactionClient, user: SessionUser, visitId: string) {
  const visit = await tx.visit.findFirst({ where: { AND: [scopeWhere(user, "visit:update"), { id: visitId }] }, select: { id: true, startDate: true, endDate: true } });
  if (!visit) throw new AppError("NOT_FOUND");
  return visit;
}

async function loadItem(tx: TransactionClient, user: SessionUser, id: string) {
  const item = await tx.visitAgendaItem.findFirst({ where: { id, visit: scopeWhere(user, "visit:update") }, select: { id: true, ...snapshotSelect } });
  if (!item) throw new AppError("NOT_FOUND");
  return item;
}

async function columnsOf(input: AgendaItemFields, timeZone: string) {
  return {
    startsAt: instantIn(input.startsAt, timeZone),
    endsAt: input.endsAt ? instantIn(input.endsAt, timeZone) : null,
    title: input.title,
    location: input.location,
    kind: input.kind,
    host: input.host,
    participants: input.participants,
    translations: keepOtherLanguages(input.translations, await getDefaultContentLanguage()),
  };
}

/** The warnings that concern one item, against the whole agenda as saved. */
async function warningsFor(tx: TransactionClient, visit: { id: string; startDate: Date; endDate: Date }, itemId: string, dayOf: (instant: Date) => string): Promise<VisitWarning[]> {
  const items = await tx.visitAgendaItem.findMany({ where: { visitId: visit.id }, select: { id: true, startsAt: true, endsAt: true } });
  const days = { startDate: visit.startDate.toISOString().slice(0, 10), endDate: visit.endDate.toISOString().slice(0, 10) };
  return agendaWarnings(items, days, dayOf).filter((warning) => "itemId" in warning && (warning.itemId === itemId || ("otherId" in warning && warning.otherId === itemId)));
}

export async function addAgendaItem(user: SessionUser | null, input: AgendaItemFields & { visitId: string }): Promise<AgendaWriteResult> {
  requireSomeScope(user, "visit:update");
  const { timeZone, dayOf } = await officeClock();
  const columns = await columnsOf(input, timeZone);
  return auditedWrite(user, async (tx, audit) => {
    const visit = await loadVisit(tx, user!, input.visitId);
    const { id, ...after } = await tx.visitAgendaItem.create({ data: { ...columns, visitId: visit.id }, select: { id: true, ...snapshotSelect } });
    await audit({ action: "visit.agenda.add", entityType: "VisitAgendaItem", entityId: id, after });
    return { id, warnings: await warningsFor(tx, visit, id, dayOf) };
  });
}

export async function updateAgendaItem(user: SessionUser | null, input: AgendaItemFields & { id: string }): Promise<AgendaWriteResult> {
  requireSomeScope(user, "visit:update");
  const { timeZone, dayOf } = await officeClock();
  const columns = await columnsOf(input, timeZone);
  return auditedWrite(user, async (tx, audit) => {
    const { id, ...before } = await loadItem(tx, user!, input.id);
    const visit = await loadVisit(tx, user!, before.visitId);
    const { id: _id, ...after } = await tx.visitAgendaItem.update({ where: { id }, data: columns, select: { id: true, ...snapshotSelect } });
    await audit({ action: "visit.agenda.update", entityType: "VisitAgendaItem", entityId: id, before, after });
    return { id, warnings: await warningsFor(tx, visit, id, dayOf) };
  });
}

export async function removeAgendaItem(user: SessionUser | null, input: { id: string }): Promise<{ id: string }> {
  requireSomeScope(user, "visit:update");
  return auditedWrite(user, async (tx, audit) => {
    const { id, ...before } = await loadItem(tx, user!, input.id);
    await tx.visitAgendaItem.delete({ where: { id } });
    await audit({ action: "visit.agenda.remove", entityType: "VisitAgendaItem", entityId: id, before });
    return { id };
  });
}
