import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { updateAtVersion, uniqueFieldErrors } from "@/lib/db/writes";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import type { SetUnitArchivedInput, UnitFields, UpdateUnitInput } from "./schemas";

/** A second unit with the same code is refused next to the code field. */
const duplicateCode = uniqueFieldErrors({ Unit_code_key: ["code", "units.validation.codeTaken"] });

const snapshotSelect = { code: true, name: true, translations: true, kind: true, archivedAt: true } as const;

/**
 * The columns a form's fields are stored in: the default language's texts in the plain columns,
 * the other languages in `translations` (decision 010).
 */
async function unitData(fields: UnitFields): Promise<UnitFields> {
  return { ...fields, translations: keepOtherLanguages(fields.translations, await getDefaultContentLanguage()) };
}

export async function createUnit(user: SessionUser | null, input: UnitFields): Promise<{ id: string }> {
  requirePermission(user, "unit:manage");
  const data = await unitData(input);
  return auditedWrite(user, async (tx, audit) => {
    const created = await tx.unit.create({ data, select: { id: true } }).catch(duplicateCode);
    await audit({ action: "unit.create", entityType: "Unit", entityId: created.id, after: data });
    return created;
  });
}

/** Saves only over the version the editor started from; a newer save by someone else is a CONFLICT. */
export async function updateUnit(user: SessionUser | null, input: UpdateUnitInput): Promise<{ id: string }> {
  requirePermission(user, "unit:manage");
  const { id, version, ...fields } = input;
  const data = await unitData(fields);
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.unit.findUnique({ where: { id }, select: snapshotSelect });
    if (!before) throw new AppError("NOT_FOUND");
    await updateAtVersion(tx.unit, { id, version }, data).catch(duplicateCode);
    await audit({ action: "unit.update", entityType: "Unit", entityId: id, before, after: { ...before, ...data } });
    return { id };
  });
}

/**
 * An archived unit keeps its people and records but is no longer offered in forms; archiving is
 * undone by unarchiving. Asking for the state the unit is already in changes nothing.
 */
export async function setUnitArchived(user: SessionUser | null, input: SetUnitArchivedInput): Promise<{ id: string }> {
  requirePermission(user, "unit:manage");
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.unit.findUnique({ where: { id: input.id }, select: { archivedAt: true } });
    if (!before) throw new AppError("NOT_FOUND");
    if ((before.archivedAt !== null) === input.archived) return { id: input.id };
    const archivedAt = input.archived ? new Date() : null;
    await updateAtVersion(tx.unit, { id: input.id, version: input.version }, { archivedAt });
    await audit({
      action: input.archived ? "unit.archive" : "unit.unarchive",
      entityType: "Unit",
      entityId: input.id,
      before,
      after: { archivedAt },
    });
    return { id: input.id };
  });
}
