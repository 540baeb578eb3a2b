import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as eventCalendar } from "@/app/api/events/[slug]/calendar.ics/route";
import { GET as calendarFeed } from "@/app/api/events/calendar.ics/route";
import { GET as getPicture, POST as uploadPicture } from "@/app/api/events/[slug]/picture/route";
import { db } from "@/lib/db/client";
import { createEventAction, createEventFromVisitAction, updateEventAction } from "@/lib/events/actions";
import { getPublicEvent, listNextPublicEvents, listPublicEventMonths, listPublicEvents } from "@/lib/events/queries";
import { exportRegistrations } from "@/lib/events/export";
import type { EventFieldsInput } from "@/lib/events/schemas";
import { listEvents } from "@/lib/events/staff-queries";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";
import { createPartner, pngBytes } from "@/tests/helpers/partner-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Events for staff (issue 11, item 8): create and edit with times in a zone, partners and three
 * languages, audited and version-checked; coordinators for their unit only; a visit's guest lecture
 * made an event. And what the public gets (item 10): the list by kind and month, the next events, one
 * event's page and its iCalendar file, the feed of all.
 */

let officer: TestUser;
let coordinator: TestUser;
let student: TestUser;
let unitId: string;
let otherUnitId: string;
let partnerId: string;

const EN = { locale: "en", defaultLanguage: "en" } as const;
const AZ = { locale: "az", defaultLanguage: "en" } as const;

beforeAll(async () => {
  await ensureInstitution();
  await db.institution.update({ where: { id: 1 }, data: { timeZone: "Asia/Baku", defaultLanguage: "en" } });
  unitId = (await createUnit({ code: "EVSEAS" })).id;
  otherUnitId = (await createUnit({ code: "EVSHSS" })).id;
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR", unitId });
  student = await createUser({ role: "STUDENT" });
  partnerId = (await createPartner({ name: "University of Graz" })).id;
});

beforeEach(() => actAsVisitor());

const eventInput = (overrides: Partial<EventFieldsInput> = {}): EventFieldsInput => ({
  title: "DAAD scholarships information session",
  kind: "PRESENTATION",
  description: "Scholarships for study and research in Germany.",
  place: "Conference Hall",
  startsAt: "2027-03-10T10:00",
  endsAt: "2027-03-10T11:30",
  organizer: "DAAD",
  unitId,
  partnerIds: [partnerId],
  capacity: "80",
  registrationMode: "ANYONE",
  registrationClosesAt: "2027-03-09T18:00",
  isPublished: "on",
  translations: { az: { title: "DAAD təqaüdləri üzrə məlumat sessiyası", place: "Konfrans zalı" }, ru: { title: "Информационная встреча о стипендиях DAAD" } },
  ...overrides,
});

async function createAs(user: TestUser, overrides: Partial<EventFieldsInput> = {}): Promise<string> {
  actAs(user);
  const result = await createEventAction(eventInput(overrides));
  if (!result.ok) throw new Error(`could not create the event: ${JSON.stringify(result)}`);
  return result.data.id;
}

describe("staff create and edit events", () => {
  it("stores times read in the institution's zone, partners and translations, audited as an Event", async () => {
    const id = await createAs(officer);
    const event = await db.event.findUniqueOrThrow({ where: { id }, include: { partners: true } });
    // 10:00 in Baku (UTC+4) is 06:00 UTC.
    expect(event.startsAt.toISOString()).toBe("2027-03-10T06:00:00.000Z");
    expect(event.endsAt?.toISOString()).toBe("2027-03-10T07:30:00.000Z");
    expect(event.registrationClosesAt?.toISOString()).toBe("2027-03-09T14:00:00.000Z");
    expect(event).toMatchObject({ slug: "daad-scholarships-information-session", capacity: 80, registrationMode: "ANYONE", isPublished: true, unitId, timeZone: null });
    expect(event.translations).toEqual({ az: { title: "DAAD təqaüdləri üzrə məlumat sessiyası", place: "Konfrans zalı" }, ru: { title: "Информационная встреча о стипендиях DAAD" } });
    expect(event.partners.map((partner) => partner.partnerId)).toEqual([partnerId]);
    expect(await db.auditLog.count({ where: { entityType: "Event", entityId: id, action: "event.create", actorId: officer.id } })).toBe(1);
  });

  it("reads the times in the event's own zone when one is given", async () => {
    const id = await createAs(officer, { title: "Webinar from Berlin", timeZone: "Europe/Berlin", place: "", onlineUrl: "https://meet.example.org/berlin", registrationClosesAt: "" });
    const event = await db.event.findUniqueOrThrow({ where: { id } });
    expect(event.startsAt.toISOString()).toBe("2027-03-10T09:00:00.000Z");
    expect(event.timeZone).toBe("Europe/Berlin");
  });

  it("refuses an end before the start, a closing after the start, no venue, and an unknown zone, next to the field, storing nothing", async () => {
    actAs(officer);
    const before = await countAllRows();
    expect(await createEventAction(eventInput({ endsAt: "2027-03-10T09:00" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { endsAt: ["events.validation.endBeforeStart"] } });
    expect(await createEventAction(eventInput({ registrationClosesAt: "2027-03-11T09:00" }))).toMatchObject({ ok: false, fieldErrors: { registrationClosesAt: ["events.validation.closesAfterStart"] } });
    expect(await createEventAction(eventInput({ place: "", onlineUrl: "" }))).toMatchObject({ ok: false, fieldErrors: { place: ["events.validation.placeOrOnline"] } });
    expect(await createEventAction(eventInput({ timeZone: "Mars/Olympus" }))).toMatchObject({ ok: false, fieldErrors: { timeZone: ["events.validation.timeZone"] } });
    // In text the end is later, as instants it is earlier: the service checks the instants too.
    const mixed = await createEventAction(eventInput({ startsAt: "2027-03-10T10:00Z", endsAt: "2027-03-10T11:00+04:00", registrationClosesAt: "" }));
    expect(mixed).toMatchObject({ ok: false, fieldErrors: { endsAt: ["events.validation.endBeforeStart"] } });
    expect(await countAllRows()).toEqual(before);
  });

  it("saves only over the version the editor started from", async () => {
    const id = await createAs(officer, { title: "Versioned seminar" });
    const first = await updateEventAction({ ...eventInput({ title: "Versioned seminar, new title" }), id, version: 1 });
    expect(first).toMatchObject({ ok: true, data: { id, version: 2 } });
    const stale = await updateEventAction({ ...eventInput({ title: "Lost edit" }), id, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Versioned seminar, new title", version: 2 });
    expect(await db.auditLog.count({ where: { entityId: id, action: "event.update" } })).toBe(1);
  });

  it("lets a coordinator organize their own unit's events only", async () => {
    const own = await createAs(coordinator, { title: "SEAS guest seminar" });
    expect((await db.event.findUniqueOrThrow({ where: { id: own } })).unitId).toBe(unitId);
    actAs(coordinator);
    expect(await createEventAction(eventInput({ unitId: otherUnitId }))).toMatchObject({ ok: false, fieldErrors: { unitId: ["events.validation.unitOwn"] } });
    const others = await createAs(officer, { title: "SHSS conference", unitId: otherUnitId });
    actAs(coordinator);
    // Moving another unit's event to their own unit does not make it theirs: it is out of reach.
    expect(await updateEventAction({ ...eventInput({ title: "Taken over" }), id: others, version: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(student);
    expect(await createEventAction(eventInput())).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("finds events by words of a title in another language", async () => {
    await createAs(officer, { title: "Mugham evening", translations: { az: { title: "Muğam axşamı" } } });
    const found = await listEvents(officer, { q: "axşamı", when: "all", page: 1 });
    expect(found.rows.map((row) => row.title)).toEqual(["Mugham evening"]);
  });
});

describe("the picture and the participant list", () => {
  const pictureRequest = (method: string, slug: string, body?: FormData) => new Request(`http://localhost:3000/api/events/${slug}/picture`, { method, body });
  const context = (slug: string) => ({ params: Promise.resolve({ slug }) });

  it("takes a picture from the organizers, serves it publicly once published, and hides an internal event's", async () => {
    const id = await createAs(coordinator, { title: "Picture seminar", isPublished: "" });
    const { slug } = await db.event.findUniqueOrThrow({ where: { id } });
    const upload = () => {
      const body = new FormData();
      body.set("picture", new File([pngBytes()], "poster.png", { type: "image/png" }));
      return uploadPicture(pictureRequest("POST", slug, body), context(slug));
    };
    const stranger = await createUser({ role: "COORDINATOR", unitId: otherUnitId });
    actAs(stranger);
    expect((await upload()).status).toBe(404);
    actAs(coordinator);
    expect((await upload()).status).toBe(200);
    expect(await db.auditLog.count({ where: { entityId: id, action: "event.picture.set" } })).toBe(1);
    actAsVisitor();
    expect((await getPicture(pictureRequest("GET", slug), context(slug))).status).toBe(404);
    await db.event.update({ where: { id }, data: { isPublished: true } });
    const served = await getPicture(pictureRequest("GET", slug), context(slug));
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
  });

  it("exports who registered, with their status and place on the waiting list, for the organizers only", async () => {
    const id = await createAs(officer, { title: "Export seminar", capacity: "1" });
    await db.eventRegistration.createMany({
      data: [
        { eventId: id, email: "first@example.org", name: "First Person", status: "CONFIRMED", createdAt: new Date("2027-01-01T08:00:00Z"), confirmedAt: new Date("2027-01-01T08:00:00Z") },
        { eventId: id, email: "second@example.org", name: "Second Person", status: "WAITLISTED", createdAt: new Date("2027-01-02T08:00:00Z") },
      ],
    });
    const { body } = await exportRegistrations(officer, id, "csv");
    const lines = String(body).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Name,E-mail,Status,Place on the waiting list,Signed in,Registered,Confirmed,Cancelled");
    expect(lines[1]).toBe("First Person,first@example.org,Confirmed,,No,2027-01-01 12:00,2027-01-01 12:00,");
    expect(lines[2]).toBe("Second Person,second@example.org,Waiting list,1,No,2027-01-02 12:00,,");
    // The organizing unit's coordinator may; another unit's may not know the event has registrants.
    await expect(exportRegistrations(coordinator, id, "xlsx")).resolves.toMatchObject({ slug: "export-seminar" });
    await expect(exportRegistrations(await createUser({ role: "COORDINATOR", unitId: otherUnitId }), id, "csv")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportRegistrations(student, id, "csv")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("a visit's guest lecture as an event", () => {
  it("fills the event in from the visit and its lecture, once", async () => {
    const visit = await db.visit.create({
      data: {
        title: "Guest lecture: contemporary British fiction",
        translations: { az: { title: "Qonaq mühazirəsi: müasir Britaniya ədəbiyyatı" } },
        direction: "INCOMING",
        kind: "GUEST_LECTURER",
        purpose: "A lecture for students of English literature.",
        hostUnitId: unitId,
        partnerId,
        startDate: new Date("2027-04-20T00:00:00Z"),
        endDate: new Date("2027-04-22T00:00:00Z"),
        agenda: { create: [{ title: "Lecture", kind: "LECTURE", location: "Auditorium 2", startsAt: new Date("2027-04-21T07:00:00Z"), endsAt: new Date("2027-04-21T08:30:00Z") }] },
      },
    });
    actAs(coordinator);
    const created = await createEventFromVisitAction({ visitId: visit.id });
    expect(created).toMatchObject({ ok: true, data: { created: true } });
    const id = created.ok ? created.data.id : "";
    const event = await db.event.findUniqueOrThrow({ where: { id }, include: { partners: true } });
    expect(event).toMatchObject({ kind: "GUEST_LECTURE", visitId: visit.id, unitId, place: "Auditorium 2", isPublished: false, title: visit.title });
    expect(event.startsAt.toISOString()).toBe("2027-04-21T07:00:00.000Z");
    expect(event.translations).toEqual({ az: { title: "Qonaq mühazirəsi: müasir Britaniya ədəbiyyatı" } });
    expect(event.partners.map((partner) => partner.partnerId)).toEqual([partnerId]);
    expect(await createEventFromVisitAction({ visitId: visit.id })).toMatchObject({ ok: true, data: { id, created: false } });
    expect(await db.auditLog.count({ where: { entityId: id, action: "event.create-from-visit" } })).toBe(1);
  });
});

describe("the public events", () => {
  let published: { id: string; slug: string };

  beforeAll(async () => {
    const unit = await createUnit();
    const at = (iso: string) => new Date(iso);
    const make = (slug: string, data: Record<string, unknown>) =>
      db.event.create({ data: { slug, title: slug, kind: "SEMINAR", place: "Hall", startsAt: at("2030-05-01T06:00:00Z"), isPublished: true, unitId: unit.id, ...data }, select: { id: true, slug: true } });
    published = await make("public-conference", {
      title: "Public conference",
      kind: "CONFERENCE",
      startsAt: at("2030-06-15T06:00:00Z"),
      endsAt: at("2030-06-16T14:00:00Z"),
      description: "Two days on migration.",
      translations: { az: { title: "İctimai konfrans" } },
    });
    await make("public-webinar", { title: "Public webinar", kind: "WEBINAR", startsAt: at("2030-05-20T14:00:00Z"), place: "", onlineUrl: "https://meet.example.org/w" });
    // 21:00 UTC on 31 May is already 1 June in Baku: the month is the institution's.
    await make("late-may-in-utc", { title: "Night session", startsAt: at("2030-05-31T21:00:00Z") });
    await make("internal-meeting", { title: "Internal meeting", startsAt: at("2030-05-21T06:00:00Z"), isPublished: false });
    await make("past-seminar", { title: "Past seminar", startsAt: at("2020-05-21T06:00:00Z") });
  });

  const slugs = (rows: readonly { slug: string }[]) => rows.map((row) => row.slug);

  it("lists the published events only, the coming ones first, by kind and by month", async () => {
    const now = new Date("2030-01-01T00:00:00Z");
    const all = await listPublicEvents(EN, {}, now);
    expect(slugs(all.upcoming).filter((slug) => slug.startsWith("public-"))).toEqual(["public-webinar", "public-conference"]);
    expect(slugs(all.upcoming)).toContain("late-may-in-utc");
    expect(slugs(all.upcoming)).not.toContain("internal-meeting");
    expect(slugs(all.past)).toContain("past-seminar");
    expect(slugs((await listPublicEvents(EN, { kind: "CONFERENCE" }, now)).upcoming)).toEqual(["public-conference"]);
    expect(slugs((await listPublicEvents(EN, { month: "2030-05" }, now)).upcoming)).toEqual(["public-webinar"]);
    expect(slugs((await listPublicEvents(EN, { month: "2030-06" }, now)).upcoming)).toEqual(["late-may-in-utc", "public-conference"]);
    expect(slugs(await listNextPublicEvents(EN, 3, now))).toEqual(["public-webinar", "late-may-in-utc", "public-conference"]);
    // The month filter offers the months of published events, in Baku's calendar.
    expect(await listPublicEventMonths()).toEqual(expect.arrayContaining(["2020-05", "2030-05", "2030-06"]));
  });

  it("gives an event's page in the reader's language, marking a fallback, and nothing for an internal event", async () => {
    const event = (await getPublicEvent("public-conference", "az", "en"))!;
    expect(event.title).toEqual({ text: "İctimai konfrans", lang: "az" });
    expect(event.description).toEqual({ text: "Two days on migration.", lang: "en" });
    expect(event.timeZone).toBe("Asia/Baku");
    expect(event).not.toHaveProperty("translations");
    expect(await getPublicEvent("internal-meeting", "en", "en")).toBeNull();
    expect((await listPublicEvents(AZ, {}, new Date("2030-01-01T00:00:00Z"))).upcoming.find((row) => row.slug === "public-conference")?.title.text).toBe("İctimai konfrans");
  });

  const calendarRequest = (path: string) => new Request(new URL(path, process.env.APP_URL ?? "http://localhost:3000"));

  it("answers one event as an iCalendar file with its UTC times, place and page", async () => {
    const response = await eventCalendar(calendarRequest("/api/events/public-conference/calendar.ics?lang=en"), { params: Promise.resolve({ slug: "public-conference" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const body = (await response.text()).replace(/\r\n[ \t]/g, "");
    expect(body).toContain("BEGIN:VEVENT");
    expect(body).toContain(`UID:event-${published.id}@`);
    expect(body).toContain("DTSTART:20300615T060000Z");
    expect(body).toContain("DTEND:20300616T140000Z");
    expect(body).toContain("SUMMARY:Public conference");
    expect(body).toContain("LOCATION:Hall");
    expect(body).toMatch(/URL[^:]*:http[^\r\n]*\/events\/public-conference/);
    const internal = await eventCalendar(calendarRequest("/api/events/internal-meeting/calendar.ics"), { params: Promise.resolve({ slug: "internal-meeting" }) });
    expect(internal.status).toBe(404);
  });

  it("answers the feed of every published event in the asked language", async () => {
    const body = (await (await calendarFeed(calendarRequest("/api/events/calendar.ics?lang=az"), undefined as never)).text()).replace(/\r\n[ \t]/g, "");
    expect(body).toContain("SUMMARY:İctimai konfrans");
    expect(body).toContain("SUMMARY:Public webinar");
    expect(body).not.toContain("Internal meeting");
  });
});
