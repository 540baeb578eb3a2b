import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { TransactionClient } from "@/lib/db/client";
import { updateAtVersion, uniqueFieldErrors } from "@/lib/db/writes";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { MESSAGES } from "@/lib/forms/fields";
import { requirePermission } from "@/lib/permissions";
import type { InternationalStudentFields, UpdateInternationalStudentInput } from "./schemas";

/** Writes of international students by the office; every one audited, edits version-checked. */

const duplicateNumber = uniqueFieldErrors({
  InternationalStudent_studentNumber_key: ["studentNumber", "internationalStudents.validation.studentNumberTaken"],
});

export const STUDENT_SNAPSHOT_SELECT = {
  studentNumber: true,
  fullName: true,
  countryCode: true,
  programName: true,
  level: true,
  unitId: true,
  intakeYear: true,
  status: true,
} as const;

/** A unit chosen in the form must exist (a stale form may name one deleted since). */
async function checkUnit(tx: TransactionClient, unitId: string | null): Promise<void> {
  if (unitId && !(await tx.unit.findUnique({ where: { id: unitId }, select: { id: true } }))) throw fieldError("unitId", MESSAGES.option);
}

export async function createInternationalStudent(user: SessionUser | null, input: InternationalStudentFields): Promise<{ id: string }> {
  requirePermission(user, "international-student:create");
  return auditedWrite(user, async (tx, audit) => {
    await checkUnit(tx, input.unitId);
    const created = await tx.internationalStudent.create({ data: input, select: { id: true } }).catch(duplicateNumber);
    await audit({ action: "international-student.create", entityType: "InternationalStudent", entityId: created.id, after: input });
    return created;
  });
}

/** Saves only over the version the editor started from; a newer save by someone else is a CONFLICT. */
export async function updateInternationalStudent(user: SessionUser | null, input: UpdateInternationalStudentInput): Promise<{ id: string }> {
  requirePermission(user, "international-student:update");
  const { id, version, ...data } = input;
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.internationalStudent.findUnique({ where: { id }, select: STUDENT_SNAPSHOT_SELECT });
    if (!before) throw new AppError("NOT_FOUND");
    await checkUnit(tx, data.unitId);
    await updateAtVersion(tx.internationalStudent, { id, version }, data).catch(duplicateNumber);
    await audit({ action: "international-student.update", entityType: "InternationalStudent", entityId: id, before, after: data });
    return { id };
  });
}
