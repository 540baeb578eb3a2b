import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as calendarFeed } from "@/app/api/calendar/[token]/route";
import { db } from "@/lib/db/client";
import { createCalendarLinkAction, revokeCalendarLinkAction } from "@/lib/visits/calendar/actions";
import { hashCalendarToken } from "@/lib/visits/calendar/feed-token";
import { calendarPeriod, entriesByDay } from "@/lib/visits/calendar/grid";
import { listCalendarEntries } from "@/lib/visits/calendar/queries";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * The staff calendar and the private iCalendar feed: what each role sees, and that the feed answers
 * only to a live secret (never without one, never after it was revoked or replaced).
 */

const OPTIONS = { timeZone: "Asia/Baku", locale: "en", defaultLanguage: "en" } as const;

let officer: TestUser;
let coordinator: TestUser;
let ownUnit: string;
let otherUnit: string;
let ownVisitId: string;
let otherVisitId: string;

// Relative to now, so the feed's window (60 days back, a year ahead) always holds them.
function daysFromNow(days: number): Date {
  const date = new Date();
  date.setUTCHours(0, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

async function createVisit(title: string, hostUnitId: string, startInDays: number) {
  const visit = await db.visit.create({
    data: {
      title,
      direction: "INCOMING",
      kind: "PARTNER_VISIT",
      purpose: "Partnership talks",
      organizationName: "Partner University",
      hostUnitId,
      startDate: daysFromNow(startInDays),
      endDate: daysFromNow(startInDays + 2),
      participants: { create: [{ name: "Guest PERSON", passportNumber: "X9988776", nationalityCode: "TR" }] },
      agenda: { create: [{ startsAt: new Date(daysFromNow(startInDays).getTime() + 6 * 3_600_000), title: `${title}: welcome meeting` }] },
    },
    select: { id: true },
  });
  return visit.id;
}

async function createEvent(title: string, unitId: string, startInDays: number) {
  await db.event.create({
    data: { slug: `event-${Math.random().toString(36).slice(2)}`, title, kind: "SEMINAR", place: "Main building", unitId, startsAt: new Date(daysFromNow(startInDays).getTime() + 9 * 3_600_000) },
  });
}

function feed(token: string) {
  return calendarFeed(new Request(`http://localhost:3000/api/calendar/${token}`), { params: Promise.resolve({ token }) });
}

function tokenOf(url: string): string {
  return new URL(url).pathname.split("/").pop()!;
}

beforeAll(async () => {
  await ensureInstitution();
  ownUnit = (await createUnit({ name: "School of Engineering" })).id;
  otherUnit = (await createUnit({ name: "School of Economics" })).id;
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR", unitId: ownUnit });
  ownVisitId = await createVisit("Graz delegation", ownUnit, 10);
  otherVisitId = await createVisit("Mevlana partner visit", otherUnit, 12);
  await createEvent("Engineering seminar", ownUnit, 11);
  await createEvent("Economics seminar", otherUnit, 11);
  // A cancelled visit is not on anyone's calendar.
  await db.visit.update({ where: { id: await createVisit("Cancelled visit", ownUnit, 10) }, data: { status: "CANCELLED" } });
});

beforeEach(() => actAsVisitor());

describe("calendar periods", () => {
  it("shows a month as whole weeks from Monday to Sunday, and a week from its Monday", () => {
    const month = calendarPeriod("month", "2026-12-15");
    expect(month.weeks).toHaveLength(5);
    expect([month.first, month.last, month.previous, month.next]).toEqual(["2026-11-30", "2027-01-03", "2026-11-01", "2027-01-01"]);
    const week = calendarPeriod("week", "2026-12-13");
    expect(week.weeks[0]).toEqual(["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-12", "2026-12-13"]);
    expect([week.previous, week.next]).toEqual(["2026-11-30", "2026-12-14"]);
  });

  it("puts a visit on each of its days within the period", () => {
    const byDay = entriesByDay([{ startDay: "2026-11-28", endDay: "2026-12-01" }], { first: "2026-11-30", last: "2027-01-03" });
    expect([...byDay.keys()]).toEqual(["2026-11-30", "2026-12-01"]);
  });
});

describe("staff calendar", () => {
  const range = () => ({ first: new Date().toISOString().slice(0, 10), last: daysFromNow(40).toISOString().slice(0, 10) });
  const titles = (entries: { title: { text: string } }[]) => entries.map((entry) => entry.title.text).sort();

  it("shows officers every unit's visits, agenda items and events, filterable by unit", async () => {
    const all = await listCalendarEntries(officer, range(), { unitId: null }, OPTIONS);
    expect(titles(all)).toEqual([
      "Economics seminar",
      "Engineering seminar",
      "Graz delegation",
      "Graz delegation: welcome meeting",
      "Mevlana partner visit",
      "Mevlana partner visit: welcome meeting",
    ]);
    const filtered = await listCalendarEntries(officer, range(), { unitId: otherUnit }, OPTIONS);
    expect(titles(filtered)).toEqual(["Economics seminar", "Mevlana partner visit", "Mevlana partner visit: welcome meeting"]);
  });

  it("shows a coordinator their unit's visits only, and never personal data", async () => {
    const entries = await listCalendarEntries(coordinator, range(), { unitId: null }, OPTIONS);
    expect(entries.filter((entry) => entry.kind !== "event").map((entry) => entry.href)).toEqual([`/dashboard/visits/${ownVisitId}`, `/dashboard/visits/${ownVisitId}`]);
    expect(JSON.stringify(entries)).not.toContain("X9988776");
  });

  it("refuses students", async () => {
    const student = await createUser({ role: "STUDENT" });
    await expect(listCalendarEntries(student, range(), { unitId: null }, OPTIONS)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("private calendar feed", () => {
  it("serves the coordinator's unit by the secret link, and keeps only the secret's hash", async () => {
    actAs(coordinator);
    const created = await createCalendarLinkAction({});
    if (!created.ok) throw new Error(created.code);
    const token = tokenOf(created.data.url);
    const stored = await db.user.findUniqueOrThrow({ where: { id: coordinator.id }, select: { calendarTokenHash: true } });
    expect(stored.calendarTokenHash).toBe(hashCalendarToken(token));
    expect(stored.calendarTokenHash).not.toContain(token);

    actAsVisitor();
    const response = await feed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = await response.text();
    expect(body).toContain("SUMMARY:Visit: Graz delegation");
    expect(body).toContain("SUMMARY:Event: Engineering seminar");
    expect(body).toContain(`UID:visit-${ownVisitId}@`);
    expect(body).toMatch(/DTSTART;VALUE=DATE:\d{8}/);
    expect(body).not.toContain("Mevlana");
    expect(body).not.toContain(otherVisitId);
    expect(body).not.toContain("Economics seminar");
    expect(body).not.toContain("Cancelled visit");
    expect(body).not.toContain("X9988776");
  });

  it("refuses a request without a valid secret", async () => {
    for (const token of ["", "not-a-token", "A".repeat(43)]) {
      expect((await feed(token)).status).toBe(404);
    }
  });

  it("stops answering once the link is revoked or replaced, and for a disabled account", async () => {
    actAs(officer);
    const first = await createCalendarLinkAction({});
    const second = await createCalendarLinkAction({});
    if (!first.ok || !second.ok) throw new Error("no link");
    expect((await feed(tokenOf(first.data.url))).status).toBe(404);
    const current = tokenOf(second.data.url);
    expect((await feed(current)).status).toBe(200);
    expect(await db.auditLog.count({ where: { entityType: "User", entityId: officer.id, action: "calendar.link.create" } })).toBe(2);

    expect(await revokeCalendarLinkAction({})).toMatchObject({ ok: true, data: { revoked: true } });
    expect((await feed(current)).status).toBe(404);
    expect(await db.user.findUniqueOrThrow({ where: { id: officer.id }, select: { calendarTokenHash: true } })).toEqual({ calendarTokenHash: null });

    const third = await createCalendarLinkAction({});
    if (!third.ok) throw new Error("no link");
    await db.user.update({ where: { id: officer.id }, data: { disabledAt: new Date() } });
    expect((await feed(tokenOf(third.data.url))).status).toBe(404);
  });

  it("gives students and visitors no link", async () => {
    const student = await createUser({ role: "STUDENT" });
    actAs(student);
    const before = await countAllRows();
    expect(await createCalendarLinkAction({})).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAsVisitor();
    expect(await createCalendarLinkAction({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await countAllRows()).toEqual(before);
  });
});
