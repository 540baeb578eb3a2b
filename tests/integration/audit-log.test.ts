import { describe, expect, it, vi } from "vitest";
import { auditedWrite } from "@/lib/audit/audited-write";
import { listAuditEntries, listAuditEntityTypes } from "@/lib/audit/queries";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { db, type TransactionClient } from "@/lib/db/client";
import { changeUserRoleAction, inviteStaffAction, setUserDisabledAction } from "@/lib/users/actions";
import { actAs } from "@/tests/helpers/act-as";
import { createUnit, createUser, ensureInstitution } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

const filter = (input: Record<string, unknown> = {}) => auditFilterSchema.parse(input);

describe("audit log", () => {
  it("records who changed what, with before and after values, for a staff write", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const target = await createUser({ role: "OFFICER" });
    const unit = await createUnit();
    actAs(admin);

    expect(await changeUserRoleAction({ userId: target.id, role: "COORDINATOR", unitId: unit.id })).toMatchObject({ ok: true });

    const [entry] = await db.auditLog.findMany({ where: { entityId: target.id, action: "user.change-role" } });
    expect(entry).toMatchObject({
      actorId: admin.id,
      entityType: "User",
      before: { role: "OFFICER", unitId: null },
      after: { role: "COORDINATOR", unitId: unit.id },
    });
    expect(entry!.at.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("never copies secrets into the log", async () => {
    await ensureInstitution();
    const admin = await createUser({ role: "ADMIN" });
    actAs(admin);
    const result = await inviteStaffAction({ name: "New Officer", email: "new.officer@test.example.edu", role: "OFFICER", unitId: null });
    expect(result).toMatchObject({ ok: true });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.invite" } });
    expect(JSON.stringify(entry.after)).not.toMatch(/passwordHash|tokenHash/);

    const user = await createUser();
    await db.$transaction((tx) =>
      recordAudit(tx, { actor: admin, action: "test.secret", entityType: "User", entityId: user.id, after: { passwordHash: "x", name: "kept" } }),
    );
    expect((await db.auditLog.findFirstOrThrow({ where: { action: "test.secret" } })).after).toEqual({ name: "kept" });
  });

  it("writes the audit row in the change's transaction: a failed write leaves neither", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const target = await createUser({ role: "OFFICER", name: "Unchanged Name" });
    await expect(
      auditedWrite(admin, async (tx, audit) => {
        await tx.user.update({ where: { id: target.id }, data: { name: "Half Written" } });
        await audit({ action: "user.rename", entityType: "User", entityId: target.id, after: { name: "Half Written" } });
        throw new Error("crash after the audit row");
      }),
    ).rejects.toThrow("crash after the audit row");

    expect(await db.auditLog.count({ where: { action: "user.rename" } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).name).toBe("Unchanged Name");
  });

  it("leaves no audit row when an action is refused or its input is invalid", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const officer = await createUser({ role: "OFFICER" });
    const target = await createUser({ role: "OFFICER" });
    const before = await db.auditLog.count();

    actAs(officer);
    expect(await setUserDisabledAction({ userId: target.id, disabled: true })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(admin);
    expect(await changeUserRoleAction({ userId: target.id, role: "COORDINATOR", unitId: null })).toMatchObject({
      ok: false,
      fieldErrors: { unitId: ["admin.validation.unitRequired"] },
    });
    expect(
      await changeUserRoleAction({ userId: target.id, role: "COORDINATOR", unitId: "00000000-0000-4000-8000-000000000000" }),
    ).toMatchObject({ ok: false, fieldErrors: { unitId: ["admin.validation.invalidUnit"] } });

    expect(await db.auditLog.count()).toBe(before);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "OFFICER", disabledAt: null });
  });

  it("refuses to be written outside a transaction", async () => {
    const user = await createUser();
    await expect(
      recordAudit(db as unknown as TransactionClient, { actor: null, action: "x", entityType: "User", entityId: user.id }),
    ).rejects.toThrow(/transaction client/);
  });

  it("cannot be changed or deleted, even by the application's own database user", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await auditedWrite(admin, (_tx, audit) => audit({ action: "test.write-once", entityType: "Partner", entityId: "1" }));
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "test.write-once" } });

    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "test.tampered" } })).rejects.toThrow();
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow();
    await expect(db.$executeRaw`UPDATE "AuditLog" SET "actorId" = NULL WHERE id = ${row.id}`).rejects.toThrow();
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ action: "test.write-once", actorId: admin.id });
  });
});

describe("audit log browser", () => {
  it("filters by user, entity type and date range, newest first, for admins only", async () => {
    const admin = await createUser({ role: "ADMIN", name: "Audit Admin" });
    const other = await createUser({ role: "ADMIN", name: "Other Admin" });
    await auditedWrite(admin, async (_tx, audit) => {
      await audit({ action: "partner.create", entityType: "Partner", entityId: "p1" });
      await audit({ action: "agreement.update", entityType: "Agreement", entityId: "a1" });
    });
    await auditedWrite(other, (_tx, audit) => audit({ action: "partner.update", entityType: "Partner", entityId: "p1" }));
    await db.$executeRaw`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_write_once"`;
    await db.$executeRaw`UPDATE "AuditLog" SET "at" = '2020-03-15T12:00:00Z' WHERE "entityId" = 'a1'`;
    await db.$executeRaw`ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_write_once"`;

    const byActor = await listAuditEntries(admin, filter({ actor: "audit admin" }));
    expect(byActor.rows.map((row) => row.action).sort()).toEqual(["agreement.update", "partner.create"]);
    expect((await listAuditEntries(admin, filter({ actorId: other.id }))).rows.map((row) => row.action)).toEqual(["partner.update"]);

    const partners = await listAuditEntries(admin, filter({ entityType: "Partner" }));
    expect(partners.rows.map((row) => row.action)).toEqual(["partner.update", "partner.create"]);

    const march = await listAuditEntries(admin, filter({ from: "2020-03-01", to: "2020-03-15" }));
    expect(march.rows.map((row) => row.entityId)).toEqual(["a1"]);
    expect((await listAuditEntries(admin, filter({ to: "2020-03-14" }))).total).toBe(0);

    expect(await listAuditEntityTypes(admin)).toEqual(expect.arrayContaining(["Agreement", "Partner"]));

    const officer = await createUser({ role: "OFFICER" });
    await expect(listAuditEntries(officer, filter())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAuditEntries(null, filter())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("ignores a tampered filter rather than failing", () => {
    expect(filter({ page: "-3", from: "yesterday", to: "2020-02-30x", actorId: "1 OR 1=1" })).toEqual({ page: 1 });
  });
});
