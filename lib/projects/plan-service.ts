import "server-only";
import { fromIsoDay, toIsoDay } from "@/lib/agreements/dates";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import type { TransactionClient } from "@/lib/db/client";
import { updateAtVersion, uniqueFieldErrors } from "@/lib/db/writes";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import { loadProjectForWrite, requireStaffProjectRead, staffProjectScope } from "./access";
import { projectMonths } from "./period";
import { titleWithoutCode, type ActivityFields, type DeliverableFields, type WorkPackageFields } from "./plan-schemas";

/**
 * The work plan's writes: work packages, deliverables (and reports) and activities. Each checks
 * its project is within the user's reach first, fits the project (months, dates, its partners and
 * work packages) and is audited on the project. A refusal stores nothing.
 */

const workPackageTaken = uniqueFieldErrors({ WorkPackage_projectId_code_key: ["number", "projects.validation.workPackageTaken"] });
const deliverableTaken = uniqueFieldErrors({ Deliverable_projectId_code_key: ["code", "projects.validation.deliverableTaken"] });

/** The project a child record belongs to, found through the user's scope (another unit's reads as missing). */
async function projectOfChild(tx: TransactionClient, user: SessionUser, model: "workPackage" | "deliverable" | "projectActivity", id: string) {
  const where = { id, project: staffProjectScope(user) };
  const row =
    model === "workPackage"
      ? await tx.workPackage.findFirst({ where, select: { projectId: true } })
      : model === "deliverable"
        ? await tx.deliverable.findFirst({ where, select: { projectId: true } })
        : await tx.projectActivity.findFirst({ where, select: { projectId: true } });
  if (!row) throw new AppError("NOT_FOUND");
  return loadProjectForWrite(tx, user, row.projectId);
}

// ─── Work packages ───

async function workPackageData(tx: TransactionClient, project: { id: string; startDate: Date; endDate: Date }, fields: WorkPackageFields) {
  const months = projectMonths(toIsoDay(project.startDate)!, toIsoDay(project.endDate)!);
  if (fields.startMonth !== null && fields.startMonth > months) throw fieldError("startMonth", "projects.validation.outsidePeriod", { months });
  if (fields.endMonth !== null && fields.endMonth > months) throw fieldError("endMonth", "projects.validation.outsidePeriod", { months });
  if (fields.leadPartnerId && !(await tx.projectPartner.findFirst({ where: { id: fields.leadPartnerId, projectId: project.id }, select: { id: true } }))) {
    throw fieldError("leadPartnerId", "common.form.errors.invalidOption");
  }
  const code = `WP${fields.number}`;
  const translations = keepOtherLanguages(fields.translations, await getDefaultContentLanguage());
  for (const texts of Object.values(translations)) {
    if (typeof texts?.title === "string") texts.title = titleWithoutCode(code, texts.title);
  }
  return {
    code,
    title: titleWithoutCode(code, fields.title),
    description: fields.description,
    translations,
    leadPartnerId: fields.leadPartnerId,
    startMonth: fields.startMonth,
    endMonth: fields.endMonth,
  };
}

export async function addWorkPackage(user: SessionUser | null, input: WorkPackageFields & { projectId: string }): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  return auditedWrite(user, async (tx, audit) => {
    const project = await loadProjectForWrite(tx, user, input.projectId);
    const data = await workPackageData(tx, project, input);
    const created = await tx.workPackage.create({ data: { ...data, projectId: project.id }, select: { id: true } }).catch(workPackageTaken);
    await audit({ action: "project.work-package.add", entityType: "Project", entityId: project.id, after: { id: created.id, ...data } });
    return created;
  });
}

export async function updateWorkPackage(user: SessionUser | null, input: WorkPackageFields & { id: string }): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  return auditedWrite(user, async (tx, audit) => {
    const project = await projectOfChild(tx, user, "workPackage", input.id);
    const data = await workPackageData(tx, project, input);
    const before = await tx.workPackage.findUniqueOrThrow({ where: { id: input.id } });
    await tx.workPackage.update({ where: { id: input.id }, data }).catch(workPackageTaken);
    await audit({ action: "project.work-package.update", entityType: "Project", entityId: project.id, before, after: { id: input.id, ...data } });
    return { id: input.id };
  });
}

export async function removeWorkPackage(user: SessionUser | null, input: { id: string }): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  return auditedWrite(user, async (tx, audit) => {
    const project = await projectOfChild(tx, user, "workPackage", input.id);
    const before = await tx.workPackage.delete({ where: { id: input.id } });
    await audit({ action: "project.work-package.remove", entityType: "Project", entityId: project.id, before });
    return { id: input.id };
  });
}

// ─── Deliverables ───

async function deliverableData(tx: TransactionClient, project: { id: string; startDate: Date }, fields: DeliverableFields) {
  if (fields.dueDate < toIsoDay(project.startDate)!) throw fieldError("dueDate", "projects.validation.dueBeforeStart");
  if (fields.workPackageId && !(await tx.workPackage.findFirst({ where: { id: fields.workPackageId, projectId: project.id }, select: { id: true } }))) {
    throw fieldError("workPackageId", "common.form.errors.invalidOption");
  }
  return { ...fields, dueDate: fromIsoDay(fields.dueDate) };
}

export async function addDeliverable(user: SessionUser | null, input: DeliverableFields & { projectId: string }): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  const { projectId, ...fields } = input;
  return auditedWrite(user, async (tx, audit) => {
    const project = await loadProjectForWrite(tx, user, projectId);
    const data = await deliverableData(tx, project, fields);
    const created = await tx.deliverable.create({ data: { ...data, projectId }, select: { id: true } }).catch(deliverableTaken);
    await audit({ action: "project.deliverable.add", entityType: "Project", entityId: projectId, after: { id: created.id, ...data } });
    return created;
  });
}

/** Version-checked: two people updating a deliverable's status cannot overwrite each other. */
export async function updateDeliverable(user: SessionUser | null, input: DeliverableFields & { id: string; version: number }): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  const { id, version, ...fields } = input;
  return auditedWrite(user, async (tx, audit) => {
    const project = await projectOfChild(tx, user, "deliverable", id);
    const data = await deliverableData(tx, project, fields);
    const before = await tx.deliverable.findUniqueOrThrow({ where: { id } });
    await updateAtVersion(tx.deliverable, { id, version }, data).catch(deliverableTaken);
    await audit({ action: "project.deliverable.update", entityType: "Project", entityId: project.id, before, after: { id, ...data } });
    return { id };
  });
}

export async function removeDeliverable(user: SessionUser | null, input: { id: string }): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  return auditedWrite(user, async (tx, audit) => {
    const project = await projectOfChild(tx, user, "deliverable", input.id);
    const before = await tx.deliverable.delete({ where: { id: input.id } });
    await audit({ action: "project.deliverable.remove", entityType: "Project", entityId: project.id, before });
    return { id: input.id };
  });
}

// ─── Activities ───

async function activityData(fields: ActivityFields) {
  return {
    ...fields,
    startDate: fromIsoDay(fields.startDate),
    endDate: fields.endDate ? fromIsoDay(fields.endDate) : null,
    translations: keepOtherLanguages(fields.translations, await getDefaultContentLanguage()),
  };
}

export async function addActivity(user: SessionUser | null, input: ActivityFields & { projectId: string }): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  const { projectId, ...fields } = input;
  const data = await activityData(fields);
  return auditedWrite(user, async (tx, audit) => {
    await loadProjectForWrite(tx, user, projectId);
    const created = await tx.projectActivity.create({ data: { ...data, projectId }, select: { id: true } });
    await audit({ action: "project.activity.add", entityType: "Project", entityId: projectId, after: { id: created.id, ...data } });
    return created;
  });
}

export async function updateActivity(user: SessionUser | null, input: ActivityFields & { id: string }): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  const { id, ...fields } = input;
  const data = await activityData(fields);
  return auditedWrite(user, async (tx, audit) => {
    const project = await projectOfChild(tx, user, "projectActivity", id);
    const before = await tx.projectActivity.findUniqueOrThrow({ where: { id } });
    await tx.projectActivity.update({ where: { id }, data });
    await audit({ action: "project.activity.update", entityType: "Project", entityId: project.id, before, after: { id, ...data } });
    return { id };
  });
}

export async function removeActivity(user: SessionUser | null, input: { id: string }): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  return auditedWrite(user, async (tx, audit) => {
    const project = await projectOfChild(tx, user, "projectActivity", input.id);
    const before = await tx.projectActivity.delete({ where: { id: input.id } });
    await audit({ action: "project.activity.remove", entityType: "Project", entityId: project.id, before });
    return { id: input.id };
  });
}
