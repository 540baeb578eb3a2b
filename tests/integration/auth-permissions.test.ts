import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { can, scopeWhere, type Actor } from "@/lib/permissions";
import { changeUserRoleAction, setUserDisabledAction } from "@/lib/users/actions";
import { getOwnAccount, listUsers } from "@/lib/users/queries";
import { userListFilterSchema } from "@/lib/users/schemas";
import { actAs } from "@/tests/helpers/act-as";
import { createUnit, createUser, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * The permission helpers against real rows: what each role's scoped query returns, and that the
 * record-level check agrees with it.
 */

let unitA: { id: string };
let unitB: { id: string };
let coordinator: TestUser;
let officer: TestUser;
let admin: TestUser;
let student: TestUser;
let otherStudent: TestUser;
const agreementIds: Record<"a" | "b", string> = { a: "", b: "" };

async function createAgreement(unitId: string, reference: string): Promise<string> {
  const row = await db.agreement.create({
    data: { referenceNumber: reference, title: `Agreement ${reference}`, kind: "BILATERAL_COOPERATION", unitId },
    select: { id: true },
  });
  return row.id;
}

async function visibleAgreements(actor: Actor): Promise<string[]> {
  const rows = await db.agreement.findMany({ where: scopeWhere(actor, "agreement:read"), select: { referenceNumber: true } });
  return rows.map((row) => row.referenceNumber).sort();
}

beforeAll(async () => {
  unitA = await createUnit({ code: "ENG" });
  unitB = await createUnit({ code: "LAW" });
  coordinator = await createUser({ role: "COORDINATOR", unitId: unitA.id });
  officer = await createUser({ role: "OFFICER" });
  admin = await createUser({ role: "ADMIN" });
  student = await createUser({ role: "STUDENT", unitId: unitA.id });
  otherStudent = await createUser({ role: "STUDENT", unitId: unitB.id });
  agreementIds.a = await createAgreement(unitA.id, "ENG-1");
  agreementIds.b = await createAgreement(unitB.id, "LAW-1");
});

describe("scoped queries per role", () => {
  it("shows a coordinator their unit's agreements only, staff all, students and visitors none", async () => {
    expect(await visibleAgreements(coordinator)).toEqual(["ENG-1"]);
    expect(await visibleAgreements(officer)).toEqual(["ENG-1", "LAW-1"]);
    expect(await visibleAgreements(admin)).toEqual(["ENG-1", "LAW-1"]);
    expect(await visibleAgreements(student)).toEqual([]);
    expect(await visibleAgreements(null)).toEqual([]);
  });

  it("agrees with the record-level check, row by row", async () => {
    for (const actor of [coordinator, officer, student, null]) {
      const visible = new Set(await visibleAgreements(actor));
      for (const row of await db.agreement.findMany({ select: { referenceNumber: true, unitId: true } })) {
        expect(visible.has(row.referenceNumber)).toBe(can(actor, "agreement:read", { unitId: row.unitId }));
      }
    }
  });

  it("keeps a coordinator's update to their own unit's rows in the query itself", async () => {
    const where = { AND: [scopeWhere(coordinator, "agreement:update"), { id: agreementIds.b }] };
    const { count } = await db.agreement.updateMany({ where, data: { title: "Changed by another unit" } });
    expect(count).toBe(0);
    expect((await db.agreement.findUniqueOrThrow({ where: { id: agreementIds.b } })).title).toBe("Agreement LAW-1");
  });

  it("shows each student only their own applications, and a coordinator their unit's students'", async () => {
    const program = await db.mobilityProgram.create({ data: { code: "ERASMUS-T", name: "Erasmus+ test" } });
    const opportunity = await db.opportunity.create({
      data: {
        title: "Exchange",
        programId: program.id,
        places: 2,
        academicYear: 2026,
        academicPeriod: "Fall",
        opensAt: new Date("2026-01-01"),
        closesAt: new Date("2026-12-31"),
        audience: ["BACHELOR"],
      },
    });
    const mine = await db.application.create({ data: { opportunityId: opportunity.id, studentId: student.id } });
    const theirs = await db.application.create({ data: { opportunityId: opportunity.id, studentId: otherStudent.id } });

    const ids = async (actor: Actor) =>
      (await db.application.findMany({ where: scopeWhere(actor, "application:read"), select: { id: true } })).map((row) => row.id).sort();
    expect(await ids(student)).toEqual([mine.id]);
    expect(await ids(otherStudent)).toEqual([theirs.id]);
    expect(await ids(coordinator)).toEqual([mine.id]);
    expect(await ids(officer)).toEqual([mine.id, theirs.id].sort());
    expect(await ids(null)).toEqual([]);
    expect(can(student, "application:read", { ownerId: otherStudent.id })).toBe(false);
  });
});

describe("user administration", () => {
  const filter = (input: Record<string, unknown> = {}) => userListFilterSchema.parse(input);

  it("is for admins only", async () => {
    await expect(listUsers(officer, filter())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listUsers(coordinator, filter())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listUsers(null, filter())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    actAs(officer);
    expect(await changeUserRoleAction({ userId: student.id, role: "ADMIN", unitId: null })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).role).toBe("STUDENT");
  });

  it("searches, filters by role, unit and status, and pages on the server", async () => {
    const disabled = await createUser({ role: "OFFICER", name: "Zaur Disabled", disabled: true });
    const byRole = await listUsers(admin, filter({ role: "STUDENT" }));
    expect(byRole.rows.every((row) => row.role === "STUDENT")).toBe(true);
    expect(byRole.total).toBeGreaterThanOrEqual(2);

    const inUnit = await listUsers(admin, filter({ unitId: unitA.id }));
    expect(inUnit.rows.map((row) => row.id).sort()).toEqual([coordinator.id, student.id].sort());

    const search = await listUsers(admin, filter({ q: coordinator.email.slice(0, 12).toUpperCase() }));
    expect(search.rows.map((row) => row.id)).toContain(coordinator.id);

    const status = await listUsers(admin, filter({ status: "disabled" }));
    expect(status.rows.map((row) => row.id)).toEqual([disabled.id]);
    expect(status.rows[0]).not.toHaveProperty("passwordHash");

    for (let i = 0; i < 21; i += 1) await createUser({ role: "STUDENT", name: `Paging ${String(i).padStart(2, "0")}` });
    const first = await listUsers(admin, filter({ q: "Paging" }));
    const second = await listUsers(admin, filter({ q: "Paging", page: "2" }));
    expect(first).toMatchObject({ total: 21, pageSize: 20 });
    expect(first.rows).toHaveLength(20);
    expect(second.rows.map((row) => row.name)).toEqual(["Paging 20"]);
  });

  it("does not let an admin lock themselves out", async () => {
    actAs(admin);
    expect(await changeUserRoleAction({ userId: admin.id, role: "OFFICER", unitId: null })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      formError: "admin.errors.ownRole",
    });
    expect(await setUserDisabledAction({ userId: admin.id, disabled: true })).toMatchObject({
      ok: false,
      formError: "admin.errors.ownAccount",
    });
  });
});

describe("the account page's own details", () => {
  it("reads the user's unit, whether they have a password and their level of study, and refuses visitors", async () => {
    expect(await getOwnAccount(student)).toEqual({ unit: { name: expect.any(String), translations: expect.anything() }, hasPassword: false, studyLevel: null });
    const withPassword = await createUser({ role: "OFFICER", password: "Correct-Horse-9" });
    expect(await getOwnAccount(withPassword)).toEqual({ unit: null, hasPassword: true, studyLevel: null });
    await expect(getOwnAccount(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
