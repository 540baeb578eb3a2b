import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createUnitAction, setUnitArchivedAction, updateUnitAction } from "@/lib/units/actions";
import { listUnits } from "@/lib/units/queries";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUnit, createUser, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

let admin: TestUser;
let officer: TestUser;
let coordinator: TestUser;

beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR" });
});

beforeEach(() => actAsVisitor());

/** Creates a unit as the admin and returns its id. */
async function newUnit(code: string, name = `Unit ${code}`): Promise<string> {
  actAs(admin);
  const result = await createUnitAction({ code, name, kind: "SCHOOL" });
  if (!result.ok) throw new Error(`could not create unit ${code}: ${result.code}`);
  return result.data.id;
}

describe("units", () => {
  it("creates a unit with a normalised code, audited as a Unit", async () => {
    actAs(admin);
    const result = await createUnitAction({ code: " sarch ", name: "  School of Architecture ", kind: "SCHOOL" });
    expect(result).toMatchObject({ ok: true });
    const id = result.ok ? result.data.id : "";
    expect(await db.unit.findUniqueOrThrow({ where: { id } })).toMatchObject({
      code: "SARCH",
      name: "School of Architecture",
      kind: "SCHOOL",
      archivedAt: null,
      version: 1,
    });
    expect(await db.auditLog.count({ where: { entityType: "Unit", entityId: id, action: "unit.create", actorId: admin.id } })).toBe(1);
  });

  it("refuses a code another unit uses next to the code field, on create and on rename", async () => {
    await newUnit("DUPE");
    const otherId = await newUnit("OTHER");
    const created = await createUnitAction({ code: "dupe", name: "Second", kind: "FACULTY" });
    expect(created).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { code: ["units.validation.codeTaken"] } });
    const renamed = await updateUnitAction({ id: otherId, version: 1, code: "DUPE", name: "Other", kind: "SCHOOL" });
    expect(renamed).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { code: ["units.validation.codeTaken"] } });
    expect(await db.unit.count({ where: { code: "DUPE" } })).toBe(1);
    expect(await db.unit.findUniqueOrThrow({ where: { id: otherId } })).toMatchObject({ code: "OTHER", version: 1 });
  });

  it("refuses a malformed code and an unknown kind before writing", async () => {
    actAs(admin);
    // As a hand-made POST could send them: form fields, not what the form offers.
    const form = new FormData();
    for (const [name, value] of Object.entries({ code: "no spaces!", name: "X", kind: "GUILD" })) form.set(name, value);
    const result = await createUnitAction(form);
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(result.ok === false && Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["code", "kind", "name"]);
  });

  it("renames at the current version and refuses a stale edit with CONFLICT, keeping the newer save", async () => {
    const id = await newUnit("RENAME", "Before");
    expect(await updateUnitAction({ id, version: 1, code: "RENAME", name: "After", kind: "FACULTY" })).toMatchObject({ ok: true });
    const stale = await updateUnitAction({ id, version: 1, code: "RENAME", name: "Lost update", kind: "SCHOOL" });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", formError: "common.form.errors.stale" });
    expect(await db.unit.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "After", kind: "FACULTY", version: 2 });
    const audits = await db.auditLog.findMany({ where: { entityType: "Unit", entityId: id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audits.map((entry) => entry.action)).toEqual(["unit.create", "unit.update"]);
  });

  it("archives and restores a unit; the list shows archived units last, with their people and agreements", async () => {
    const id = await newUnit("ARCH", "AAA first by name");
    await createUser({ role: "COORDINATOR", unitId: id });
    expect(await setUnitArchivedAction({ id, version: 1, archived: "on" })).toMatchObject({ ok: true });
    expect((await db.unit.findUniqueOrThrow({ where: { id } })).archivedAt).toBeInstanceOf(Date);

    const rows = await listUnits(admin);
    expect(rows.at(-1)).toMatchObject({ id, archivedAt: expect.any(Date), _count: { users: 1, agreements: 0 } });
    expect(rows.slice(0, -1).every((row) => row.archivedAt === null)).toBe(true);

    expect(await setUnitArchivedAction({ id, version: 1, archived: "" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await setUnitArchivedAction({ id, version: 2, archived: "" })).toMatchObject({ ok: true });
    expect(await db.unit.findUniqueOrThrow({ where: { id } })).toMatchObject({ archivedAt: null, version: 3 });
    const audits = await db.auditLog.findMany({ where: { entityType: "Unit", entityId: id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audits.map((entry) => entry.action)).toEqual(["unit.create", "unit.archive", "unit.unarchive"]);
  });

  it("stores the name's translations beside the default language's, audits them, and refuses one that is too long", async () => {
    actAs(admin);
    const created = await createUnitAction({
      code: "SLANG",
      name: "School of Languages",
      kind: "SCHOOL",
      // The default language (English in the demo) is the plain column: its tab's key is dropped.
      translations: { en: { name: "dropped" }, az: { name: "Dillər Məktəbi" }, ru: { name: "  Школа языков " } },
    });
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? created.data.id : "";
    expect(await db.unit.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "School of Languages",
      translations: { az: { name: "Dillər Məktəbi" }, ru: { name: "Школа языков" } },
    });
    const [unit] = (await listUnits(admin)).filter((row) => row.id === id);
    expect(unit!.translations).toEqual({ az: { name: "Dillər Məktəbi" }, ru: { name: "Школа языков" } });

    const renamed = await updateUnitAction({ id, version: 1, code: "SLANG", name: "School of Languages", kind: "SCHOOL", translations: { ru: { name: "Школа иностранных языков" } } });
    expect(renamed).toMatchObject({ ok: true });
    expect((await db.unit.findUniqueOrThrow({ where: { id } })).translations).toEqual({ ru: { name: "Школа иностранных языков" } });
    const audits = await db.auditLog.findMany({ where: { entityType: "Unit", entityId: id }, orderBy: { id: "asc" } });
    expect(audits.map((entry) => entry.action)).toEqual(["unit.create", "unit.update"]);
    expect(audits[0]!.after).toMatchObject({ translations: { az: { name: "Dillər Məktəbi" } } });
    expect(audits[1]!.before).toMatchObject({ translations: { az: { name: "Dillər Məktəbi" }, ru: { name: "Школа языков" } } });
    expect(audits[1]!.after).toMatchObject({ translations: { ru: { name: "Школа иностранных языков" } } });

    const before = await countAllRows();
    const tooLong = await updateUnitAction({ id, version: 2, code: "SLANG", name: "School of Languages", kind: "SCHOOL", translations: { az: { name: "ə".repeat(201) } } });
    expect(tooLong).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "translations.az.name": ["common.form.errors.tooLong|max=200"] } });
    const unknownLanguage = await updateUnitAction({ id, version: 2, code: "SLANG", name: "School of Languages", kind: "SCHOOL", translations: { fr: { name: "École des langues" } } as never });
    expect(unknownLanguage).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await countAllRows()).toEqual(before);
    expect(await db.unit.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 2, translations: { ru: { name: "Школа иностранных языков" } } });
  });

  it("refuses officers, coordinators and visitors, changing nothing", async () => {
    const unit = await createUnit();
    for (const user of [officer, coordinator, null]) {
      actAs(user);
      const before = await countAllRows();
      const expected = user ? "FORBIDDEN" : "UNAUTHENTICATED";
      expect(await createUnitAction({ code: "NOPE", name: "Nope", kind: "SCHOOL" })).toMatchObject({ ok: false, code: expected });
      expect(await updateUnitAction({ id: unit.id, version: 1, code: "NOPE", name: "Nope", kind: "SCHOOL" })).toMatchObject({ ok: false, code: expected });
      expect(await setUnitArchivedAction({ id: unit.id, version: 1, archived: "on" })).toMatchObject({ ok: false, code: expected });
      await expect(listUnits(user)).rejects.toMatchObject({ code: expected });
      expect(await countAllRows()).toEqual(before);
    }
    expect(await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({ code: unit.code, archivedAt: null, version: 1 });
  });
});
