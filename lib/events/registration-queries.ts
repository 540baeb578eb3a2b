import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { localize } from "@/lib/translations/content";
import type { EventLanguage } from "./queries";
import { readRegistrationToken, registrationToken } from "./registration-token";
import { registrationState } from "./rules";

/**
 * One registration as its own registrant sees it: through the signed link of its e-mails, or as the
 * signed-in person who made it. Nothing here lists other registrants.
 */

/** Place on the waiting list (1 = next to move up), in the order the list moves. */
async function waitlistPosition(eventId: string, registration: { id: string; createdAt: Date }): Promise<number> {
  const ahead = await db.eventRegistration.count({
    where: { eventId, status: "WAITLISTED", OR: [{ createdAt: { lt: registration.createdAt } }, { createdAt: registration.createdAt, id: { lt: registration.id } }] },
  });
  return ahead + 1;
}

/**
 * The registration a link names, with its event in the reader's language; null for a link that is
 * forged, altered or outdated (its registration was replaced after a cancellation).
 */
export async function getRegistrationForLink(token: string, language: EventLanguage, now = new Date()) {
  const id = readRegistrationToken(token);
  if (!id) return null;
  const row = await db.eventRegistration.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      status: true,
      createdAt: true,
      event: { select: { id: true, slug: true, title: true, place: true, description: true, translations: true, startsAt: true, endsAt: true, timeZone: true, onlineUrl: true, registrationMode: true, registrationClosesAt: true } },
    },
  });
  if (!row) return null;
  const { event, ...registration } = row;
  const started = registrationState({ ...event, registrationMode: "ANYONE" }, now) === "started";
  return {
    registration: { ...registration, waitlistPosition: registration.status === "WAITLISTED" ? await waitlistPosition(event.id, registration) : null },
    event: {
      slug: event.slug,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      onlineUrl: event.onlineUrl,
      timeZone: event.timeZone ?? (await getInstitutionTimeZone()),
      ...localize(event, ["title", "place"], language.locale, language.defaultLanguage),
    },
    canConfirm: registration.status === "PENDING" && !started,
    canCancel: registration.status !== "CANCELLED" && !started,
  };
}

/** The signed-in person's own registration for an event (not a cancelled one), with the link to manage it. */
export async function findOwnRegistration(user: SessionUser | null, eventId: string) {
  if (!user) return null;
  const row = await db.eventRegistration.findUnique({
    where: { eventId_email: { eventId, email: user.email.trim().toLowerCase() } },
    select: { id: true, status: true, createdAt: true },
  });
  if (!row || row.status === "CANCELLED") return null;
  return {
    status: row.status,
    waitlistPosition: row.status === "WAITLISTED" ? await waitlistPosition(eventId, row) : null,
    token: registrationToken(row.id),
  };
}
