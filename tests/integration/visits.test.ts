import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { checkVisitTransition, VISIT_TRANSITIONS } from "@/lib/visits/lifecycle";
import { addAgendaItemAction, createVisitAction, transitionVisitAction, updateAgendaItemAction, updateVisitAction } from "@/lib/visits/actions";
import { listPublicVisitsForPartner, listPublicVisitsForPartnerSlug } from "@/lib/visits/public-queries";
import { getVisitFilterOptions, getVisitForStaff, listVisits, listVisitsForPartner } from "@/lib/visits/queries";
import { EMPTY_AGENDA_FORM, EMPTY_VISIT_FORM, visitListFilterSchema, type VisitFieldsInput } from "@/lib/visits/schemas";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";
import { createPartner } from "@/tests/helpers/opportunity-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/** A day relative to today, as the date inputs send it. */
function day(offset: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

let officer: TestUser;
let admin: TestUser;
let coordinator: TestUser;
let otherCoordinator: TestUser;
let ownUnit: string;
let otherUnit: string;
let partnerId: string;

beforeAll(async () => {
  await ensureInstitution();
  ownUnit = (await createUnit()).id;
  otherUnit = (await createUnit()).id;
  officer = await createUser({ role: "OFFICER" });
  admin = await createUser({ role: "ADMIN" });
  coordinator = await createUser({ role: "COORDINATOR", unitId: ownUnit });
  otherCoordinator = await createUser({ role: "COORDINATOR", unitId: otherUnit });
  partnerId = (await createPartner({ name: "Universität Graz" })).id;
});

beforeEach(() => actAsVisitor());

function visitInput(overrides: Partial<VisitFieldsInput> = {}): VisitFieldsInput {
  return {
    ...EMPTY_VISIT_FORM,
    title: "University of Graz delegation",
    direction: "INCOMING",
    kind: "DELEGATION",
    purpose: "A two-day PROMIG training in migration studies",
    partnerId,
    hostUnitId: ownUnit,
    responsibleId: officer.id,
    startDate: day(20),
    endDate: day(21),
    ...overrides,
  };
}

async function newVisit(as: TestUser, overrides: Partial<VisitFieldsInput> = {}): Promise<string> {
  actAs(as);
  const result = await createVisitAction(visitInput(overrides));
  if (!result.ok) throw new Error(`could not create the visit: ${JSON.stringify(result)}`);
  return result.data.id;
}

describe("recording a visit", () => {
  it("creates a visit with its texts in three languages, audited as a Visit", async () => {
    const id = await newVisit(officer, {
      isPublic: true,
      publicSummary: "A two-day training by the University of Graz.",
      translations: { en: { title: "", publicSummary: "" }, az: { title: "Qrats Universitetinin nümayəndə heyəti", publicSummary: "İki günlük təlim." }, ru: { title: "Делегация Грацского университета", publicSummary: "" } },
    });
    const visit = await db.visit.findUniqueOrThrow({ where: { id } });
    expect(visit).toMatchObject({ status: "PLANNED", version: 1, isPublic: true, hostUnitId: ownUnit, partnerId });
    expect(visit.startDate.toISOString().slice(0, 10)).toBe(day(20));
    expect(visit.translations).toEqual({ az: { title: "Qrats Universitetinin nümayəndə heyəti", publicSummary: "İki günlük təlim." }, ru: { title: "Делегация Грацского университета" } });
    expect(await db.auditLog.count({ where: { entityType: "Visit", entityId: id, action: "visit.create", actorId: officer.id } })).toBe(1);
    // A word of the Russian title finds it.
    expect((await listVisits(officer, visitListFilterSchema.parse({ q: "грацского" }))).rows.map((row) => row.id)).toContain(id);
  });

  it("answers bad input next to each field and stores nothing", async () => {
    actAs(officer);
    const before = await countAllRows();
    const result = await createVisitAction(visitInput({ startDate: day(10), endDate: day(9), partnerId: "", organizationName: "", isPublic: true, publicSummary: "" }));
    expect(result.ok === false && result.fieldErrors).toEqual({
      endDate: ["common.form.errors.dateOrder"],
      partnerId: ["visits.validation.partnerOrOrganization"],
      publicSummary: ["visits.validation.summaryForPublic"],
    });
    const unknownLinks = await createVisitAction(visitInput({ agreementId: crypto.randomUUID(), responsibleId: coordinator.id }));
    expect(unknownLinks.ok === false && unknownLinks.fieldErrors).toEqual({
      agreementId: ["common.form.errors.invalidOption"],
      responsibleId: ["visits.validation.responsibleNotOffice"],
    });
    expect(await countAllRows()).toEqual(before);
  });

  it("saves an edit over the version it started from and refuses a stale one with CONFLICT", async () => {
    const id = await newVisit(officer);
    expect(await updateVisitAction({ ...visitInput({ outcome: "Memorandum signed" }), id, version: 1 })).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await updateVisitAction({ ...visitInput({ outcome: "Lost update" }), id, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", formError: "common.form.errors.stale" });
    expect(await db.visit.findUniqueOrThrow({ where: { id } })).toMatchObject({ outcome: "Memorandum signed", version: 2 });
    const wrongOrder = await updateVisitAction({ ...visitInput({ startDate: day(5), endDate: day(1) }), id, version: 2 });
    expect(wrongOrder).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { endDate: ["common.form.errors.dateOrder"] } });
    expect(await db.visit.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 2 });
  });
});

describe("the lifecycle", () => {
  it("is a table every status is in, with COMPLETED final", () => {
    expect(Object.keys(VISIT_TRANSITIONS).sort()).toEqual(["CANCELLED", "COMPLETED", "CONFIRMED", "IN_PROGRESS", "PLANNED"]);
    expect(VISIT_TRANSITIONS.COMPLETED).toEqual([]);
    expect(checkVisitTransition({ status: "PLANNED", startDate: "2026-01-10" }, "COMPLETED", "2026-02-01")).toEqual({ ok: false, block: "notAllowed" });
    expect(checkVisitTransition({ status: "CONFIRMED", startDate: "2026-01-10" }, "IN_PROGRESS", "2026-01-09")).toEqual({ ok: false, block: "notStartedYet" });
    expect(checkVisitTransition({ status: "CONFIRMED", startDate: "2026-01-10" }, "IN_PROGRESS", "2026-01-10")).toEqual({ ok: true });
  });

  it("goes planned → confirmed → in progress → completed, each move audited", async () => {
    const id = await newVisit(officer, { startDate: day(-2), endDate: day(1) });
    let version = 1;
    for (const to of ["CONFIRMED", "IN_PROGRESS", "COMPLETED"] as const) {
      const result = await transitionVisitAction({ id, version, to });
      expect(result, to).toMatchObject({ ok: true });
      version += 1;
    }
    expect(await db.visit.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "COMPLETED", version: 4 });
    const moves = await db.auditLog.findMany({ where: { entityId: id, action: "visit.transition" }, orderBy: { id: "asc" }, select: { before: true, after: true } });
    expect(moves.map((move) => move.after)).toEqual([{ status: "CONFIRMED" }, { status: "IN_PROGRESS" }, { status: "COMPLETED" }]);
  });

  it("refuses a move the table does not allow, or one before the first day, with a message naming the statuses", async () => {
    const id = await newVisit(officer, { startDate: day(10), endDate: day(12) });
    const skip = await transitionVisitAction({ id, version: 1, to: "COMPLETED" });
    expect(skip).toMatchObject({ ok: false, code: "VALIDATION", formError: "visits.lifecycle.blocked.notAllowed", values: { from: "PLANNED", to: "COMPLETED" } });
    expect(await transitionVisitAction({ id, version: 1, to: "CONFIRMED" })).toMatchObject({ ok: true });
    const early = await transitionVisitAction({ id, version: 2, to: "IN_PROGRESS" });
    expect(early).toMatchObject({ ok: false, code: "VALIDATION", formError: "visits.lifecycle.blocked.notStartedYet" });
    expect(await transitionVisitAction({ id, version: 2, to: "CANCELLED" })).toMatchObject({ ok: true });
    expect(await transitionVisitAction({ id, version: 3, to: "CONFIRMED" })).toMatchObject({ ok: false, formError: "visits.lifecycle.blocked.notAllowed" });
    // A stale version is refused before the rules are read.
    expect(await transitionVisitAction({ id, version: 1, to: "PLANNED" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.visit.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CANCELLED", version: 3 });
  });
});

describe("scoping", () => {
  it("lets a coordinator create and run their unit's visits only", async () => {
    actAs(coordinator);
    const foreign = await createVisitAction(visitInput({ hostUnitId: otherUnit, responsibleId: "" }));
    expect(foreign).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { hostUnitId: ["visits.validation.hostUnitOwn"] } });
    const own = await newVisit(coordinator, { responsibleId: "" });
    expect(await transitionVisitAction({ id: own, version: 1, to: "CONFIRMED" })).toMatchObject({ ok: true });
  });

  it("answers a coordinator of another unit as if the visit did not exist", async () => {
    const id = await newVisit(officer);
    actAs(otherCoordinator);
    expect(await getVisitForStaff(otherCoordinator, id)).toBeNull();
    const before = await countAllRows();
    expect(await updateVisitAction({ ...visitInput({ hostUnitId: otherUnit }), id, version: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await transitionVisitAction({ id, version: 1, to: "CONFIRMED" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await addAgendaItemAction({ ...EMPTY_AGENDA_FORM, visitId: id, title: "Meeting", startsAt: `${day(20)}T10:00` })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await countAllRows()).toEqual(before);
    expect((await listVisits(otherCoordinator, visitListFilterSchema.parse({}))).rows.map((row) => row.id)).not.toContain(id);
    expect(await listVisitsForPartner(otherCoordinator, partnerId)).not.toContainEqual(expect.objectContaining({ id }));
    // The office sees it, on the list and on the partner's page.
    expect((await getVisitForStaff(admin, id))?.id).toBe(id);
    expect((await listVisitsForPartner(officer, partnerId)).map((row) => row.id)).toContain(id);
  });

  it("refuses students and visitors before reading anything", async () => {
    const student = await createUser({ role: "STUDENT", unitId: ownUnit });
    actAs(student);
    expect(await createVisitAction(visitInput())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await expect(listVisits(student, visitListFilterSchema.parse({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getVisitForStaff(null, crypto.randomUUID())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("the list", () => {
  it("filters by direction, kind, status, unit, partner, date range and text, sorted by first day", async () => {
    const early = await newVisit(officer, { title: "Early trip to a conference", direction: "OUTGOING", kind: "CONFERENCE", startDate: day(100), endDate: day(103), partnerId: "", organizationName: "EAIE", hostUnitId: otherUnit });
    const late = await newVisit(officer, { title: "Late guest lecture", kind: "GUEST_LECTURER", startDate: day(200), endDate: day(201) });
    const ids = async (params: Record<string, string>) => (await listVisits(officer, visitListFilterSchema.parse(params))).rows.map((row) => row.id);
    expect(await ids({ from: day(99), to: day(250), dir: "asc" })).toEqual([early, late]);
    expect(await ids({ from: day(99), to: day(250) })).toEqual([late, early]);
    expect(await ids({ from: day(104), to: day(199) })).toEqual([]);
    expect(await ids({ direction: "OUTGOING", from: day(99) })).toEqual([early]);
    expect(await ids({ kind: "GUEST_LECTURER", from: day(99) })).toEqual([late]);
    expect(await ids({ unitId: otherUnit, from: day(99) })).toEqual([early]);
    expect(await ids({ partnerId, from: day(99) })).toEqual([late]);
    expect(await ids({ q: "eaie" })).toEqual([early]);
    expect(await ids({ status: "COMPLETED", from: day(99) })).toEqual([]);
    // A tampered parameter means "no filter".
    expect(visitListFilterSchema.parse({ status: "BOGUS", from: "yesterday", page: "-3" })).toMatchObject({ status: undefined, from: undefined, page: 1 });
  });

  it("offers the units and names the partner it is narrowed to, never a list of every partner with visits", async () => {
    const options = await getVisitFilterOptions(officer, partnerId);
    expect(options.partner).toEqual({ id: partnerId, name: "Universität Graz" });
    expect(options.units.map((unit) => unit.id)).toEqual(expect.arrayContaining([ownUnit, otherUnit]));
    expect(options).not.toHaveProperty("partners");
    expect((await getVisitFilterOptions(officer)).partner).toBeNull();
  });
});

describe("the agenda", () => {
  it("saves items with warnings for overlaps and for times outside the visit, and refuses an end before the start", async () => {
    const id = await newVisit(officer, { startDate: day(40), endDate: day(41) });
    const first = await addAgendaItemAction({ ...EMPTY_AGENDA_FORM, visitId: id, title: "Meeting with the Rector", startsAt: `${day(40)}T10:00`, endsAt: `${day(40)}T11:00` });
    expect(first).toMatchObject({ ok: true, data: { warnings: [] } });
    const overlapping = await addAgendaItemAction({ ...EMPTY_AGENDA_FORM, visitId: id, title: "Campus tour", kind: "CAMPUS_TOUR", startsAt: `${day(40)}T10:30`, endsAt: `${day(40)}T12:00` });
    expect(overlapping.ok && overlapping.data.warnings).toEqual([{ key: "agendaOverlap", itemId: overlapping.ok ? overlapping.data.id : "", otherId: first.ok ? first.data.id : "" }]);
    const outside = await addAgendaItemAction({ ...EMPTY_AGENDA_FORM, visitId: id, title: "Airport pick-up", kind: "TRANSFER", startsAt: `${day(39)}T22:00` });
    expect(outside.ok && outside.data.warnings).toEqual([{ key: "agendaOutsideVisit", itemId: outside.ok ? outside.data.id : "" }]);

    const before = await countAllRows();
    const backwards = await updateAgendaItemAction({ ...EMPTY_AGENDA_FORM, id: first.ok ? first.data.id : "", title: "Meeting", startsAt: `${day(40)}T10:00`, endsAt: `${day(40)}T09:00` });
    expect(backwards).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { endsAt: ["common.form.errors.dateOrder"] } });
    expect(await countAllRows()).toEqual(before);
    const visit = await getVisitForStaff(officer, id);
    expect(visit?.agenda.map((item) => item.title)).toEqual(["Airport pick-up", "Meeting with the Rector", "Campus tour"]);
  });
});

describe("the partner's public page", () => {
  it("lists only public visits that took place, with their public fields and never a participant", async () => {
    const partner = await createPartner({ name: "Hacettepe University", isPublic: true });
    const shown = await newVisit(officer, { partnerId: partner.id, startDate: day(-5), endDate: day(-3), isPublic: true, publicSummary: "A Mevlana partner visit." });
    for (const [version, to] of [[1, "CONFIRMED"], [2, "IN_PROGRESS"], [3, "COMPLETED"]] as const) expect(await transitionVisitAction({ id: shown, version, to })).toMatchObject({ ok: true });
    await newVisit(officer, { partnerId: partner.id, startDate: day(-5), endDate: day(-3) });
    await newVisit(officer, { partnerId: partner.id, startDate: day(30), endDate: day(31), isPublic: true, publicSummary: "Not yet." });
    const visits = await listPublicVisitsForPartner(partner.id);
    expect(visits.map((visit) => visit.id)).toEqual([shown]);
    expect(Object.keys(visits[0]!).sort()).toEqual(["direction", "endDate", "id", "kind", "publicSummary", "startDate", "title", "translations"]);
    // The public page knows its partner by slug; a partner made private shows none.
    expect((await listPublicVisitsForPartnerSlug(partner.slug)).map((visit) => visit.id)).toEqual([shown]);
    await db.partner.update({ where: { id: partner.id }, data: { isPublic: false } });
    expect(await listPublicVisitsForPartnerSlug(partner.slug)).toEqual([]);
  });
});
