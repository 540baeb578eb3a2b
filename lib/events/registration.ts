import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db, type TransactionClient } from "@/lib/db/client";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { uniqueFieldErrors } from "@/lib/db/writes";
import { AppError, fieldError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventRegistrationStatus } from "@/lib/generated/prisma/enums";
import { minutesToWait, recordHit, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { sendRegistrationEmail, sendRegistrationEmails, type MailEvent, type RegistrationMail, type RegistrationMailKind } from "./mail";
import { readRegistrationToken } from "./registration-token";
import { registrationState } from "./rules";
import type { RegisterByEmailInput } from "./schemas";

/**
 * Registration for events (issue 11): a visitor registers by e-mail and confirms by the e-mailed
 * link (PENDING until then; a pending registration holds no place); a signed-in person is
 * registered at once. Confirming takes a place while the event has one, else a place on the waiting
 * list; a cancellation gives the freed place to the oldest waiting registration and e-mails them.
 *
 * Never more confirmed than the capacity, whatever arrives at once: every change that gives or
 * frees a place runs in a transaction that first locks the event's row (SELECT … FOR UPDATE), so
 * such changes for one event happen one after another while other events are not held up.
 */

/** Room for a burst of sign-ups queueing on one event's lock. */
const TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 20_000 } as const;

/** Anonymous registrations from one client address per hour: a campus shares addresses, so generous. */
const REGISTRATIONS_PER_IP: RateLimitRule = { limit: 30, windowSeconds: 60 * 60, blockSeconds: 60 * 60 };
/** Registration e-mails to one address per hour, so the form cannot flood someone's inbox. */
const REGISTRATIONS_PER_RECIPIENT: RateLimitRule = { limit: 10, windowSeconds: 60 * 60, blockSeconds: 60 * 60 };

const eventSelect = {
  id: true,
  slug: true,
  title: true,
  place: true,
  onlineUrl: true,
  translations: true,
  startsAt: true,
  timeZone: true,
  capacity: true,
  registrationMode: true,
  registrationClosesAt: true,
  isPublished: true,
} satisfies Prisma.EventSelect;

type RegistrationEvent = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

const registrantSelect = { id: true, email: true, name: true, user: { select: { locale: true } } } satisfies Prisma.EventRegistrationSelect;

type Registrant = Prisma.EventRegistrationGetPayload<{ select: typeof registrantSelect }>;

const duplicateEmail = uniqueFieldErrors({ EventRegistration_eventId_email_key: ["email", "events.registration.errors.alreadyRegistered"] });

/** Locks the event's row for the rest of the transaction and reads it; null when there is no such event. */
async function lockEvent(tx: TransactionClient, eventId: string): Promise<RegistrationEvent | null> {
  await tx.$queryRaw`SELECT 1 FROM "Event" WHERE "id" = ${eventId}::uuid FOR UPDATE`;
  return tx.event.findUnique({ where: { id: eventId }, select: eventSelect });
}

/** Refuses a registration the event does not take now, with a message above the form. */
function requireOpen(event: RegistrationEvent | null, now: Date): asserts event is RegistrationEvent {
  if (!event || !event.isPublished) throw new AppError("NOT_FOUND", { messageKey: "events.registration.errors.unavailable" });
  const state = registrationState(event, now);
  if (state !== "open") throw new AppError("VALIDATION", { messageKey: `events.registration.errors.${state}` });
}

async function mailEvent(event: RegistrationEvent): Promise<MailEvent> {
  return { ...event, timeZone: event.timeZone ?? (await getInstitutionTimeZone()) };
}

function mailTo(kind: RegistrationMailKind, registrant: Registrant, event: MailEvent, locale?: string | null): RegistrationMail {
  return { kind, registrationId: registrant.id, to: registrant.email, name: registrant.name, locale: locale ?? registrant.user?.locale ?? null, event };
}

/**
 * Gives free places to the waiting list, oldest registration first, and returns who moved up. With no
 * capacity everyone waiting moves up. Call it inside a transaction holding the event's lock.
 */
export async function fillFreePlaces(tx: TransactionClient, event: { id: string; capacity: number | null; startsAt: Date }, now: Date): Promise<Registrant[]> {
  if (now.getTime() >= event.startsAt.getTime()) return [];
  let free: number | undefined;
  if (event.capacity !== null) {
    free = event.capacity - (await tx.eventRegistration.count({ where: { eventId: event.id, status: "CONFIRMED" } }));
    if (free <= 0) return [];
  }
  const next = await tx.eventRegistration.findMany({
    where: { eventId: event.id, status: "WAITLISTED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: free,
    select: registrantSelect,
  });
  if (next.length === 0) return [];
  await tx.eventRegistration.updateMany({ where: { id: { in: next.map((row) => row.id) }, status: "WAITLISTED" }, data: { status: "CONFIRMED", confirmedAt: now } });
  return next;
}

/** The status a new confirmation gets: a place while there is one, else the waiting list. Under the event's lock. */
async function placeFor(tx: TransactionClient, event: RegistrationEvent): Promise<"CONFIRMED" | "WAITLISTED"> {
  if (event.capacity === null) return "CONFIRMED";
  const confirmed = await tx.eventRegistration.count({ where: { eventId: event.id, status: "CONFIRMED" } });
  return confirmed < event.capacity ? "CONFIRMED" : "WAITLISTED";
}

async function limitAnonymousRegistration(ip: string | null, email: string): Promise<void> {
  const hits = await Promise.all([
    ip ? recordHit(`event-registration:ip:${ip}`, REGISTRATIONS_PER_IP).then((hit) => ({ ...hit, limit: REGISTRATIONS_PER_IP.limit })) : null,
    recordHit(`event-registration:to:${email}`, REGISTRATIONS_PER_RECIPIENT).then((hit) => ({ ...hit, limit: REGISTRATIONS_PER_RECIPIENT.limit })),
  ]);
  const over = hits.find((hit) => hit && hit.hits > hit.limit);
  if (over) throw new AppError("RATE_LIMITED", { messageKey: "events.registration.errors.rateLimited", values: { minutes: minutesToWait(over.blockedSeconds) } });
}

/**
 * A visitor's registration by e-mail: stored as PENDING and confirmed by the e-mailed link. The same
 * address twice is refused next to the e-mail field (a pending one gets its link again); after a
 * cancellation the address may register anew. If the e-mail cannot be sent, nothing is kept.
 */
export async function registerByEmail(input: RegisterByEmailInput, context: { ip: string | null }, now: Date = new Date()): Promise<{ status: "PENDING" }> {
  const event = await db.event.findUnique({ where: { id: input.eventId }, select: eventSelect });
  requireOpen(event, now);
  if (event.registrationMode !== "ANYONE") throw new AppError("UNAUTHENTICATED", { messageKey: "events.registration.errors.signInRequired" });
  await limitAnonymousRegistration(context.ip, input.email);

  const where = { eventId_email: { eventId: event.id, email: input.email } };
  const existing = await db.eventRegistration.findUnique({ where, select: { ...registrantSelect, status: true } });
  if (existing?.status === "PENDING") {
    await sendRegistrationEmails([mailTo("confirm", existing, await mailEvent(event), input.locale)]);
    throw fieldError("email", "events.registration.errors.pending");
  }
  if (existing && existing.status !== "CANCELLED") throw fieldError("email", "events.registration.errors.alreadyRegistered");

  const created = await db.$transaction(async (tx) => {
    // A cancelled registration makes way for a new one with a new id, so its old links stop working.
    if (existing) await tx.eventRegistration.deleteMany({ where: { id: existing.id, status: "CANCELLED" } });
    return tx.eventRegistration.create({ data: { eventId: event.id, email: input.email, name: input.name, status: "PENDING" }, select: registrantSelect }).catch(duplicateEmail);
  });
  try {
    await sendRegistrationEmail(mailTo("confirm", created, await mailEvent(event), input.locale));
  } catch (error) {
    await db.eventRegistration.deleteMany({ where: { id: created.id, status: "PENDING" } });
    throw new AppError("MAIL_FAILED", { messageKey: "events.registration.errors.mailFailed", cause: error });
  }
  return { status: "PENDING" };
}

/**
 * A signed-in person's registration, with their account's name and address: confirmed at once, or
 * on the waiting list when the event is full. A registration they started by e-mail is completed.
 */
export async function registerSignedIn(user: SessionUser | null, eventId: string, now: Date = new Date()): Promise<{ status: "CONFIRMED" | "WAITLISTED" }> {
  if (!user) throw new AppError("UNAUTHENTICATED");
  const account = await db.user.findUnique({ where: { id: user.id }, select: { email: true, name: true, locale: true } });
  if (!account) throw new AppError("UNAUTHENTICATED");
  const email = account.email.trim().toLowerCase();

  const { registrant, status, movedUp, event } = await db.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    requireOpen(event, now);
    const existing = await tx.eventRegistration.findUnique({ where: { eventId_email: { eventId, email } }, select: { id: true, status: true } });
    if (existing?.status === "CONFIRMED" || existing?.status === "WAITLISTED") {
      throw new AppError("VALIDATION", { messageKey: "events.registration.errors.alreadyRegistered" });
    }
    const movedUp = await fillFreePlaces(tx, event, now);
    const status = await placeFor(tx, event);
    const data = { name: account.name, userId: user.id, status, confirmedAt: status === "CONFIRMED" ? now : null, cancelledAt: null };
    if (existing?.status === "CANCELLED") await tx.eventRegistration.delete({ where: { id: existing.id } });
    const registrant =
      existing?.status === "PENDING"
        ? await tx.eventRegistration.update({ where: { id: existing.id }, data, select: registrantSelect })
        : await tx.eventRegistration.create({ data: { ...data, eventId, email }, select: registrantSelect }).catch(duplicateEmail);
    return { registrant, status, movedUp, event };
  }, TRANSACTION_OPTIONS);

  const details = await mailEvent(event);
  await sendRegistrationEmails([
    ...movedUp.map((person) => mailTo("movedUp", person, details)),
    mailTo(status === "CONFIRMED" ? "registered" : "waitlisted", registrant, details, account.locale),
  ]);
  return { status };
}

/** The registration a link names and its event, or INVALID_TOKEN for a forged, altered or outdated link. */
async function registrationOf(token: string): Promise<{ id: string; eventId: string }> {
  const id = readRegistrationToken(token);
  const registration = id ? await db.eventRegistration.findUnique({ where: { id }, select: { id: true, eventId: true } }) : null;
  if (!registration) throw new AppError("INVALID_TOKEN", { messageKey: "events.registration.errors.invalidLink" });
  return registration;
}

/**
 * Follows a visitor's confirmation: a place if one is free, else the waiting list. Confirming twice
 * changes nothing and answers the status reached the first time.
 */
export async function confirmRegistration(token: string, now: Date = new Date()): Promise<{ status: EventRegistrationStatus; slug: string }> {
  const { id, eventId } = await registrationOf(token);
  const { status, movedUp, event } = await db.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    const current = await tx.eventRegistration.findUnique({ where: { id }, select: { status: true } });
    if (!event || !current) throw new AppError("INVALID_TOKEN", { messageKey: "events.registration.errors.invalidLink" });
    if (current.status !== "PENDING") return { status: current.status, movedUp: [], event };
    if (!event.isPublished) throw new AppError("NOT_FOUND", { messageKey: "events.registration.errors.unavailable" });
    if (registrationState(event, now) === "started") throw new AppError("VALIDATION", { messageKey: "events.registration.errors.started" });
    const movedUp = await fillFreePlaces(tx, event, now);
    const status = await placeFor(tx, event);
    await tx.eventRegistration.update({ where: { id }, data: { status, confirmedAt: status === "CONFIRMED" ? now : null } });
    return { status, movedUp, event };
  }, TRANSACTION_OPTIONS);
  if (movedUp.length > 0) {
    const details = await mailEvent(event);
    await sendRegistrationEmails(movedUp.map((person) => mailTo("movedUp", person, details)));
  }
  return { status, slug: event.slug };
}

/**
 * Cancels by the link in any registration e-mail, without signing in. A freed place goes to the
 * oldest registration on the waiting list, who is e-mailed. Cancelling again changes nothing (so a
 * replayed link never moves a second person up); once the event has started it is refused.
 */
export async function cancelRegistration(token: string, now: Date = new Date()): Promise<{ status: "CANCELLED"; movedUp: number; slug: string }> {
  const { id, eventId } = await registrationOf(token);
  const { movedUp, event } = await db.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    const current = await tx.eventRegistration.findUnique({ where: { id }, select: { status: true } });
    if (!event || !current) throw new AppError("INVALID_TOKEN", { messageKey: "events.registration.errors.invalidLink" });
    if (current.status === "CANCELLED") return { movedUp: [], event };
    if (registrationState(event, now) === "started") throw new AppError("VALIDATION", { messageKey: "events.registration.errors.cancelStarted" });
    await tx.eventRegistration.update({ where: { id }, data: { status: "CANCELLED", cancelledAt: now } });
    return { movedUp: current.status === "CONFIRMED" ? await fillFreePlaces(tx, event, now) : [], event };
  }, TRANSACTION_OPTIONS);
  if (movedUp.length > 0) {
    const details = await mailEvent(event);
    await sendRegistrationEmails(movedUp.map((person) => mailTo("movedUp", person, details)));
  }
  return { status: "CANCELLED", movedUp: movedUp.length, slug: event.slug };
}

/** E-mails those a staff change (a larger capacity) moved up; the change itself has committed. */
export async function mailMovedUp(movedUp: readonly Registrant[], event: RegistrationEvent): Promise<void> {
  if (movedUp.length === 0) return;
  const details = await mailEvent(event);
  await sendRegistrationEmails(movedUp.map((person) => mailTo("movedUp", person, details)));
}

export { eventSelect as registrationEventSelect };
export type { Registrant, RegistrationEvent };
