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
    expect(await db.auditLog.count({ where: { entityType: "program", entityId: id, action: "program.create", actorId: officer.id } })).toBe(1);
  });

  it("refuses a duplicate code next to the field, and bad codes or URLs in the schema", async () => {
    const input = createProgramSchema.parse({ code: "DUP_CODE", name: "First" });
    await createProgram(officer, input);
    const error = await errorOf(createProgram(officer, { ...input, name: "Second" }));
    expect(error.fieldErrors).toEqual({ code: ["programs.validation.codeTaken"] });
    expect(await db.mobilityProgram.count({ where: { code: "DUP_CODE" } })).toBe(1);
    expect(createProgramSchema.safeParse({ code: "bad code!", name: "X y" }).success).toBe(false);
    expect(createProgramSchema.safeParse({ code: "OK", name: "Name", url: "javascript:alert(1)" }).success).toBe(false);
    expect(createProgramSchema.safeParse({ code: "OK", name: "Name", extra: 1 }).success).toBe(false);
  });

  it("edits, deactivates and reactivates; an inactive program is no longer offered for new calls", async () => {
    const { id } = await createProgram(officer, createProgramSchema.parse({ code: "EDIT_ME", name: "Before" }));
    await updateProgram(officer, updateProgramSchema.parse({ id, code: "EDIT_ME", name: "After", funder: "EU" }));
    expect(await db.mobilityProgram.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "After", funder: "EU" });
    await setProgramActive(officer, { id, isActive: false });
    expect((await getOpportunityFormOptions(officer)).programs.map((program) => program.id)).not.toContain(id);
    expect((await getOpportunityFormOptions(officer, { programId: id })).programs.map((program) => program.id)).toContain(id);
    await setProgramActive(officer, { id, isActive: true });
    expect((await getOpportunityFormOptions(officer)).programs.map((program) => program.id)).toContain(id);
    const actions = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((entry) => entry.action)).toEqual(["program.create", "program.update", "program.deactivate", "program.activate"]);
  });

  it("lets coordinators read programs but not change them", async () => {
    expect((await listPrograms(coordinator)).length).toBeGreaterThan(0);
    const { id } = await createProgram(officer, createProgramSchema.parse({ code: "COORD_TEST", name: "Read only" }));
    expect((await errorOf(createProgram(coordinator, createProgramSchema.parse({ code: "NOPE", name: "Nope" })))).code).toBe("FORBIDDEN");
    expect((await errorOf(setProgramActive(coordinator, { id, isActive: false }))).code).toBe("FORBIDDEN");
    expect((await db.mobilityProgram.findUniqueOrThrow({ where: { id } })).isActive).toBe(true);
  });
});
