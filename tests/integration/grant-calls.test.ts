import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  applyToGrantCallAction,
  closeGrantCallAction,
  createGrantCallAction,
  deleteGrantCallAction,
  followGrantCallAction,
  publishGrantCallAction,
  unfollowGrantCallAction,
  updateGrantCallAction,
} from "@/lib/grant-calls/actions";
import { findGrantCallDocumentForDownload, uploadGrantCallDocument } from "@/lib/grant-calls/documents";
import { getPublicGrantCall, listPublicGrantCalls } from "@/lib/grant-calls/public-queries";
import { listStaffGrantCalls } from "@/lib/grant-calls/queries";
import { staffGrantCallFilterSchema } from "@/lib/grant-calls/schemas";
import { GET as calendarFeed } from "@/app/api/grant-calls/calendar.ics/route";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/** The route context of a route without dynamic segments. */
const NO_PARAMS = {} as never;

/**
 * Grant calls (issue 12, items 7–9): the record with its texts in three languages, deadline in the
 * funder's time zone and budget range; its lifecycle; refusals that store nothing; following; what
 * visitors see; and "we are applying".
 */

let officer: TestUser;
let coordinator: TestUser;
let student: TestUser;

/** A day `days` from now as a datetime-local value ("2027-03-10T17:00"). */
function inDays(days: number, time = "17:00"): string {
  return `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

function callInput(overrides: Record<string, unknown> = {}) {
  return {
    funder: "European Commission (EACEA)",
    program: "Erasmus+ KA220-HED",
    title: "Cooperation partnerships in higher education",
    description: "Transnational projects in higher education.",
    eligibility: "Consortia of three organizations.",
    translations: {
      az: { title: "Ali təhsildə əməkdaşlıq tərəfdaşlıqları", description: "", eligibility: "" },
      ru: { title: "Партнёрства для сотрудничества в высшем образовании", description: "", eligibility: "" },
    },
    audiences: ["STAFF", "UNITS"],
    deadline: inDays(60),
    timeZone: "Europe/Brussels",
    budgetMin: "120000",
    budgetMax: "400000.50",
    currency: "EUR",
    url: "erasmus-plus.ec.europa.eu",
    subjectAreas: ["0613", "0613"],
    isPublic: true,
    reminderLeadDays: ["30", "7"],
    ...overrides,
  };
}

async function newCall(overrides: Record<string, unknown> = {}): Promise<string> {
  actAs(officer);
  const result = await createGrantCallAction(callInput(overrides));
  if (!result.ok) throw new Error(`could not create a call: ${JSON.stringify(result)}`);
  return result.data.id;
}

async function publishedCall(overrides: Record<string, unknown> = {}): Promise<string> {
  const id = await newCall(overrides);
  const published = await publishGrantCallAction({ id, version: 1 });
  if (!published.ok) throw new Error(`could not publish: ${JSON.stringify(published)}`);
  return id;
}

beforeAll(async () => {
  await ensureInstitution();
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR" });
  student = await createUser({ role: "STUDENT" });
});

beforeEach(() => actAsVisitor());

describe("grant call records", () => {
  it("creates a draft: the deadline on the funder's clock, exact amounts, texts in three languages, audited", async () => {
    const id = await newCall({ deadline: "2031-03-10T17:00" });
    const row = await db.grantCall.findUniqueOrThrow({ where: { id } });
    // 17:00 in Brussels in March (CET, before summer time) is 16:00 UTC.
    expect(row.deadline.toISOString()).toBe("2031-03-10T16:00:00.000Z");
    expect(row).toMatchObject({ status: "DRAFT", timeZone: "Europe/Brussels", currency: "EUR", url: "https://erasmus-plus.ec.europa.eu", version: 1 });
    expect(row.budgetMin?.toFixed(2)).toBe("120000.00");
    expect(row.budgetMax?.toFixed(2)).toBe("400000.50");
    expect(row.subjectAreas).toEqual(["0613"]);
    expect(row.reminderLeadDays).toEqual([30, 7]);
    expect(row.translations).toEqual({
      az: { title: "Ali təhsildə əməkdaşlıq tərəfdaşlıqları" },
      ru: { title: "Партнёрства для сотрудничества в высшем образовании" },
    });
    expect(await db.auditLog.count({ where: { entityType: "GrantCall", entityId: id, action: "grant-call.create", actorId: officer.id } })).toBe(1);
  });

  it("reads a deadline without a zone on the institution's clock", async () => {
    const id = await newCall({ deadline: "2031-03-10T17:00", timeZone: "" });
    const row = await db.grantCall.findUniqueOrThrow({ where: { id } });
    // Asia/Baku is UTC+4 all year.
    expect(row.deadline.toISOString()).toBe("2031-03-10T13:00:00.000Z");
    expect(row.timeZone).toBeNull();
  });

  it("refuses a budget out of order, amounts without a currency, a bad deadline or zone and no audience, next to each field, storing nothing", async () => {
    actAs(officer);
    const before = await countAllRows();
    const outOfOrder = await createGrantCallAction(callInput({ budgetMin: "500000", budgetMax: "100000" }));
    expect(outOfOrder).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { budgetMax: ["grantCalls.validation.budgetOrder"] } });
    const noCurrency = await createGrantCallAction(callInput({ currency: "" }));
    expect(noCurrency).toMatchObject({ ok: false, fieldErrors: { currency: ["grantCalls.validation.currencyRequired"] } });
    const tooPrecise = await createGrantCallAction(callInput({ budgetMin: "10.555" }));
    expect(tooPrecise).toMatchObject({ ok: false, fieldErrors: { budgetMin: [expect.stringContaining("common.form.errors.decimals")] } });
    const badDate = await createGrantCallAction(callInput({ deadline: "2031-02-30T17:00" }));
    expect(badDate).toMatchObject({ ok: false, fieldErrors: { deadline: ["common.form.errors.invalidDate"] } });
    const badZone = await createGrantCallAction(callInput({ timeZone: "Mars/Olympus_Mons" }));
    expect(badZone).toMatchObject({ ok: false, fieldErrors: { timeZone: ["grantCalls.validation.timeZone"] } });
    const nobody = await createGrantCallAction(callInput({ audiences: [] }));
    expect(nobody).toMatchObject({ ok: false, fieldErrors: { audiences: ["grantCalls.validation.audienceRequired"] } });
    expect(await countAllRows()).toEqual(before);
  });

  it("lets coordinators read calls but not write them, and refuses students the staff list", async () => {
    await newCall();
    actAs(coordinator);
    expect(await createGrantCallAction(callInput())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const list = await listStaffGrantCalls(coordinator, staffGrantCallFilterSchema.parse({}));
    expect(list.total).toBeGreaterThan(0);
    await expect(listStaffGrantCalls(student, staffGrantCallFilterSchema.parse({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
    actAs(student);
    expect(await followGrantCallAction({ id: (await db.grantCall.findFirstOrThrow()).id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("filters the staff list by funder, audience, subject area, text in any language and deadline range, nearest deadline first", async () => {
    const funder = `Filter Funder ${Date.now()}`;
    const later = await newCall({ funder, deadline: inDays(90), audiences: ["STUDENTS"], subjectAreas: ["0531"] });
    const sooner = await newCall({ funder, deadline: inDays(20), audiences: ["RESEARCHERS"], subjectAreas: ["0231"] });
    const list = (query: Record<string, string>) => listStaffGrantCalls(officer, staffGrantCallFilterSchema.parse({ funder, ...query }));
    expect((await list({})).rows.map((row) => row.id)).toEqual([sooner, later]);
    expect((await list({ audience: "STUDENTS" })).rows.map((row) => row.id)).toEqual([later]);
    // A broad field finds the narrow one inside it.
    expect((await list({ subject: "05" })).rows.map((row) => row.id)).toEqual([later]);
    expect((await list({ q: "сотрудничества" })).rows.map((row) => row.id)).toEqual([sooner, later]);
    expect((await list({ from: inDays(60).slice(0, 10) })).rows.map((row) => row.id)).toEqual([later]);
    expect((await list({ to: inDays(30).slice(0, 10) })).rows.map((row) => row.id)).toEqual([sooner]);
    // A range whose end precedes its start is not applied (the page says so next to the field).
    expect((await list({ from: inDays(60).slice(0, 10), to: inDays(30).slice(0, 10) })).rows).toHaveLength(2);
  });

  it("lists the calls still open first, nearest deadline first, then the passed ones, latest first, across pages", async () => {
    const funder = `Order Funder ${Date.now()}`;
    // 24 open calls, then 3 passed: page 1 ends with the first passed call, page 2 holds the other two.
    const open = [];
    for (let day = 1; day <= 24; day++) open.push(await newCall({ funder, deadline: inDays(day) }));
    const passed = [await newCall({ funder, deadline: inDays(-2) }), await newCall({ funder, deadline: inDays(-30) }), await newCall({ funder, deadline: inDays(-9) })];
    const page = (number: number) => listStaffGrantCalls(officer, staffGrantCallFilterSchema.parse({ funder, page: String(number) }));
    const first = await page(1);
    expect(first.total).toBe(27);
    expect(first.rows.map((row) => row.id)).toEqual([...open, passed[0]]);
    expect((await page(2)).rows.map((row) => row.id)).toEqual([passed[2], passed[1]]);
    expect((await page(3)).rows).toEqual([]);
  });
});

describe("grant call lifecycle", () => {
  it("publishes a draft, refuses a stale edit, closes it, and keeps a closed call as it was", async () => {
    const id = await newCall();
    expect(await publishGrantCallAction({ id, version: 1 })).toMatchObject({ ok: true, data: { status: "PUBLISHED", version: 2 } });
    const stale = await updateGrantCallAction({ ...callInput({ title: "Renamed call" }), id, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", formError: "common.form.errors.stale" });
    expect(await updateGrantCallAction({ ...callInput({ title: "Renamed call" }), id, version: 2 })).toMatchObject({ ok: true });
    expect(await publishGrantCallAction({ id, version: 3 })).toMatchObject({ ok: false, code: "CONFLICT", formError: "grantCalls.lifecycle.errors.cannot.publish" });
    expect(await closeGrantCallAction({ id, version: 3 })).toMatchObject({ ok: true, data: { status: "CLOSED" } });
    expect(await updateGrantCallAction({ ...callInput(), id, version: 4 })).toMatchObject({ ok: false, formError: "grantCalls.lifecycle.errors.closedIsFinal" });
    expect(await deleteGrantCallAction({ id, version: 4 })).toMatchObject({ ok: false, formError: "grantCalls.lifecycle.errors.onlyDraftDeletable" });
    const row = await db.grantCall.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "Renamed call", status: "CLOSED", version: 4 });
    const actions = await db.auditLog.findMany({ where: { entityType: "GrantCall", entityId: id }, select: { action: true }, orderBy: { id: "asc" } });
    expect(actions.map((entry) => entry.action)).toEqual(["grant-call.create", "grant-call.publish", "grant-call.update", "grant-call.close"]);
  });

  it("refuses to publish a call whose deadline has passed, and a published call's deadline cannot move into the past", async () => {
    const past = await newCall({ deadline: inDays(-3) });
    expect(await publishGrantCallAction({ id: past, version: 1 })).toMatchObject({ ok: false, code: "VALIDATION", formError: "grantCalls.lifecycle.errors.deadlinePassed" });
    const open = await publishedCall();
    const moved = await updateGrantCallAction({ ...callInput({ deadline: inDays(-1) }), id: open, version: 2 });
    expect(moved).toMatchObject({ ok: false, fieldErrors: { deadline: ["grantCalls.lifecycle.errors.deadlinePassed"] } });
    expect(await db.grantCall.findUniqueOrThrow({ where: { id: past } })).toMatchObject({ status: "DRAFT", version: 1 });
  });

  it("deletes a draft with its documents' files", async () => {
    const id = await newCall();
    await uploadGrantCallDocument(officer, id, { title: "Programme guide" }, { bytes: pdfBytes(), name: "guide.pdf" });
    const fileId = (await db.grantCallDocument.findFirstOrThrow({ where: { callId: id } })).fileId;
    expect(await deleteGrantCallAction({ id, version: 1 })).toMatchObject({ ok: true });
    expect(await db.grantCall.count({ where: { id } })).toBe(0);
    expect(await db.storedFile.count({ where: { id: fileId } })).toBe(0);
  });

  it("starts the followers' reminders again when the deadline moves", async () => {
    const id = await publishedCall();
    await db.grantCallFollow.create({ data: { callId: id, userId: officer.id, remindedLeadDays: [30] } });
    actAs(officer);
    expect(await updateGrantCallAction({ ...callInput({ deadline: inDays(75) }), id, version: 2 })).toMatchObject({ ok: true });
    expect((await db.grantCallFollow.findFirstOrThrow({ where: { callId: id } })).remindedLeadDays).toEqual([]);
  });
});

describe("following a call", () => {
  it("follows a published call once and unfollows it", async () => {
    const id = await publishedCall();
    actAs(coordinator);
    expect(await followGrantCallAction({ id })).toMatchObject({ ok: true, data: { following: true } });
    expect(await followGrantCallAction({ id })).toMatchObject({ ok: true });
    expect(await db.grantCallFollow.count({ where: { callId: id } })).toBe(1);
    expect(await unfollowGrantCallAction({ id })).toMatchObject({ ok: true, data: { following: false } });
    expect(await db.grantCallFollow.count({ where: { callId: id } })).toBe(0);
  });

  it("refuses to follow a closed call or a draft with a clear message, storing nothing", async () => {
    const closed = await publishedCall();
    await closeGrantCallAction({ id: closed, version: 2 });
    const draft = await newCall();
    actAs(coordinator);
    const before = await countAllRows();
    expect(await followGrantCallAction({ id: closed })).toMatchObject({ ok: false, code: "CONFLICT", formError: "grantCalls.follow.errors.closed" });
    expect(await followGrantCallAction({ id: draft })).toMatchObject({ ok: false, code: "CONFLICT", formError: "grantCalls.follow.errors.notPublished" });
    expect(await countAllRows()).toEqual(before);
  });
});

describe("what visitors see", () => {
  it("lists only public, published calls before their deadline, in the visitor's language, without internal fields", async () => {
    const funder = `Visibility Funder ${Date.now()}`;
    const shown = await publishedCall({ funder });
    const staffOnly = await publishedCall({ funder, isPublic: false, title: "Staff-only call" });
    const draft = await newCall({ funder, title: "Draft call" });
    const closed = await publishedCall({ funder, title: "Closed call" });
    await closeGrantCallAction({ id: closed, version: 2 });

    const list = await listPublicGrantCalls({ q: funder, page: 1 }, { locale: "az", defaultLanguage: "en" });
    expect(list.rows.map((row) => row.id)).toEqual([shown]);
    expect(list.rows[0]!.title).toEqual({ text: "Ali təhsildə əməkdaşlıq tərəfdaşlıqları", lang: "az" });
    expect(list.rows[0]!.description).toEqual({ text: "Transnational projects in higher education.", lang: "en" });
    expect(JSON.stringify(list.rows[0])).not.toMatch(/isPublic|version|followers|translations|reminderLeadDays|status/);

    const reader = { locale: "ru" as const, defaultLanguage: "en" as const };
    expect(await getPublicGrantCall(shown, reader)).toMatchObject({ id: shown, title: { lang: "ru" } });
    for (const hidden of [staffOnly, draft, closed]) expect(await getPublicGrantCall(hidden, reader)).toBeNull();
  });

  it("offers a visitor only public, published calls' deadlines in the calendar feed, and staff the staff-only ones too", async () => {
    const shown = await publishedCall({ title: "Calendar public call" });
    const staffOnly = await publishedCall({ title: "Calendar staff call", isPublic: false });
    const draft = await newCall({ title: "Calendar draft call" });
    actAsVisitor();
    const response = await calendarFeed(new Request("http://localhost/api/grant-calls/calendar.ics?lang=az"), NO_PARAMS);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const body = (await response.text()).replace(/\r\n[ \t]/g, "");
    expect(body).toContain("X-WR-TIMEZONE:Asia/Baku");
    expect(body).toContain(`grant-call-${shown}@`);
    expect(body).toContain("Son tarix: Ali təhsildə əməkdaşlıq tərəfdaşlıqları");
    expect(body).not.toContain(staffOnly);
    expect(body).not.toContain(draft);
    actAs(officer);
    const staffBody = await (await calendarFeed(new Request("http://localhost/api/grant-calls/calendar.ics"), NO_PARAMS)).text();
    expect(staffBody).toContain(`grant-call-${staffOnly}@`);
    expect(staffBody).not.toContain(draft);
  });

  it("lets a visitor download a public call's documents only", async () => {
    const shown = await publishedCall();
    const staffOnly = await publishedCall({ isPublic: false });
    const draft = await newCall();
    const documents = await Promise.all(
      [shown, staffOnly, draft].map((id) => uploadGrantCallDocument(officer, id, { title: "Guide" }, { bytes: pdfBytes(), name: "guide.pdf" })),
    );
    const [publicDoc, staffDoc, draftDoc] = documents.map((document) => document.id);
    expect(await findGrantCallDocumentForDownload(null, shown, publicDoc!)).not.toBeNull();
    expect(await findGrantCallDocumentForDownload(null, staffOnly, staffDoc!)).toBeNull();
    expect(await findGrantCallDocumentForDownload(student, draft, draftDoc!)).toBeNull();
    expect(await findGrantCallDocumentForDownload(coordinator, draft, draftDoc!)).not.toBeNull();
    // A document asked for under another call's address is not found.
    expect(await findGrantCallDocumentForDownload(null, shown, staffDoc!)).toBeNull();
  });

  it("refuses a document whose bytes are not an accepted type, next to the file field", async () => {
    const id = await newCall();
    await expect(uploadGrantCallDocument(officer, id, { title: "Script" }, { bytes: new TextEncoder().encode("#!/bin/sh\necho hi\n"), name: "guide.pdf" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { file: ["grantCalls.documents.errors.type"] },
    });
    expect(await db.grantCallDocument.count({ where: { callId: id } })).toBe(0);
  });
});

describe("we are applying", () => {
  it("starts one project in preparation linked to the call, in the coordinator's unit, internal until made public", async () => {
    const id = await publishedCall({ title: "Call we answer" });
    actAs(coordinator);
    const first = await applyToGrantCallAction({ id });
    expect(first).toMatchObject({ ok: true, data: { created: true } });
    const second = await applyToGrantCallAction({ id });
    expect(second).toMatchObject({ ok: true, data: { created: false } });
    const projects = await db.project.findMany({ where: { grantCallId: id } });
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({
      status: "IN_PREPARATION",
      title: "Call we answer",
      fundingProgram: "Erasmus+ KA220-HED",
      unitId: coordinator.unitId,
      isPublic: false,
    });
    expect(projects[0]!.translations).toMatchObject({ az: { title: "Ali təhsildə əməkdaşlıq tərəfdaşlıqları" } });
    const months = (projects[0]!.endDate.getUTCFullYear() - projects[0]!.startDate.getUTCFullYear()) * 12 + projects[0]!.endDate.getUTCMonth() - projects[0]!.startDate.getUTCMonth();
    expect(months).toBe(24);
    if (first.ok) expect(first.data.id).toBe(projects[0]!.id);
  });

  it("refuses a closed call and a student, starting nothing", async () => {
    const closed = await publishedCall();
    await closeGrantCallAction({ id: closed, version: 2 });
    const before = await countAllRows();
    actAs(coordinator);
    expect(await applyToGrantCallAction({ id: closed })).toMatchObject({ ok: false, code: "CONFLICT", formError: "grantCalls.apply.errors.notPublished" });
    actAs(student);
    expect(await applyToGrantCallAction({ id: closed })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await countAllRows()).toEqual(before);
  });
});

/** The smallest bytes file-type reads as a PDF. */
function pdfBytes(): Uint8Array {
  return new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}
