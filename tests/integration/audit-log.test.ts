import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { AuditRecord } from "@/app/(dashboard)/dashboard/admin/audit/audit-record";
import { auditedWrite } from "@/lib/audit/audited-write";
import { listAuditEntries, listAuditEntityTypes } from "@/lib/audit/queries";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { db, type TransactionClient } from "@/lib/db/client";
import { changeUserRoleAction, inviteStaffAction, setUserDisabledAction } from "@/lib/users/actions";
import { actAs } from "@/tests/helpers/act-as";
import { createUnit, createUser, ensureInstitution } from "@/tests/helpers/factories";
import { createAgreementWith, createContact, createPartner } from "@/tests/helpers/partner-factories";

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
    await auditedWrite(admin, (_tx, audit) => audit({ action: "test.write-once", entityType: "Center", entityId: "1" }));
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

describe("audit log records, by their labels", () => {
  it("names each record by its label with a link to its page, one query per record type", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const [partner, otherPartner] = await Promise.all([createPartner({ name: "Universität Labelhausen" }), createPartner({ name: "Second Label University" })]);
    const contact = await createContact(partner.id, { name: "Dr. Ada Contact" });
    const agreement = await createAgreementWith([partner.id]);
    const { referenceNumber } = await db.agreement.findUniqueOrThrow({ where: { id: agreement.id }, select: { referenceNumber: true } });
    const gone = randomUUID();
    await auditedWrite(admin, async (_tx, audit) => {
      await audit({ action: "partner.update", entityType: "Partner", entityId: partner.id });
      await audit({ action: "partner.update", entityType: "Partner", entityId: otherPartner.id });
      await audit({ action: "partner.delete", entityType: "Partner", entityId: gone });
      await audit({ action: "partner.contact.add", entityType: "PartnerContact", entityId: contact.id });
      await audit({ action: "agreement.create", entityType: "Agreement", entityId: agreement.id });
      await audit({ action: "user.change-role", entityType: "User", entityId: admin.id });
    });

    const partnerQueries = vi.spyOn(db.partner, "findMany");
    const { rows } = await listAuditEntries(admin, filter());
    expect(partnerQueries).toHaveBeenCalledTimes(1);
    partnerQueries.mockRestore();

    const recordOf = (entityId: string) => rows.find((row) => row.entityId === entityId)!.record;
    expect(recordOf(partner.id)).toEqual({ state: "found", label: "Universität Labelhausen", context: null, href: `/dashboard/partners/${partner.id}` });
    expect(recordOf(agreement.id)).toMatchObject({ state: "found", label: referenceNumber, href: `/dashboard/agreements/${agreement.id}` });
    expect(recordOf(contact.id)).toEqual({ state: "found", label: "Dr. Ada Contact", context: "Universität Labelhausen", href: `/dashboard/partners/${partner.id}` });
    expect(recordOf(admin.id)).toMatchObject({ state: "found", label: admin.name, context: admin.email, href: `/dashboard/admin/users/${admin.id}` });
    expect(recordOf(gone)).toEqual({ state: "deleted" });

    const texts = { type: "Partner", deleted: "(deleted)", history: "All changes" };
    const render = (entityId: string) =>
      renderToStaticMarkup(createElement(AuditRecord, { row: rows.find((row) => row.entityId === entityId)!, texts, historyHref: null }));
    expect(render(partner.id)).toContain(`href="/dashboard/partners/${partner.id}">Universität Labelhausen</a>`);
    expect(render(agreement.id)).toContain(`href="/dashboard/agreements/${agreement.id}">${referenceNumber}</a>`);
    expect(render(gone)).toMatch(new RegExp(`${gone}.*\\(deleted\\)`));
  });

  it("reads rows logged under the old names as their model: labelled, filtered and offered as that type", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const program = await db.mobilityProgram.create({ data: { code: `LEGACY_${Date.now()}`, name: "Legacy Exchange" } });
    // Rows from before the model-name rule: the log is write-once, so they stay as they were written.
    await db.auditLog.create({ data: { actorId: admin.id, action: "program.create", entityType: "program", entityId: program.id } });
    await db.auditLog.create({ data: { actorId: admin.id, action: "opportunity.delete", entityType: "opportunity", entityId: randomUUID() } });

    const programs = await listAuditEntries(admin, filter({ entityType: "MobilityProgram" }));
    expect(programs.rows).toHaveLength(1);
    expect(programs.rows[0]).toMatchObject({
      entityType: "MobilityProgram",
      storedEntityType: "program",
      record: { state: "found", label: "Legacy Exchange", href: `/dashboard/programs/${program.id}` },
    });
    const opportunities = await listAuditEntries(admin, filter({ entityType: "Opportunity" }));
    expect(opportunities.rows.map((row) => [row.entityType, row.record.state])).toEqual([["Opportunity", "deleted"]]);

    const types = await listAuditEntityTypes(admin);
    expect(types).toEqual(expect.arrayContaining(["MobilityProgram", "Opportunity"]));
    expect(types).not.toContain("program");
    expect(types).not.toContain("opportunity");
  });
});
