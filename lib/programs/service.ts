import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission } from "@/lib/permissions";
import type { ProgramFormValues, UpdateProgramValues } from "./schemas";

const ENTITY = "MobilityProgram";

function programData(input: ProgramFormValues) {
  return {
    code: input.code,
    name: input.name,
    description: input.description,
    funder: input.funder ?? null,
    url: input.url ?? null,
  };
}

/** A second program with the same code is refused next to the code field. */
function duplicateCode(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    throw fieldError("code", "programs.validation.codeTaken");
  }
  throw error;
}

export async function createProgram(user: SessionUser, input: ProgramFormValues): Promise<{ id: string }> {
  requirePermission(user, "program:create");
  return auditedWrite(user, async (tx, audit) => {
    const created = await tx.mobilityProgram.create({ data: programData(input), select: { id: true } }).catch(duplicateCode);
    await audit({ action: "program.create", entityType: ENTITY, entityId: created.id, after: programData(input) });
    return created;
  });
}

export async function updateProgram(user: SessionUser, input: UpdateProgramValues): Promise<{ id: string }> {
  requirePermission(user, "program:update");
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.mobilityProgram.findUnique({
      where: { id: input.id },
      select: { code: true, name: true, description: true, funder: true, url: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    const after = programData(input);
    await tx.mobilityProgram.update({ where: { id: input.id }, data: after }).catch(duplicateCode);
    await audit({ action: "program.update", entityType: ENTITY, entityId: input.id, before, after });
    return { id: input.id };
  });
}

/**
 * Deactivating hides a program from new calls and from the public list; calls and mobility records
 * that already use it keep it (a program is never deleted once used).
 */
export async function setProgramActive(user: SessionUser, input: { id: string; isActive: boolean }): Promise<{ id: string }> {
  requirePermission(user, "program:update");
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.mobilityProgram.findUnique({ where: { id: input.id }, select: { isActive: true } });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.isActive === input.isActive) return { id: input.id };
    await tx.mobilityProgram.update({ where: { id: input.id }, data: { isActive: input.isActive } });
    await audit({
      action: input.isActive ? "program.activate" : "program.deactivate",
      entityType: ENTITY,
      entityId: input.id,
      before,
      after: { isActive: input.isActive },
    });
    return { id: input.id };
  });
}
