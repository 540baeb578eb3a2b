import "server-only";
import { requireSomeScope } from "@/lib/agreements/access";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import { db, type TransactionClient } from "@/lib/db/client";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { localInputToDate, startOfDayIn } from "@/lib/dates/zoned";
import { updateAtVersion } from "@/lib/db/writes";
import { env } from "@/lib/env";
import { AppError, fieldError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { firstFreeSlug, slugify } from "@/lib/partners/slug";
import { can, scopeWhere } from "@/lib/permissions";
import { checkUpload } from "@/lib/storage/upload-rules";
import { readStoredFile, storeFile } from "@/lib/storage/store-file";
import { readTranslations } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import { fillFreePlaces, mailMovedUp, registrationEventSelect, type Registrant, type RegistrationEvent } from "./registration";
import type { EventFields, UpdateEventInput } from "./schemas";

/** Writes of events by staff: create, edit, the picture, and the guest lecture of a visit. Each is audited. */

const snapshotSelect = {
  title: true,
  kind: true,
  description: true,
  place: true,
  onlineUrl: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  url: true,
  organizer: true,
  unitId: true,
  visitId: true,
  capacity: true,
  registrationMode: true,
  registrationClosesAt: true,
  isPublished: true,
  translations: true,
  pictureFileId: true,
  version: true,
  partners: { select: { partnerId: true }, orderBy: { partnerId: "asc" } },
} as const;

/** An event's state for the audit log, its partners as a plain list of ids. */
async function snapshotOf(tx: TransactionClient, where: Prisma.EventWhereInput) {
  const row = await tx.event.findFirst({ where, select: snapshotSelect });
  if (!row) return null;
  const { partners, ...rest } = row;
  return { ...rest, partnerIds: partners.map((partner) => partner.partnerId) };
}

/** Slugs the app's own routes use beside the events' (app/api/events/registrations). */
const RESERVED_SLUGS = new Set(["registrations", "calendar-ics"]);

async function freeEventSlug(tx: TransactionClient, title: string): Promise<string> {
  const slugged = slugify(title);
  const base = RESERVED_SLUGS.has(slugged) ? `${slugged}-event` : slugged;
  const taken = await tx.event.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
}

/** A typed moment as an instant: with its own offset as it is, else read in the event's zone (a bare day: its start or end). */
function momentIn(value: string, timeZone: string, dayMeans: "start" | "end"): Date {
  if (/(Z|[+-]\d{2}:\d{2})$/.test(value)) return new Date(value);
  const instant = localInputToDate(value, timeZone, dayMeans);
  if (!instant) throw new AppError("VALIDATION");
  return instant;
}

/**
 * The columns a form's fields are stored in: moments read in the event's zone (its own, else the
 * institution's), other languages in `translations` (decision 010). The order of the moments is
 * checked again on the instants, so a caller mixing offsets cannot store an end before the start.
 */
async function eventData(input: EventFields) {
  const { partnerIds, ...fields } = input;
  const zone = fields.timeZone ?? (await getInstitutionTimeZone());
  const startsAt = momentIn(fields.startsAt, zone, "start");
  const endsAt = fields.endsAt ? momentIn(fields.endsAt, zone, "end") : null;
  const registrationClosesAt = fields.registrationClosesAt ? momentIn(fields.registrationClosesAt, zone, "end") : null;
  if (endsAt && endsAt < startsAt) throw fieldError("endsAt", "events.validation.endBeforeStart");
  if (registrationClosesAt && registrationClosesAt > startsAt) throw fieldError("registrationClosesAt", "events.validation.closesAfterStart");
  const translations = keepOtherLanguages(fields.translations, await getDefaultContentLanguage());
  return { data: { ...fields, startsAt, endsAt, registrationClosesAt, translations }, partnerIds: [...new Set(partnerIds)] };
}

/** A coordinator organizes events of their own unit; the office any unit, or none. */
function requireUnitAllowed(user: SessionUser, permission: "event:create" | "event:update", unitId: string | null): void {
  if (!can(user, permission, { unitId: unitId ?? undefined })) throw fieldError("unitId", "events.validation.unitOwn");
}

async function requireKnownPartners(tx: TransactionClient, partnerIds: readonly string[]): Promise<void> {
  if (partnerIds.length === 0) return;
  const known = await tx.partner.count({ where: { id: { in: [...partnerIds] } } });
  if (known !== partnerIds.length) throw fieldError("partnerIds", "common.form.errors.invalidOption");
}

async function requireKnownUnit(tx: TransactionClient, unitId: string | null): Promise<void> {
  if (unitId && (await tx.unit.count({ where: { id: unitId } })) === 0) throw fieldError("unitId", "common.form.errors.invalidOption");
}

export async function createEvent(user: SessionUser | null, input: EventFields): Promise<{ id: string; slug: string }> {
  requireSomeScope(user, "event:create");
  requireUnitAllowed(user!, "event:create", input.unitId);
  const { data, partnerIds } = await eventData(input);
  return auditedWrite(user, async (tx, audit) => {
    await requireKnownUnit(tx, data.unitId);
    await requireKnownPartners(tx, partnerIds);
    const slug = await freeEventSlug(tx, data.title);
    const created = await tx.event.create({
      data: { ...data, slug, partners: { create: partnerIds.map((partnerId) => ({ partnerId })) } },
      select: { id: true, slug: true },
    });
    await audit({ action: "event.create", entityType: "Event", entityId: created.id, after: await snapshotOf(tx, { id: created.id }) });
    return created;
  });
}

/**
 * Saves only over the version the editor started from. A larger capacity (or none) gives the new
 * places to the waiting list at once, and those who moved up are e-mailed once the change is saved.
 */
export async function updateEvent(user: SessionUser | null, input: UpdateEventInput, now: Date = new Date()): Promise<{ id: string; version: number }> {
  requireSomeScope(user, "event:update");
  requireUnitAllowed(user!, "event:update", input.unitId);
  const { id, version, ...fields } = input;
  const { data, partnerIds } = await eventData(fields);
  const { movedUp, event } = await auditedWrite(user, async (tx, audit) => {
    const before = await snapshotOf(tx, { AND: [scopeWhere(user, "event:update"), { id }] });
    if (!before) throw new AppError("NOT_FOUND");
    await requireKnownUnit(tx, data.unitId);
    await requireKnownPartners(tx, partnerIds);
    // The versioned update also locks the event's row, as the registrations do.
    await updateAtVersion(tx.event, { id, version }, data);
    await tx.eventPartner.deleteMany({ where: { eventId: id } });
    await tx.eventPartner.createMany({ data: partnerIds.map((partnerId) => ({ eventId: id, partnerId })) });
    const event: RegistrationEvent = await tx.event.findUniqueOrThrow({ where: { id }, select: registrationEventSelect });
    const movedUp: Registrant[] = await fillFreePlaces(tx, event, now);
    const after = await snapshotOf(tx, { id });
    await audit({ action: "event.update", entityType: "Event", entityId: id, before, after: { ...after, movedUpFromWaitingList: movedUp.length } });
    return { movedUp, event };
  });
  await mailMovedUp(movedUp, event);
  return { id, version: version + 1 };
}

/**
 * A visit's guest lecture as an event, filled in from the visit: its title, unit and partner, and the
 * time and place of its first lecture on the agenda (else 10:00 on the visit's first day). The event
 * starts unpublished, for staff to complete. A visit already having its event gets that one back.
 */
export async function createEventFromVisit(user: SessionUser | null, visitId: string): Promise<{ id: string; created: boolean }> {
  requireSomeScope(user, "event:create");
  requireSomeScope(user, "visit:read");
  const visit = await db.visit.findFirst({
    where: { AND: [scopeWhere(user, "visit:read"), { id: visitId }] },
    select: {
      id: true,
      title: true,
      translations: true,
      startDate: true,
      hostUnitId: true,
      partnerId: true,
      publicSummary: true,
      agenda: { where: { kind: "LECTURE" }, select: { startsAt: true, endsAt: true, location: true, title: true }, orderBy: { startsAt: "asc" }, take: 1 },
    },
  });
  if (!visit) throw new AppError("NOT_FOUND");
  if (!can(user, "event:create", { unitId: visit.hostUnitId ?? undefined })) throw new AppError("FORBIDDEN");
  const existing = await db.event.findFirst({ where: { visitId }, select: { id: true }, orderBy: { createdAt: "asc" } });
  if (existing) return { id: existing.id, created: false };

  const lecture = visit.agenda[0];
  const timeZone = await getInstitutionTimeZone();
  const firstDay = visit.startDate.toISOString().slice(0, 10);
  const titles = readTranslations(visit.translations, ["title"]);
  const translations = Object.fromEntries(Object.entries(titles).map(([language, texts]) => [language, { title: texts.title }]));
  const data = {
    title: visit.title,
    kind: "GUEST_LECTURE" as const,
    description: visit.publicSummary,
    place: lecture?.location ?? "",
    startsAt: lecture?.startsAt ?? new Date(startOfDayIn(firstDay, timeZone).getTime() + 10 * 60 * 60 * 1000),
    endsAt: lecture?.endsAt ?? null,
    unitId: visit.hostUnitId,
    visitId: visit.id,
    translations,
    isPublished: false,
  };
  return auditedWrite(user, async (tx, audit) => {
    const slug = await freeEventSlug(tx, data.title);
    const created = await tx.event.create({
      data: { ...data, slug, partners: { create: visit.partnerId ? [{ partnerId: visit.partnerId }] : [] } },
      select: { id: true },
    });
    await audit({ action: "event.create-from-visit", entityType: "Event", entityId: created.id, after: await snapshotOf(tx, { id: created.id }) });
    return { id: created.id, created: true };
  });
}

/** The event a picture change is for, within the user's right to change it; NOT_FOUND otherwise. */
async function eventForPicture(tx: TransactionClient, user: SessionUser | null, slug: string) {
  const event = await tx.event.findFirst({ where: { AND: [scopeWhere(user, "event:update"), { slug }] }, select: { id: true, pictureFileId: true } });
  if (!event) throw new AppError("NOT_FOUND");
  return event;
}

/** An event's picture: images only (recognised by content), within the upload size limit. */
export async function setEventPicture(user: SessionUser | null, input: { slug: string; data: Uint8Array; fileName: string }): Promise<{ pictureFileId: string }> {
  requireSomeScope(user, "event:update");
  const maxMb = env().UPLOAD_MAX_MB;
  const check = await checkUpload(input.data, { maxBytes: maxMb * 1024 * 1024, allowed: ["png", "jpg", "webp"] });
  if (!check.ok) {
    const messages = { empty: "events.picture.empty", "too-large": "events.picture.tooLarge", "type-not-allowed": "events.picture.notImage" };
    throw new AppError("VALIDATION", { messageKey: messages[check.reason], values: { maxMb } });
  }
  return auditedWrite(user, async (tx, audit) => {
    const event = await eventForPicture(tx, user, input.slug);
    const file = await storeFile(tx, { data: input.data, fileName: input.fileName, mimeType: check.mimeType, uploadedById: user?.id ?? null });
    await tx.event.update({ where: { id: event.id }, data: { pictureFileId: file.id } });
    await audit({
      action: "event.picture.set",
      entityType: "Event",
      entityId: event.id,
      before: { pictureFileId: event.pictureFileId },
      after: { pictureFileId: file.id, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes },
    });
    return { pictureFileId: file.id };
  });
}

export async function removeEventPicture(user: SessionUser | null, input: { slug: string }): Promise<void> {
  requireSomeScope(user, "event:update");
  await auditedWrite(user, async (tx, audit) => {
    const event = await eventForPicture(tx, user, input.slug);
    if (!event.pictureFileId) return;
    await tx.event.update({ where: { id: event.id }, data: { pictureFileId: null } });
    await audit({ action: "event.picture.remove", entityType: "Event", entityId: event.id, before: { pictureFileId: event.pictureFileId } });
  });
}

/**
 * The picture of an event, for the route that serves it: anyone for a published event, staff for an
 * internal one. `loadUser` is only called for internal events, so public requests never read the session.
 */
export async function readEventPicture(slug: string, loadUser: () => Promise<SessionUser | null>): Promise<{ data: Uint8Array; mimeType: string; isPublic: boolean } | null> {
  const event = await db.event.findUnique({ where: { slug }, select: { isPublished: true, picture: { select: { storageKey: true, mimeType: true } } } });
  if (!event?.picture) return null;
  if (!event.isPublished && !can(await loadUser(), "event:read", { isPublic: false })) return null;
  return { data: await readStoredFile(event.picture.storageKey), mimeType: event.picture.mimeType, isPublic: event.isPublished };
}
