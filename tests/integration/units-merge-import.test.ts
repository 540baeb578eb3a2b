import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { findImporter } from "@/lib/import-export/importers";
import type { TabularData } from "@/lib/import-export/table";
import { guessMapping } from "@/lib/import-export/table";
import { mergeUnitAction } from "@/lib/units/actions";
import { getUnitMergePreview } from "@/lib/units/queries";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { createStoredAgreement } from "@/tests/helpers/agreement-factories";
import { countAllRows, createUnit, createUser, type TestUser } from "@/tests/helpers/factories";
import { createOpportunity, createPartner } from "@/tests/helpers/opportunity-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

let admin: TestUser;

beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
});

beforeEach(() => actAsVisitor());

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** One record of every kind that points at a unit (lib/units/references.ts), all at `unitId`. */
async function referencesTo(unitId: string, otherUnitId: string) {
  const partner = await createPartner();
  const tag = randomUUID().slice(0, 8);
  const user = await createUser({ role: "COORDINATOR", unitId });
  const agreement = await createStoredAgreement({ unitId, partnerIds: [partner.id] });
  const opportunity = await createOpportunity({ unitId, partnerId: partner.id });
  const mobility = await db.mobilityRecord.create({
    data: {
      direction: "OUTGOING",
      participantType: "STUDENT",
      mobilityType: "STUDENT_STUDY",
      personName: "Aysel Məmmədova",
      partnerId: partner.id,
      academicYear: 2025,
      startDate: day("2025-09-01"),
      endDate: day("2026-01-31"),
      unitId,
    },
  });
  const project = await db.project.create({
    data: {
      slug: `merge-${tag}`,
      title: "Capacity building",
      fundingProgram: "Erasmus+",
      coordinatorInstitution: "Baku",
      ourRole: "PARTNER",
      startDate: day("2025-01-01"),
      endDate: day("2027-12-31"),
      unitId,
    },
  });
  const visit = await db.visit.create({ data: { title: "Delegation", direction: "INCOMING", purpose: "Talks", startDate: day("2025-05-01"), endDate: day("2025-05-03"), hostUnitId: unitId } });
  const event = await db.event.create({ data: { slug: `merge-${tag}`, title: "Info day", kind: "SEMINAR", startsAt: new Date(), place: "Hall A", unitId } });
  const student = await db.internationalStudent.create({
    data: { studentNumber: `S-${tag}`, fullName: "Ali Yılmaz", countryCode: "TR", programName: "Economics", level: "BACHELOR", intakeYear: 2024, unitId },
  });
  // One subscription following only the merged unit, one following both (must not list the target twice).
  const onlyMerged = await db.digestSubscription.create({ data: { userId: user.id, unitIds: [unitId] } });
  const both = await db.digestSubscription.create({ data: { userId: user.id, unitIds: [otherUnitId, unitId] } });
  return { user, agreement, opportunity, mobility, project, visit, event, student, onlyMerged, both };
}

describe("merging units", () => {
  it("moves every kind of reference to the target in one step, archives the merged unit and audits the counts", async () => {
    const source = await createUnit();
    const target = await createUnit();
    const refs = await referencesTo(source.id, target.id);
    actAs(admin);
    const preview = await getUnitMergePreview(admin, source.id);
    expect(preview.total).toBe(10);
    expect(preview.targets.map((unit) => unit.id)).toContain(target.id);
    expect(preview.targets.map((unit) => unit.id)).not.toContain(source.id);

    const result = await mergeUnitAction({ id: source.id, version: 1, targetId: target.id, targetVersion: 1 });
    expect(result).toEqual({ ok: true, data: { id: target.id, moved: 10 } });

    expect((await db.user.findUniqueOrThrow({ where: { id: refs.user.id } })).unitId).toBe(target.id);
    expect((await db.agreement.findUniqueOrThrow({ where: { id: refs.agreement.id } })).unitId).toBe(target.id);
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: refs.opportunity.id } })).unitId).toBe(target.id);
    expect((await db.mobilityRecord.findUniqueOrThrow({ where: { id: refs.mobility.id } })).unitId).toBe(target.id);
    expect((await db.project.findUniqueOrThrow({ where: { id: refs.project.id } })).unitId).toBe(target.id);
    expect((await db.visit.findUniqueOrThrow({ where: { id: refs.visit.id } })).hostUnitId).toBe(target.id);
    expect((await db.event.findUniqueOrThrow({ where: { id: refs.event.id } })).unitId).toBe(target.id);
    expect((await db.internationalStudent.findUniqueOrThrow({ where: { id: refs.student.id } })).unitId).toBe(target.id);
    expect((await db.digestSubscription.findUniqueOrThrow({ where: { id: refs.onlyMerged.id } })).unitIds).toEqual([target.id]);
    expect((await db.digestSubscription.findUniqueOrThrow({ where: { id: refs.both.id } })).unitIds).toEqual([target.id]);
    // An agreement form opened before the merge is now stale instead of saving the old unit back.
    expect((await db.agreement.findUniqueOrThrow({ where: { id: refs.agreement.id } })).version).toBe(2);

    expect(await db.unit.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ archivedAt: expect.any(Date), version: 2 });
    expect(await db.unit.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ archivedAt: null, version: 2 });
    const [audit] = await db.auditLog.findMany({ where: { entityType: "Unit", entityId: source.id, action: "unit.merge" } });
    expect(audit!.after).toMatchObject({
      mergedInto: { id: target.id, code: target.code, name: target.name },
      moved: { users: 1, agreements: 1, opportunities: 1, mobilities: 1, projects: 1, visits: 1, events: 1, internationalStudents: 1, digestSubscriptions: 2 },
    });
    expect(await db.auditLog.count({ where: { entityType: "Unit", entityId: target.id, action: "unit.merge" } })).toBe(1);
  });

  it("refuses the same unit, an archived target, a stale version and non-admins, storing nothing", async () => {
    const source = await createUnit();
    const target = await createUnit();
    const archived = await createUnit();
    await db.unit.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    await referencesTo(source.id, target.id);
    const coordinator = await createUser({ role: "COORDINATOR" });
    const before = await countAllRows();

    actAs(admin);
    expect(await mergeUnitAction({ id: source.id, version: 1, targetId: source.id, targetVersion: 1 })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { targetId: ["units.merge.sameUnit"] },
    });
    expect(await mergeUnitAction({ id: source.id, version: 1, targetId: archived.id, targetVersion: 1 })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { targetId: ["units.merge.targetArchived"] },
    });
    expect(await mergeUnitAction({ id: source.id, version: 7, targetId: target.id, targetVersion: 1 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await mergeUnitAction({ id: source.id, version: 1, targetId: target.id, targetVersion: 7 })).toMatchObject({ ok: false, code: "CONFLICT" });
    actAs(coordinator);
    expect(await mergeUnitAction({ id: source.id, version: 1, targetId: target.id, targetVersion: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    expect(await countAllRows()).toEqual(before);
    expect(await db.unit.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ archivedAt: null, version: 1 });
    expect(await db.unit.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ version: 1 });
    expect(await db.user.count({ where: { unitId: source.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "unit.merge", entityId: { in: [source.id, target.id] } } })).toBe(0);
  });
});

describe("importing units", () => {
  const importer = findImporter("units")!;
  const file = (rows: string[][]): TabularData => ({ headers: ["Code", "Name", "Kind", "Name (az)", "Name (ru)"], rows });

  it("guesses the columns, and a dry run reports new, changed and unchanged units without writing", async () => {
    const known = await createUnit();
    const data = file([
      ["imp-new", "School of Design", "School", "Dizayn Məktəbi", "Школа дизайна"],
      [known.code, "Renamed faculty", "", "", "Переименованный факультет"],
      [known.code.toLowerCase(), "Twice", "", "", ""],
      ["bad code!", "X", "Guild", "", ""],
    ]);
    const mapping = guessMapping(data.headers, importer.fields);
    expect(mapping).toMatchObject({ code: 0, name: 1, kind: 2, "name.az": 3, "name.ru": 4 });
    actAs(admin);
    const before = await countAllRows();
    const analysis = await importer.dryRun(admin, data, mapping);
    expect(analysis).toMatchObject({ rowCount: 4, validCount: 2, newCount: 1, updateCount: 1, unchangedCount: 0 });
    expect(analysis.problems.map((problem) => [problem.rowNumber, problem.field, problem.message])).toEqual([
      [4, "code", "units.import.problems.duplicateInFile"],
      [5, "code", "units.validation.codeFormat"],
      [5, "name", "common.form.errors.tooShort"],
      [5, "kind", expect.any(String)],
    ]);
    // The commit refuses the whole file while any row has an error.
    await expect(importer.commit(admin, data, mapping)).rejects.toMatchObject({ code: "VALIDATION", messageKey: "units.import.hasErrors" });
    expect(await countAllRows()).toEqual(before);
  });

  it("creates new codes and updates known ones, all together, audited; a blank kind keeps the stored kind", async () => {
    const known = await createUnit();
    await db.unit.update({ where: { id: known.id }, data: { kind: "OFFICE", translations: { az: { name: "Köhnə ad" } } } });
    const data = file([
      ["IMPNEW2", "School of Music", "məktəb", "Musiqi Məktəbi", "Школа музыки"],
      [known.code, "Renamed office", "", "", "Переименованный офис"],
    ]);
    actAs(admin);
    const result = await importer.commit(admin, data, guessMapping(data.headers, importer.fields));
    expect(result).toEqual({ created: 2, updated: 1 });
    expect(await db.unit.findUniqueOrThrow({ where: { code: "IMPNEW2" } })).toMatchObject({
      name: "School of Music",
      kind: "SCHOOL",
      translations: { az: { name: "Musiqi Məktəbi" }, ru: { name: "Школа музыки" } },
    });
    expect(await db.unit.findUniqueOrThrow({ where: { id: known.id } })).toMatchObject({
      name: "Renamed office",
      kind: "OFFICE",
      version: 2,
      translations: { az: { name: "Köhnə ad" }, ru: { name: "Переименованный офис" } },
    });
    expect(await db.auditLog.count({ where: { action: "unit.import", entityType: "Unit" } })).toBeGreaterThanOrEqual(2);

    // The same file again changes nothing.
    expect(await importer.commit(admin, data, guessMapping(data.headers, importer.fields))).toEqual({ created: 0, updated: 0 });
  });

  it("refuses officers and visitors", async () => {
    const data = file([["NOPE", "Nope", "", "", ""]]);
    const mapping = guessMapping(data.headers, importer.fields);
    const officer = await createUser({ role: "OFFICER" });
    await expect(importer.dryRun(officer, data, mapping)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importer.commit(null, data, mapping)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.unit.count({ where: { code: "NOPE" } })).toBe(0);
  });
});
