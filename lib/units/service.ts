import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { updateAtVersion, uniqueFieldErrors } from "@/lib/db/writes";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import { moveUnitReferences, totalReferences } from "./references";
import type { MergeUnitInput, SetUnitArchivedInput, UnitFields, UpdateUnitInput } from "./schemas";

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

/**
 * Merges a unit into another (two faculties joined, a duplicate entered twice): every record that
 * points at it moves to the target in one transaction, then it is archived, kept for the history
 * of what it was. Both units must be active and at the versions the admin saw.
 */
export async function mergeUnit(user: SessionUser | null, input: MergeUnitInput): Promise<{ id: string; moved: number }> {
  requirePermission(user, "unit:manage");
  if (input.id === input.targetId) throw fieldError("targetId", "units.merge.sameUnit");
  return auditedWrite(user, async (tx, audit) => {
    const [source, target] = await Promise.all([
      tx.unit.findUnique({ where: { id: input.id }, select: { ...snapshotSelect, id: true } }),
      tx.unit.findUnique({ where: { id: input.targetId }, select: { ...snapshotSelect, id: true } }),
    ]);
    if (!source) throw new AppError("NOT_FOUND");
    if (!target) throw fieldError("targetId", "units.merge.chooseTarget");
    if (source.archivedAt) throw new AppError("CONFLICT", { messageKey: "units.merge.sourceArchived" });
    if (target.archivedAt) throw fieldError("targetId", "units.merge.targetArchived");
    // Both version checks first: a stale page moves nothing.
    const archivedAt = new Date();
    await updateAtVersion(tx.unit, { id: source.id, version: input.version }, { archivedAt });
    await updateAtVersion(tx.unit, { id: target.id, version: input.targetVersion }, {});
    const moved = await moveUnitReferences(tx, source.id, target.id);
    const into = { id: target.id, code: target.code, name: target.name };
    await audit({
      action: "unit.merge",
      entityType: "Unit",
      entityId: source.id,
      before: { archivedAt: null },
      after: { archivedAt, mergedInto: into, moved },
    });
    await audit({
      action: "unit.merge",
      entityType: "Unit",
      entityId: target.id,
      after: { mergedFrom: { id: source.id, code: source.code, name: source.name }, moved },
    });
    return { id: target.id, moved: totalReferences(moved) };
  });
}
