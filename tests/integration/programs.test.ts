import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { getOpportunityFormOptions } from "@/lib/opportunities/queries";
import { listPrograms } from "@/lib/programs/queries";
import { createProgramSchema, updateProgramSchema } from "@/lib/programs/schemas";
import { createProgram, setProgramActive, updateProgram } from "@/lib/programs/service";
import { createUnit, createUser } from "../helpers/opportunity-factories";

let officer: SessionUser;
let coordinator: SessionUser;

beforeAll(async () => {
  officer = await createUser("OFFICER");
  coordinator = await createUser("COORDINATOR", { unitId: (await createUnit()).id });
});

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("mobility programs", () => {
  it("creates a program with a normalised code and audits it", async () => {
    const { id } = await createProgram(officer, createProgramSchema.parse({ code: " mevlana_test ", name: "Mevlana", description: "", funder: "", url: "" }));
    expect(await db.mobilityProgram.findUniqueOrThrow({ where: { id } })).toMatchObject({ code: "MEVLANA_TEST", funder: null, url: null, isActive: true });
    expect(await db.auditLog.count({ where: { entityType: "MobilityProgram", entityId: id, action: "program.create", actorId: officer.id } })).toBe(1);
  });

  it("refuses a duplicate code next to the field, and bad codes or URLs in the schema", async () => {
    const input = createProgramSchema.parse({ code: "DUP_CODE", name: "First" });
    await createProgram(officer, input);
    const error = await errorOf(createProgram(officer, { ...input, name: "Second" }));
    expect(error.fieldErrors).toEqual({ code: ["programs.validation.codeTaken"] });
    expect(await db.mobilityProgram.count({ where: { code: "DUP_CODE" } })).toBe(1);
    expect(createProgramSchema.safeParse({ code: "bad code!", name: "X y" }).success).toBe(false);
    expect(createProgramSchema.safeParse({ code: "OK", name: "Name", url: "javascript:alert(1)" }).success).toBe(false);
    expect(createProgramSchema.parse({ code: "OK", name: "Name", url: "www.uni.edu" }).url).toBe("https://www.uni.edu");
    expect(createProgramSchema.safeParse({ code: "OK", name: "Name", extra: 1 }).success).toBe(false);
  });

  it("edits, deactivates and reactivates; an inactive program is no longer offered for new calls", async () => {
    const { id } = await createProgram(officer, createProgramSchema.parse({ code: "EDIT_ME", name: "Before" }));
    await expect(updateProgram(officer, updateProgramSchema.parse({ id, version: 1, code: "EDIT_ME", name: "After", funder: "EU" }))).resolves.toEqual({
      id,
      version: 2,
    });
    expect(await db.mobilityProgram.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "After", funder: "EU", version: 2 });
    await setProgramActive(officer, { id, version: 2, isActive: false });
    expect((await getOpportunityFormOptions(officer)).programs.map((program) => program.id)).not.toContain(id);
    expect((await getOpportunityFormOptions(officer, { programId: id })).programs.map((program) => program.id)).toContain(id);
    await setProgramActive(officer, { id, version: 3, isActive: true });
    expect((await getOpportunityFormOptions(officer)).programs.map((program) => program.id)).toContain(id);
    const actions = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((entry) => entry.action)).toEqual(["program.create", "program.update", "program.deactivate", "program.activate"]);
  });

  it("refuses a stale edit: the second of two editors gets CONFLICT and overwrites nothing", async () => {
    const { id } = await createProgram(officer, createProgramSchema.parse({ code: "TWO_EDITORS", name: "Original", funder: "EU" }));
    const secondEditor = await createUser("OFFICER");
    // Both opened the form at version 1; the first saves, then the second.
    await updateProgram(officer, updateProgramSchema.parse({ id, version: 1, code: "TWO_EDITORS", name: "First editor's name", funder: "EU" }));
    const stale = await errorOf(updateProgram(secondEditor, updateProgramSchema.parse({ id, version: 1, code: "TWO_EDITORS", name: "Second", funder: "DAAD" })));
    expect(stale).toMatchObject({ code: "CONFLICT", messageKey: "common.form.errors.stale" });
    expect(await db.mobilityProgram.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "First editor's name", funder: "EU", version: 2 });
    expect(await db.auditLog.count({ where: { entityId: id, action: "program.update" } })).toBe(1);
    // The status toggle is version-checked too.
    expect((await errorOf(setProgramActive(secondEditor, { id, version: 1, isActive: false }))).code).toBe("CONFLICT");
    expect((await db.mobilityProgram.findUniqueOrThrow({ where: { id } })).isActive).toBe(true);
  });

  it("refuses another program's code on edit, next to the field", async () => {
    await createProgram(officer, createProgramSchema.parse({ code: "TAKEN_CODE", name: "Holder" }));
    const { id } = await createProgram(officer, createProgramSchema.parse({ code: "OWN_CODE", name: "Mine" }));
    const error = await errorOf(updateProgram(officer, updateProgramSchema.parse({ id, version: 1, code: "TAKEN_CODE", name: "Mine" })));
    expect(error.fieldErrors).toEqual({ code: ["programs.validation.codeTaken"] });
    expect(await db.mobilityProgram.findUniqueOrThrow({ where: { id } })).toMatchObject({ code: "OWN_CODE", version: 1 });
  });

  it("lets coordinators read programs but not change them", async () => {
    expect((await listPrograms(coordinator)).length).toBeGreaterThan(0);
    const { id } = await createProgram(officer, createProgramSchema.parse({ code: "COORD_TEST", name: "Read only" }));
    expect((await errorOf(createProgram(coordinator, createProgramSchema.parse({ code: "NOPE", name: "Nope" })))).code).toBe("FORBIDDEN");
    expect((await errorOf(setProgramActive(coordinator, { id, version: 1, isActive: false }))).code).toBe("FORBIDDEN");
    expect((await db.mobilityProgram.findUniqueOrThrow({ where: { id } })).isActive).toBe(true);
  });
});
