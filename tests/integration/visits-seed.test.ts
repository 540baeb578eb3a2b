import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { agendaWarnings, passportWarnings } from "@/lib/visits/warnings";
import { dayIn } from "@/lib/dates/zoned";
import { seedDemo } from "@/prisma/seed/seed-demo";

/** The demo's visits (prisma/seed/seed-visits.ts) read like an office's: every status, both directions, guests with data to act on. */
describe("demo visits", () => {
  it("seeds visits across the lifecycle, drawn from the source pages, and the same again on a second run", { timeout: 300_000 }, async () => {
    await seedDemo();
    const visits = await db.visit.findMany({ include: { participants: true, agenda: true, partner: { select: { name: true } }, project: { select: { acronym: true } } } });
    expect(new Set(visits.map((visit) => visit.status))).toEqual(new Set(["PLANNED", "CONFIRMED", "IN_PROGRESS", "COMPLETED", "CANCELLED"]));
    expect(new Set(visits.map((visit) => visit.direction))).toEqual(new Set(["INCOMING", "OUTGOING"]));
    const graz = visits.find((visit) => visit.partner?.name === "University of Graz");
    expect(graz).toMatchObject({ kind: "DELEGATION", status: "COMPLETED", isPublic: true, project: { acronym: "PROMIG" } });
    // Completed long ago: its guests' personal data was erased, their names kept.
    expect(graz?.personalDataErasedAt).toBeInstanceOf(Date);
    expect(graz?.participants.every((p) => p.passportNumber === null && p.birthDate === null && p.name !== "")).toBe(true);
    expect(visits.some((visit) => visit.kind === "PARTNER_VISIT" && visit.title.startsWith("Mevlana"))).toBe(true);
    expect(visits.some((visit) => visit.kind === "GUEST_LECTURER")).toBe(true);
    expect(visits.filter((visit) => visit.direction === "OUTGOING").some((visit) => visit.participants.some((p) => p.userId !== null))).toBe(true);
    // Every visit's days are in order; every public one has its summary in three languages.
    for (const visit of visits) expect(visit.endDate >= visit.startDate, visit.title).toBe(true);
    for (const visit of visits.filter((v) => v.isPublic)) expect(Object.keys(visit.translations as object).sort(), visit.title).toEqual(["az", "ru"]);
    // The coordinator's unit hosts one, so the demo coordinator has something to work with.
    const seas = await db.unit.findUniqueOrThrow({ where: { code: "SEAS" } });
    expect(visits.some((visit) => visit.hostUnitId === seas.id)).toBe(true);
    // The guest lecture shows the warnings the office must see: a passport expiring before the flight home, a pick-up the night before.
    const lecture = visits.find((visit) => visit.kind === "GUEST_LECTURER")!;
    const dayOf = (instant: Date) => dayIn(instant, "Asia/Baku");
    const iso = (date: Date) => date.toISOString().slice(0, 10);
    expect(passportWarnings(lecture.participants.map((p) => ({ id: p.id, passportExpiresOn: p.passportExpiresOn && iso(p.passportExpiresOn), departureAt: p.departureAt })), iso(lecture.endDate), dayOf)).toHaveLength(1);
    expect(agendaWarnings(lecture.agenda, { startDate: iso(lecture.startDate), endDate: iso(lecture.endDate) }, dayOf).map((w) => w.key)).toEqual(["agendaOutsideVisit"]);

    const counts = { visits: visits.length, participants: await db.visitParticipant.count(), agenda: await db.visitAgendaItem.count() };
    await seedDemo();
    expect({ visits: await db.visit.count(), participants: await db.visitParticipant.count(), agenda: await db.visitAgendaItem.count() }).toEqual(counts);
  });
});
