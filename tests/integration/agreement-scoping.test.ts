import ExcelJS from "exceljs";
import { PrismaPg } from "@prisma/adapter-pg";
import { GET as exportRoute } from "@/app/api/agreements/export/route";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createAgreementAction, renewAgreementAction, transitionAgreementAction, updateAgreementAction } from "@/lib/agreements/actions";
import { addDays, todayIso } from "@/lib/agreements/dates";
import { listAgreements } from "@/lib/agreements/list-queries";
import { getAgreementDetail, getVersionDiff, listAgreementVersions } from "@/lib/agreements/queries";
import { agreementListFilterSchema } from "@/lib/agreements/schemas";
import { db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { actAs } from "@/tests/helpers/act-as";
import { agreementInput, agreementState, createStoredAgreement, createTestPartner } from "@/tests/helpers/agreement-factories";
import { countAllRows, createUnit, createUser, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

let officer: TestUser;
let coordinator: TestUser;
let ownUnit: string;
let otherUnit: string;
let partner: { id: string; name: string };
let ownDraft: { id: string; referenceNumber: string };
let ownActive: { id: string; referenceNumber: string };
let otherDraft: { id: string; referenceNumber: string };

beforeAll(async () => {
  ownUnit = (await createUnit({ code: "SEAS" })).id;
  otherUnit = (await createUnit({ code: "LAW" })).id;
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR", unitId: ownUnit });
  partner = await createTestPartner({ name: "Uppsala University", countryCode: "SE" });
  ownDraft = await createStoredAgreement({ unitId: ownUnit, partnerIds: [partner.id], title: "Own unit draft" });
  ownActive = await createStoredAgreement({ unitId: ownUnit, partnerIds: [partner.id], status: "ACTIVE", signedOn: "2024-01-01", startsOn: "2024-02-01", endsOn: addDays(todayIso(), 45) });
  otherDraft = await createStoredAgreement({ unitId: otherUnit, partnerIds: [partner.id], title: "Other unit draft" });
});

beforeEach(() => actAs(coordinator));

const filter = (params: Record<string, string> = {}) => agreementListFilterSchema.parse(params);

describe("a coordinator", () => {
  it("sees only their unit's agreements in the list, the detail and the history", async () => {
    const list = await listAgreements(coordinator, filter());
    expect(list.rows.map((r) => r.id).sort()).toEqual([ownDraft.id, ownActive.id].sort());
    expect(list.total).toBe(2);
    // Each row carries its unit and partners (loaded for the whole page in one joined query).
    for (const row of list.rows) {
      expect(row.unit).toEqual({ code: expect.any(String), name: expect.any(String) });
      expect(row.partners).toEqual([{ partner: { id: partner.id, name: "Uppsala University", countryCode: "SE" } }]);
    }
    // Asking for the other unit by filter does not widen the scope.
    expect((await listAgreements(coordinator, filter({ unitId: otherUnit }))).total).toBe(0);
    expect(await getAgreementDetail(coordinator, otherDraft.id)).toBeNull();
    expect(await listAgreementVersions(coordinator, otherDraft.id)).toEqual([]);
    expect(await getVersionDiff(coordinator, otherDraft.id, 1, 1)).toBeNull();
    expect(await getAgreementDetail(coordinator, ownDraft.id)).not.toBeNull();
  });

  it("cannot change another unit's agreement even by guessing its id; the database is unchanged", async () => {
    const before = await countAllRows();
    const state = await agreementState(otherDraft.id);
    const input = agreementInput({ unitId: otherUnit, partnerIds: [partner.id], referenceNumber: otherDraft.referenceNumber });
    const update = await updateAgreementAction({ ...input, id: otherDraft.id, version: 1, title: "Hijacked" } as never);
    expect(update).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const moveToOwnUnit = await updateAgreementAction({ ...input, unitId: ownUnit, id: otherDraft.id, version: 1 } as never);
    expect(moveToOwnUnit).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await transitionAgreementAction({ id: otherDraft.id, version: 1, to: "IN_NEGOTIATION" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await renewAgreementAction({ id: otherDraft.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await agreementState(otherDraft.id)).toEqual(state);
    expect(await countAllRows()).toEqual(before);
  });

  it("cannot file an agreement under another unit, nor move their own agreement there", async () => {
    const before = await countAllRows();
    const create = await createAgreementAction(agreementInput({ unitId: otherUnit, partnerIds: [partner.id] }) as never);
    expect(create).toMatchObject({ ok: false, fieldErrors: { unitId: ["agreements.errors.otherUnit"] } });
    const input = agreementInput({ unitId: otherUnit, partnerIds: [partner.id], referenceNumber: ownDraft.referenceNumber });
    const move = await updateAgreementAction({ ...input, id: ownDraft.id, version: 1 } as never);
    expect(move).toMatchObject({ ok: false, fieldErrors: { unitId: ["agreements.errors.otherUnit"] } });
    expect(await countAllRows()).toEqual(before);
  });

  it("proposes drafts for their unit and edits them, but not once they are past draft", async () => {
    const created = await createAgreementAction(agreementInput({ unitId: ownUnit, partnerIds: [partner.id] }) as never);
    expect(created).toMatchObject({ ok: true });
    const input = agreementInput({ unitId: ownUnit, partnerIds: [partner.id], referenceNumber: ownDraft.referenceNumber });
    expect(await updateAgreementAction({ ...input, id: ownDraft.id, version: 1, title: "Edited by the coordinator" } as never)).toMatchObject({ ok: true });

    const activeState = await agreementState(ownActive.id);
    const activeInput = agreementInput({ unitId: ownUnit, partnerIds: [partner.id], referenceNumber: ownActive.referenceNumber });
    expect(await updateAgreementAction({ ...activeInput, id: ownActive.id, version: 1 } as never)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      formError: "agreements.errors.onlyDrafts",
    });
    expect(await agreementState(ownActive.id)).toEqual(activeState);
  });
});

describe("officers and the other roles", () => {
  it("officers see and change every unit's agreements", async () => {
    actAs(officer);
    expect((await listAgreements(officer, filter())).total).toBeGreaterThanOrEqual(3);
    const input = agreementInput({ unitId: otherUnit, partnerIds: [partner.id], referenceNumber: otherDraft.referenceNumber });
    const { version } = await db.agreement.findUniqueOrThrow({ where: { id: otherDraft.id } });
    expect(await updateAgreementAction({ ...input, id: otherDraft.id, version, title: "Edited by the office" } as never)).toMatchObject({ ok: true });
  });

  it("students and visitors are refused before anything is read", async () => {
    const student = await createUser({ role: "STUDENT", unitId: ownUnit });
    actAs(student);
    expect(await createAgreementAction(agreementInput({ unitId: ownUnit, partnerIds: [partner.id] }) as never)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await expect(listAgreements(student, filter())).rejects.toMatchObject({ code: "FORBIDDEN" });
    actAs(null);
    expect(await renewAgreementAction({ id: ownActive.id })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    await expect(listAgreements(null, filter())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("the staff list", () => {
  it("filters by status, kind, unit, partner country, expiry window and text, sorts and pages on the server", async () => {
    const ids = async (params: Record<string, string>) => (await listAgreements(officer, filter(params))).rows.map((r) => r.id);
    expect(await ids({ status: "ACTIVE" })).toEqual([ownActive.id]);
    expect(await ids({ expiring: "90" })).toEqual([ownActive.id]);
    expect(await ids({ expiring: "30" })).toEqual([]);
    expect(await ids({ unitId: otherUnit })).toEqual([otherDraft.id]);
    expect((await ids({ country: "se" })).length).toBeGreaterThanOrEqual(3);
    expect(await ids({ country: "FR" })).toEqual([]);
    expect(await ids({ q: otherDraft.referenceNumber.toLowerCase() })).toEqual([otherDraft.id]);
    expect((await ids({ q: "uppsala" })).length).toBeGreaterThanOrEqual(3);
    expect(await ids({ kind: "DOUBLE_DEGREE" })).toEqual([]);
    const sorted = await listAgreements(officer, filter({ sort: "reference", dir: "asc" }));
    const references = sorted.rows.map((r) => r.referenceNumber);
    expect(references).toEqual([...references].sort());
    expect((await listAgreements(officer, filter({ page: "99" }))).rows).toEqual([]);
    // Tampered parameters are ignored, not errors.
    expect(filter({ status: "BOGUS", sort: "password", page: "-1", country: "<script>" })).toEqual({ page: 1 });
  });

  it("issues a fixed, small number of queries whatever the page holds (no query per row)", async () => {
    for (let i = 0; i < 30; i++) {
      const extra = await createTestPartner();
      await createStoredAgreement({ unitId: ownUnit, partnerIds: [partner.id, extra.id] });
    }
    const counting = new PrismaClient({
      adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
      log: [{ emit: "event", level: "query" }],
    });
    let queries = 0;
    counting.$on("query", () => queries++);
    const holder = globalThis as { prisma?: unknown };
    const original = holder.prisma;
    holder.prisma = counting;
    try {
      const page = await listAgreements(officer, filter({ q: "university", country: "SE", sort: "endsOn" }));
      expect(page.rows).toHaveLength(25);
      console.info(`agreement list: ${queries} queries for a page of ${page.rows.length} rows`);
      expect(queries).toBeLessThanOrEqual(6);
    } finally {
      holder.prisma = original;
      await counting.$disconnect();
    }
  });
});

describe("exporting the filtered list", () => {
  const exportAs = (query: string) => exportRoute(new Request(`http://localhost:3000/api/agreements/export?${query}`), {} as never);

  it("exports the same rows as the list, in the reader's scope, as CSV and Excel", async () => {
    actAs(coordinator);
    const csv = await exportAs("format=csv&status=DRAFT");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="agreements-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // A byte-order mark first, so Excel opens the UTF-8 correctly.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    // Beside each code column, its label for people (issue 10: "DRAFT" in exports).
    expect(text.split("\r\n")[0]).toBe(
      "Reference number,Title,Kind,Kind (label),Status,Status (label),Partners,Partner countries,Unit,Responsible officer,Scope,Scope (label),Signed on,Starts on,Ends on,Renewal,Renewal (label),Notice period (days),Cooperation conditions",
    );
    expect(text.split("\r\n")[1]).toMatch(/,BILATERAL_COOPERATION,Bilateral cooperation agreement,DRAFT,Draft,/);
    expect(text).toContain(ownDraft.referenceNumber);
    expect(text).not.toContain(otherDraft.referenceNumber);
    expect(text).not.toContain(ownActive.referenceNumber);

    actAs(officer);
    const xlsx = await exportAs("format=xlsx&country=SE");
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const references = workbook.worksheets[0]!.getColumn(1).values.slice(2);
    expect(references).toEqual(expect.arrayContaining([ownDraft.referenceNumber, otherDraft.referenceNumber]));

    actAs(null);
    expect((await exportAs("format=csv")).status).toBe(401);
  });
});

