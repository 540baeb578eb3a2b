import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as cancelByLink } from "@/app/api/events/registrations/cancel/route";
import { POST as confirmByLink } from "@/app/api/events/registrations/confirm/route";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { registerByEmailAction, registerSignedInAction, updateEventAction } from "@/lib/events/actions";
import { getPublicEvent, listPublicEvents } from "@/lib/events/queries";
import { cancelRegistration, confirmRegistration, registerByEmail, registerSignedIn } from "@/lib/events/registration";
import { getRegistrationForLink } from "@/lib/events/registration-queries";
import { registrationToken } from "@/lib/events/registration-token";
import { listOutbox } from "@/lib/mail/outbox";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Registration for events (issue 11, item 9, and its bad input): a visitor registers by e-mail and
 * confirms by the e-mailed link; a signed-in person is registered at once; never more confirmed than
 * the capacity, even when twenty sign up at the same moment; a waiting list that moves up, oldest
 * first, with an e-mail, when someone cancels by the signed link of their e-mail; and the refusals.
 */

const DAY = 86_400_000;
let officer: TestUser;
let sequence = 0;

beforeAll(async () => {
  await ensureInstitution();
  officer = await createUser({ role: "OFFICER" });
});

beforeEach(() => actAsVisitor());

/** A published event that takes registrations, a month from now unless told otherwise. */
async function createEvent(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return db.event.create({
    data: {
      slug: `registration-test-${sequence}`,
      title: `Registration test ${sequence}`,
      kind: "SEMINAR",
      place: "Room 301",
      startsAt: new Date(Date.now() + 30 * DAY),
      registrationMode: "ANYONE",
      isPublished: true,
      ...overrides,
    },
    select: { id: true, slug: true, title: true },
  });
}

const statusCounts = async (eventId: string) =>
  Object.fromEntries((await db.eventRegistration.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } })).map((group) => [group.status, group._count._all]));

/** The newest e-mail to `to`, and the registration token of its link. */
async function mailTo(to: string) {
  const mail = (await listOutbox()).find((entry) => entry.to === to);
  const token = mail?.text.match(/registration\?token=([^&\s]+)/)?.[1];
  return { mail, token: token ? decodeURIComponent(token) : undefined };
}

async function users(count: number): Promise<TestUser[]> {
  return Promise.all(Array.from({ length: count }, () => createUser({ role: "STUDENT" })));
}

describe("capacity and the waiting list", () => {
  it("confirms exactly the capacity when twenty signed-in people register at once, and waitlists the rest", async () => {
    const event = await createEvent({ capacity: 5 });
    const people = await users(20);
    const results = await Promise.all(people.map((person) => registerSignedIn(person, event.id)));
    expect(results.filter((result) => result.status === "CONFIRMED")).toHaveLength(5);
    expect(await statusCounts(event.id)).toEqual({ CONFIRMED: 5, WAITLISTED: 15 });
    // Each got an e-mail saying which, with the link that cancels.
    const { mail } = await mailTo(people[0]!.email);
    expect(mail?.subject).toMatch(/^(You are registered|You are on the waiting list): /);
    expect(mail?.text).toContain("cancel=1");
  });

  it("confirms exactly the capacity when twenty visitors follow their confirmation links at once", async () => {
    const event = await createEvent({ capacity: 5 });
    const registrations = await Promise.all(
      Array.from({ length: 20 }, (_, index) => db.eventRegistration.create({ data: { eventId: event.id, email: `visitor-${index}@example.org`, name: `Visitor ${index}` }, select: { id: true } })),
    );
    const results = await Promise.all(registrations.map((registration) => confirmRegistration(registrationToken(registration.id))));
    expect(results.filter((result) => result.status === "CONFIRMED")).toHaveLength(5);
    expect(await statusCounts(event.id)).toEqual({ CONFIRMED: 5, WAITLISTED: 15 });
  });

  it("gives a cancelled place to the oldest on the waiting list and e-mails them; a replayed link moves nobody else", async () => {
    const event = await createEvent({ capacity: 2 });
    const [first, second, third, fourth] = await users(4);
    for (const person of [first!, second!, third!, fourth!]) await registerSignedIn(person, event.id);
    const registration = (email: string) => db.eventRegistration.findUniqueOrThrow({ where: { eventId_email: { eventId: event.id, email } } });
    expect((await registration(third!.email)).status).toBe("WAITLISTED");

    const token = registrationToken((await registration(first!.email)).id);
    expect(await cancelRegistration(token)).toMatchObject({ status: "CANCELLED", movedUp: 1 });
    expect(await registration(first!.email)).toMatchObject({ status: "CANCELLED" });
    expect(await registration(third!.email)).toMatchObject({ status: "CONFIRMED" });
    expect((await registration(third!.email)).confirmedAt).not.toBeNull();
    expect(await registration(fourth!.email)).toMatchObject({ status: "WAITLISTED" });
    const { mail } = await mailTo(third!.email);
    expect(mail?.subject).toBe(`A place is yours: ${event.title}`);
    expect(mail?.text).toContain("cancel=1");

    // The same link again: nothing changes, and the fourth stays on the waiting list.
    expect(await cancelRegistration(token)).toMatchObject({ status: "CANCELLED", movedUp: 0 });
    expect(await statusCounts(event.id)).toEqual({ CONFIRMED: 2, WAITLISTED: 1, CANCELLED: 1 });
    expect((await listOutbox()).filter((entry) => entry.to === fourth!.email && entry.subject.startsWith("A place is yours"))).toHaveLength(0);
  });

  it("moves the waiting list up when staff raise the capacity", async () => {
    const event = await createEvent({ capacity: 1, startsAt: new Date("2030-09-01T06:00:00Z") });
    const [first, second, third] = await users(3);
    for (const person of [first!, second!, third!]) await registerSignedIn(person, event.id);
    actAs(officer);
    const saved = await updateEventAction({
      id: event.id,
      version: 1,
      title: event.title,
      kind: "SEMINAR",
      place: "Room 301",
      startsAt: "2030-09-01T10:00",
      capacity: "2",
      registrationMode: "ANYONE",
      isPublished: "on",
    });
    expect(saved).toMatchObject({ ok: true });
    expect(await statusCounts(event.id)).toEqual({ CONFIRMED: 2, WAITLISTED: 1 });
    expect((await mailTo(second!.email)).mail?.subject).toBe(`A place is yours: ${event.title}`);
  });
});

describe("a visitor's registration by e-mail", () => {
  it("is pending until the e-mailed link is followed, then takes a place; confirming twice changes nothing", async () => {
    const event = await createEvent({ capacity: 10 });
    const result = await registerByEmailAction({ eventId: event.id, name: "Aysel Mammadova", email: "  Aysel.Mammadova@Example.org ", locale: "az" });
    expect(result).toMatchObject({ ok: true, data: { status: "PENDING" } });
    const stored = await db.eventRegistration.findFirstOrThrow({ where: { eventId: event.id } });
    expect(stored).toMatchObject({ email: "aysel.mammadova@example.org", status: "PENDING", confirmedAt: null, userId: null });

    const { mail, token } = await mailTo("aysel.mammadova@example.org");
    // In the language of the page the visitor registered on.
    expect(mail?.subject).toBe(`Qeydiyyatınızı təsdiqləyin: ${event.title}`);
    expect(mail?.text).toContain(`${env().APP_URL.replace(/\/$/, "")}/events/${event.slug}/registration?token=`);
    expect(token).toBe(registrationToken(stored.id));
    expect((await getRegistrationForLink(token!, { locale: "en", defaultLanguage: "en" }))?.registration.status).toBe("PENDING");

    expect(await confirmRegistration(token!)).toMatchObject({ status: "CONFIRMED", slug: event.slug });
    expect(await confirmRegistration(token!)).toMatchObject({ status: "CONFIRMED" });
    expect(await db.eventRegistration.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ status: "CONFIRMED" });
  });

  it("confirms and cancels through the buttons of the registration page, without signing in", async () => {
    const event = await createEvent({ capacity: 10 });
    await registerByEmail({ eventId: event.id, name: "Nijat Hasanov", email: "nijat@example.org", locale: null }, { ip: null });
    const { token } = await mailTo("nijat@example.org");
    const post = (handler: typeof confirmByLink, path: string, fields: Record<string, string>) => {
      const body = new FormData();
      for (const [name, value] of Object.entries(fields)) body.set(name, value);
      const url = new URL(path, env().APP_URL);
      return handler(new Request(url, { method: "POST", body, headers: { origin: url.origin } }), undefined as never);
    };
    const confirmed = await post(confirmByLink, "/api/events/registrations/confirm", { token: token!, slug: event.slug });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toContain(`/events/${event.slug}/registration?token=`);
    expect(confirmed.headers.get("location")).toContain("done=confirmed");
    const cancelled = await post(cancelByLink, "/api/events/registrations/cancel", { token: token!, slug: event.slug });
    expect(cancelled.headers.get("location")).toContain("done=cancelled");
    expect(await statusCounts(event.id)).toEqual({ CANCELLED: 1 });
    // A forged token changes nothing and leads back to a page that says the link is invalid.
    const forged = await post(cancelByLink, "/api/events/registrations/cancel", { token: `${token!.slice(0, -2)}xx`, slug: event.slug });
    expect(forged.headers.get("location")).toContain("done=failed");
  });

  it("refuses a forged or altered link, and an old link after registering anew", async () => {
    const event = await createEvent({ capacity: 10 });
    await registerByEmail({ eventId: event.id, name: "Gunel Aliyeva", email: "gunel@example.org", locale: null }, { ip: null });
    const { token } = await mailTo("gunel@example.org");
    const [id] = token!.split(".");
    const before = await countAllRows();
    await expect(cancelRegistration(`${id}.${"A".repeat(43)}`)).rejects.toMatchObject({ code: "INVALID_TOKEN" });
    await expect(cancelRegistration(registrationToken("00000000-0000-4000-8000-000000000000"))).rejects.toMatchObject({ code: "INVALID_TOKEN" });
    await expect(confirmRegistration("not-a-token")).rejects.toMatchObject({ code: "INVALID_TOKEN" });
    expect(await countAllRows()).toEqual(before);

    await cancelRegistration(token!);
    expect(await registerByEmailAction({ eventId: event.id, name: "Gunel Aliyeva", email: "gunel@example.org" })).toMatchObject({ ok: true });
    await expect(cancelRegistration(token!)).rejects.toMatchObject({ code: "INVALID_TOKEN" });
    expect(await getRegistrationForLink(token!, { locale: "en", defaultLanguage: "en" })).toBeNull();
    expect(await statusCounts(event.id)).toEqual({ PENDING: 1 });
  });
});

describe("refusals", () => {
  it("refuses a second registration with one address next to the e-mail field", async () => {
    const event = await createEvent();
    expect(await registerByEmailAction({ eventId: event.id, name: "Rashad Karimov", email: "rashad@example.org" })).toMatchObject({ ok: true });
    // Still pending: refused, and the confirmation link is sent again.
    const pending = await registerByEmailAction({ eventId: event.id, name: "Rashad Karimov", email: "RASHAD@example.org" });
    expect(pending).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { email: ["events.registration.errors.pending"] } });
    expect((await listOutbox()).filter((entry) => entry.to === "rashad@example.org")).toHaveLength(2);
    await confirmRegistration((await mailTo("rashad@example.org")).token!);
    const again = await registerByEmailAction({ eventId: event.id, name: "Someone Else", email: "rashad@example.org" });
    expect(again).toMatchObject({ ok: false, fieldErrors: { email: ["events.registration.errors.alreadyRegistered"] } });
    expect(await statusCounts(event.id)).toEqual({ CONFIRMED: 1 });

    const student = await createUser({ role: "STUDENT" });
    actAs(student);
    expect(await registerSignedInAction({ eventId: event.id })).toMatchObject({ ok: true, data: { status: "CONFIRMED" } });
    expect(await registerSignedInAction({ eventId: event.id })).toMatchObject({ ok: false, code: "VALIDATION", formError: "events.registration.errors.alreadyRegistered" });
  });

  it("refuses registration after the event has started, after registration closed, for an internal event and where there is none, storing nothing", async () => {
    const started = await createEvent({ startsAt: new Date(Date.now() - DAY) });
    const closed = await createEvent({ registrationClosesAt: new Date(Date.now() - 60_000) });
    const internal = await createEvent({ isPublished: false });
    const none = await createEvent({ registrationMode: "NONE" });
    const accountsOnly = await createEvent({ registrationMode: "SIGNED_IN" });
    const register = (eventId: string) => registerByEmailAction({ eventId, name: "Late Visitor", email: "late@example.org" });
    const before = await countAllRows();
    expect(await register(started.id)).toMatchObject({ ok: false, code: "VALIDATION", formError: "events.registration.errors.started" });
    expect(await register(closed.id)).toMatchObject({ ok: false, code: "VALIDATION", formError: "events.registration.errors.closed" });
    expect(await register(internal.id)).toMatchObject({ ok: false, code: "NOT_FOUND", formError: "events.registration.errors.unavailable" });
    expect(await register(none.id)).toMatchObject({ ok: false, code: "VALIDATION", formError: "events.registration.errors.none" });
    expect(await register(accountsOnly.id)).toMatchObject({ ok: false, code: "UNAUTHENTICATED", formError: "events.registration.errors.signInRequired" });
    actAs(await createUser({ role: "STUDENT" }));
    expect(await registerSignedInAction({ eventId: started.id })).toMatchObject({ ok: false, formError: "events.registration.errors.started" });
    actAsVisitor();
    expect(await countAllRows()).toEqual({ ...before, User: before.User! + 1 });
  });

  it("refuses to cancel once the event has started", async () => {
    const event = await createEvent();
    const person = (await users(1))[0]!;
    await registerSignedIn(person, event.id);
    const registration = await db.eventRegistration.findFirstOrThrow({ where: { eventId: event.id } });
    await db.event.update({ where: { id: event.id }, data: { startsAt: new Date(Date.now() - 60_000) } });
    await expect(cancelRegistration(registrationToken(registration.id))).rejects.toMatchObject({ code: "VALIDATION", messageKey: "events.registration.errors.cancelStarted" });
    expect(await statusCounts(event.id)).toEqual({ CONFIRMED: 1 });
  });

  it("limits anonymous registrations from one address", async () => {
    const event = await createEvent();
    const attempt = (index: number) => registerByEmail({ eventId: event.id, name: "Flood", email: `flood-${index}@example.org`, locale: null }, { ip: "203.0.113.9" });
    for (let index = 0; index < 30; index++) await attempt(index);
    await expect(attempt(30)).rejects.toMatchObject({ code: "RATE_LIMITED", messageKey: "events.registration.errors.rateLimited" });
    expect(await db.eventRegistration.count({ where: { eventId: event.id } })).toBe(30);
  });
});

describe("what the public sees", () => {
  it("shows places left, never who registered", async () => {
    const event = await createEvent({ capacity: 3 });
    await registerByEmail({ eventId: event.id, name: "Secret Visitor", email: "secret.visitor@example.org", locale: null }, { ip: null });
    await confirmRegistration((await mailTo("secret.visitor@example.org")).token!);
    const page = (await getPublicEvent(event.slug, "en", "en"))!;
    expect(page).toMatchObject({ registration: "open", placesLeft: 2, capacity: 3 });
    const listed = (await listPublicEvents({ locale: "en", defaultLanguage: "en" })).upcoming.find((row) => row.slug === event.slug);
    for (const shown of [page, listed]) {
      const text = JSON.stringify(shown);
      expect(text).not.toContain("secret.visitor");
      expect(text).not.toContain("Secret Visitor");
      expect(text).not.toContain("registrations");
    }
  });
});
