import "server-only";
import { fromIsoDay, toIsoDay, todayIso } from "@/lib/agreements/dates";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import type { TransactionClient } from "@/lib/db/client";
import { updateAtVersion, uniqueFieldErrors } from "@/lib/db/writes";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { firstFreeSlug, slugify } from "@/lib/partners/slug";
import { can } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import { loadProjectForWrite, requireStaffProjectRead } from "./access";
import { resolveConsortium, resolveTeam, writeConsortium, writeTeam, type ResolvedMember } from "./consortium";
import { checkProjectTransition, datesOfTransition } from "./lifecycle";
import { projectMonths } from "./period";
import { linesOf, type CreateProjectInput, type ProjectFields, type TransitionProjectInput, type UpdateProjectInput } from "./schemas";

/**
 * The project record's writes: create, edit (version-checked) and the lifecycle. Each runs in one
 * transaction with its audit row; a refusal stores nothing.
 */

const grantNumberTaken = uniqueFieldErrors({ Project_grantNumber_key: ["grantNumber", "projects.validation.grantNumberTaken"] });

/**
 * The unit a project is filed under: any unit for the office, the coordinator's own for a
 * coordinator (blank means theirs; another unit is refused next to the field).
 */
async function unitFor(tx: TransactionClient, user: SessionUser, requested: string | null, permission: "project:create" | "project:update"): Promise<string | null> {
  const unitId = requested ?? (can(user, permission) ? null : user.unitId);
  if (!can(user, permission, { unitId })) throw fieldError("unitId", "projects.validation.ownUnit");
  if (unitId && !(await tx.unit.findFirst({ where: { id: unitId, archivedAt: null }, select: { id: true } }))) {
    throw fieldError("unitId", "common.form.errors.invalidOption");
  }
  return unitId;
}

/** Who coordinates, as the public page names it: us, or the consortium's coordinator. */
async function coordinatorName(tx: TransactionClient, fields: ProjectFields, members: readonly ResolvedMember[]): Promise<string> {
  if (fields.ourRole === "PARTNER") return members.find((member) => member.role === "coordinator")?.name ?? "";
  const institution = await tx.institution.findUnique({ where: { id: 1 }, select: { name: true } });
  return institution?.name ?? "";
}

/** The plain columns and the other languages (objectives as lists, like the plain column). */
async function projectColumns(fields: ProjectFields) {
  const translations = keepOtherLanguages(fields.translations, await getDefaultContentLanguage());
  for (const texts of Object.values(translations)) {
    if (typeof texts?.objectives === "string") texts.objectives = linesOf(texts.objectives);
  }
  return {
    title: fields.title,
    acronym: fields.acronym,
    fundingProgram: fields.fundingProgram,
    action: fields.action,
    grantNumber: fields.grantNumber,
    ourRole: fields.ourRole,
    startDate: fromIsoDay(fields.startDate),
    endDate: fromIsoDay(fields.endDate),
    budget: fields.budget,
    currency: fields.currency,
    summary: fields.summary,
    objectives: linesOf(fields.objectives),
    outcomes: fields.outcomes,
    translations,
    isPublic: fields.isPublic,
    budgetIsPublic: fields.budgetIsPublic,
  };
}

async function freeProjectSlug(tx: TransactionClient, fields: ProjectFields): Promise<string> {
  const base = slugify(fields.acronym ?? fields.title);
  const taken = await tx.project.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
}

/**
 * A new project: an idea from the form, or a proposal in preparation from a grant call ("we are
 * applying", with `grantCallId`). Build the input with `createProjectSchema.parse(…)`.
 */
export async function createProject(user: SessionUser | null, input: CreateProjectInput): Promise<{ id: string; slug: string }> {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!can(user, "project:create") && !can(user, "project:create", { unitId: user.unitId })) throw new AppError("FORBIDDEN");
  const { status, grantCallId, partners, team, ...fields } = input;
  const columns = await projectColumns(input);
  return auditedWrite(user, async (tx, audit) => {
    const unitId = await unitFor(tx, user, fields.unitId, "project:create");
    if (grantCallId && !(await tx.grantCall.findUnique({ where: { id: grantCallId }, select: { id: true } }))) {
      throw fieldError("grantCallId", "common.form.errors.invalidOption");
    }
    const [members, accounts] = await Promise.all([resolveConsortium(tx, partners, null), resolveTeam(tx, team)]);
    const slug = await freeProjectSlug(tx, input);
    const coordinatorInstitution = await coordinatorName(tx, input, members);
    const created = await tx.project
      .create({ data: { ...columns, slug, unitId, status, grantCallId, coordinatorInstitution }, select: { id: true, slug: true } })
      .catch(grantNumberTaken);
    await writeConsortium(tx, created.id, members);
    await writeTeam(tx, created.id, accounts);
    await audit({
      action: "project.create",
      entityType: "Project",
      entityId: created.id,
      after: { ...columns, slug, unitId, status, grantCallId, coordinatorInstitution, partners: members, team: accounts },
    });
    return created;
  });
}

/**
 * Work packages and budget lines already planned must still fit a changed period: a shorter
 * project is refused next to its dates rather than leaving them outside.
 */
async function checkPlanFitsPeriod(tx: TransactionClient, projectId: string, fields: ProjectFields): Promise<void> {
  const months = projectMonths(fields.startDate, fields.endDate);
  const [workPackages, years] = await Promise.all([
    tx.workPackage.aggregate({ where: { projectId }, _max: { endMonth: true, startMonth: true } }),
    tx.budgetLine.aggregate({ where: { projectId }, _min: { year: true }, _max: { year: true } }),
  ]);
  const lastMonth = Math.max(workPackages._max.endMonth ?? 0, workPackages._max.startMonth ?? 0);
  if (lastMonth > months) throw fieldError("endDate", "projects.validation.workPackagesOutside", { months: lastMonth });
  if (years._min.year !== null && years._min.year < Number(fields.startDate.slice(0, 4))) {
    throw fieldError("startDate", "projects.validation.budgetYearsOutside", { year: years._min.year });
  }
  if (years._max.year !== null && years._max.year > Number(fields.endDate.slice(0, 4))) {
    throw fieldError("endDate", "projects.validation.budgetYearsOutside", { year: years._max.year });
  }
}

const snapshotSelect = {
  title: true,
  acronym: true,
  fundingProgram: true,
  action: true,
  grantNumber: true,
  coordinatorInstitution: true,
  ourRole: true,
  unitId: true,
  startDate: true,
  endDate: true,
  budget: true,
  currency: true,
  summary: true,
  objectives: true,
  outcomes: true,
  translations: true,
  isPublic: true,
  budgetIsPublic: true,
  partners: { select: { partnerId: true, name: true, countryCode: true, role: true, pic: true }, orderBy: { name: "asc" } },
  team: { select: { userId: true, name: true, role: true }, orderBy: { name: "asc" } },
} as const;

/** Saves only over the version the editor started from; a newer save by someone else is a CONFLICT. */
export async function updateProject(user: SessionUser | null, input: UpdateProjectInput): Promise<{ id: string }> {
  requireStaffProjectRead(user);
  const { id, version, partners, team, ...fields } = input;
  const columns = await projectColumns(input);
  return auditedWrite(user, async (tx, audit) => {
    const current = await loadProjectForWrite(tx, user, id);
    const unitId = await unitFor(tx, user, fields.unitId ?? (can(user, "project:update") ? null : current.unitId), "project:update");
    const before = await tx.project.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
    await checkPlanFitsPeriod(tx, id, input);
    const [members, accounts] = await Promise.all([resolveConsortium(tx, partners, id), resolveTeam(tx, team)]);
    const coordinatorInstitution = await coordinatorName(tx, input, members);
    await updateAtVersion(tx.project, { id, version }, { ...columns, unitId, coordinatorInstitution }).catch(grantNumberTaken);
    await writeConsortium(tx, id, members);
    await writeTeam(tx, id, accounts);
    await audit({
      action: "project.update",
      entityType: "Project",
      entityId: id,
      before,
      after: { ...columns, unitId, coordinatorInstitution, partners: members.map(({ rowId: _, ...member }) => member), team: accounts },
    });
    return { id };
  });
}

/**
 * Moves a project along its lifecycle (./lifecycle.ts), on the day given (today by default): the
 * submission and decision days are recorded with the move. Refused moves say why.
 */
export async function transitionProject(user: SessionUser | null, input: TransitionProjectInput, now = new Date()): Promise<{ id: string; version: number }> {
  requireStaffProjectRead(user);
  const on = input.on ?? todayIso(now);
  return auditedWrite(user, async (tx, audit) => {
    const current = await loadProjectForWrite(tx, user, input.id);
    const row = await tx.project.findUniqueOrThrow({ where: { id: input.id }, select: { submittedOn: true } });
    const check = checkProjectTransition(
      { status: current.status, endDate: toIsoDay(current.endDate)!, submittedOn: toIsoDay(row.submittedOn) },
      input.to,
      on,
    );
    if (!check.ok) {
      throw new AppError("VALIDATION", { messageKey: `projects.lifecycle.blocked.${check.block}`, values: { date: toIsoDay(current.endDate)! } });
    }
    const dates = datesOfTransition(input.to, on);
    const data = {
      status: input.to,
      ...(dates.submittedOn ? { submittedOn: fromIsoDay(dates.submittedOn) } : {}),
      ...(dates.decidedOn ? { decidedOn: fromIsoDay(dates.decidedOn) } : {}),
    };
    await updateAtVersion(tx.project, { id: input.id, version: input.version }, data);
    await audit({ action: "project.transition", entityType: "Project", entityId: input.id, before: { status: current.status }, after: { status: input.to, ...dates } });
    return { id: input.id, version: input.version + 1 };
  });
}
