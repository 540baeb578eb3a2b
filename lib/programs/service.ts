import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { uniqueFieldErrors, updateAtVersion } from "@/lib/db/writes";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import type { ProgramFormValues, SetProgramActiveValues, UpdateProgramValues } from "./schemas";

/** A second program with the same code is refused next to the code field. */
const codeTaken = uniqueFieldErrors({ MobilityProgram_code_key: ["code", "programs.validation.codeTaken"] });

/**
 * The columns a form's fields are stored in: the default language's texts in the plain columns,
 * the other languages in `translations` (decision 010).
 */
async function programData(input: ProgramFormValues) {
  const translations = keepOtherLanguages(input.translations, await getDefaultContentLanguage());
  return { code: input.code, name: input.name, description: input.description, translations, funder: input.funder, url: input.url };
}

export async function createProgram(user: SessionUser, input: ProgramFormValues): Promise<{ id: string }> {
  requirePermission(user, "program:create");
  const data = await programData(input);
  return auditedWrite(user, async (tx, audit) => {
    const created = await tx.mobilityProgram.create({ data, select: { id: true } }).catch(codeTaken);
    await audit({ action: "program.create", entityType: "MobilityProgram", entityId: created.id, after: data });
    return created;
  });
}

/** Saves the form over the version its editor opened; a program changed since is refused as stale. */
export async function updateProgram(user: SessionUser, input: UpdateProgramValues): Promise<{ id: string; version: number }> {
  requirePermission(user, "program:update");
  const after = await programData(input);
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.mobilityProgram.findUnique({
      where: { id: input.id },
      select: { code: true, name: true, description: true, translations: true, funder: true, url: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    await updateAtVersion(tx.mobilityProgram, input, after).catch(codeTaken);
    await audit({ action: "program.update", entityType: "MobilityProgram", entityId: input.id, before, after });
    return { id: input.id, version: input.version + 1 };
  });
}

/**
 * Deactivating hides a program from new calls and from the public list; calls and mobility records
 * that already use it keep it (a program is never deleted once used).
 */
export async function setProgramActive(user: SessionUser, input: SetProgramActiveValues): Promise<{ id: string; version: number }> {
  requirePermission(user, "program:update");
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.mobilityProgram.findUnique({ where: { id: input.id }, select: { isActive: true } });
    if (!before) throw new AppError("NOT_FOUND");
    await updateAtVersion(tx.mobilityProgram, input, { isActive: input.isActive });
    await audit({
      action: input.isActive ? "program.activate" : "program.deactivate",
      entityType: "MobilityProgram",
      entityId: input.id,
      before,
      after: { isActive: input.isActive },
    });
    return { id: input.id, version: input.version + 1 };
  });
}
