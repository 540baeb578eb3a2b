import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { TransactionClient } from "@/lib/db/client";
import { updateAtVersion } from "@/lib/db/writes";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import type {
  CreateIndicatorInput,
  DeleteActualInput,
  DeleteGoalInput,
  DeleteIndicatorInput,
  GoalFields,
  SaveActualInput,
  UpdateGoalInput,
  UpdateIndicatorInput,
} from "./schemas";

/**
 * Writes of the strategy (admins). Goals carry the version: an indicator is saved over the version
 * of its goal its editor started from, and saving it moves the goal's version on, so two people
 * editing one goal's indicators at once cannot overwrite each other unnoticed. Hand-entered values
 * are one number per indicator and year: the last save wins, and the audit log keeps every one.
 */

async function goalData(fields: GoalFields): Promise<GoalFields> {
  return { ...fields, translations: keepOtherLanguages(fields.translations, await getDefaultContentLanguage()) };
}

const goalSnapshot = { title: true, description: true, translations: true, sortOrder: true } as const;

export async function createGoal(user: SessionUser | null, input: GoalFields): Promise<{ id: string }> {
  requirePermission(user, "strategy:create");
  const data = await goalData(input);
  return auditedWrite(user, async (tx, audit) => {
    const created = await tx.strategyGoal.create({ data, select: { id: true } });
    await audit({ action: "strategy.goal.create", entityType: "StrategyGoal", entityId: created.id, after: data });
    return created;
  });
}

export async function updateGoal(user: SessionUser | null, input: UpdateGoalInput): Promise<{ id: string }> {
  requirePermission(user, "strategy:update");
  const { id, version, ...fields } = input;
  const data = await goalData(fields);
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.strategyGoal.findUnique({ where: { id }, select: goalSnapshot });
    if (!before) throw new AppError("NOT_FOUND");
    await updateAtVersion(tx.strategyGoal, { id, version }, data);
    await audit({ action: "strategy.goal.update", entityType: "StrategyGoal", entityId: id, before, after: { ...before, ...data } });
    return { id };
  });
}

/** Removes a goal with its indicators, targets and values (the audit row keeps what they were). */
export async function deleteGoal(user: SessionUser | null, input: DeleteGoalInput): Promise<{ id: string }> {
  requirePermission(user, "strategy:delete");
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.strategyGoal.findUnique({
      where: { id: input.id },
      select: { ...goalSnapshot, version: true, indicators: { select: { title: true, metric: true, filter: true, targets: { select: { year: true, target: true } }, actuals: { select: { year: true, value: true, evidence: true } } } } },
    });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.version !== input.version) throw new AppError("CONFLICT", { messageKey: "common.form.errors.stale", values: { version: input.version } });
    await tx.strategyGoal.delete({ where: { id: input.id } });
    const { version: _version, ...snapshot } = before;
    await audit({ action: "strategy.goal.delete", entityType: "StrategyGoal", entityId: input.id, before: snapshot });
    return { id: input.id };
  });
}

/** Moves the goal on from the version the editor started at (CONFLICT when someone saved since). */
function touchGoal(tx: TransactionClient, goalId: string, goalVersion: number): Promise<void> {
  return updateAtVersion(tx.strategyGoal, { id: goalId, version: goalVersion }, {});
}

type IndicatorData = Pick<CreateIndicatorInput, "title" | "translations" | "metric" | "filter" | "sortOrder">;

async function indicatorData(input: IndicatorData): Promise<IndicatorData> {
  return {
    title: input.title,
    translations: keepOtherLanguages(input.translations, await getDefaultContentLanguage()),
    metric: input.metric,
    filter: input.filter,
    sortOrder: input.sortOrder,
  };
}

async function replaceTargets(tx: TransactionClient, indicatorId: string, targets: CreateIndicatorInput["targets"]): Promise<void> {
  await tx.strategyTarget.deleteMany({ where: { indicatorId } });
  if (targets.length > 0) await tx.strategyTarget.createMany({ data: targets.map((row) => ({ indicatorId, year: row.year, target: row.target })) });
}

export async function createIndicator(user: SessionUser | null, input: CreateIndicatorInput): Promise<{ id: string }> {
  requirePermission(user, "strategy:create");
  const data = await indicatorData(input);
  return auditedWrite(user, async (tx, audit) => {
    await touchGoal(tx, input.goalId, input.goalVersion);
    const created = await tx.strategyIndicator.create({ data: { ...data, goalId: input.goalId }, select: { id: true } });
    await replaceTargets(tx, created.id, input.targets);
    await audit({ action: "strategy.indicator.create", entityType: "StrategyIndicator", entityId: created.id, after: { ...data, goalId: input.goalId, targets: input.targets } });
    return created;
  });
}

const indicatorSnapshot = { goalId: true, title: true, translations: true, metric: true, filter: true, sortOrder: true, targets: { select: { year: true, target: true }, orderBy: { year: "asc" } } } as const;

export async function updateIndicator(user: SessionUser | null, input: UpdateIndicatorInput): Promise<{ id: string }> {
  requirePermission(user, "strategy:update");
  const data = await indicatorData(input);
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.strategyIndicator.findUnique({ where: { id: input.id }, select: indicatorSnapshot });
    if (!before) throw new AppError("NOT_FOUND");
    await touchGoal(tx, before.goalId, input.goalVersion);
    await tx.strategyIndicator.update({ where: { id: input.id }, data });
    await replaceTargets(tx, input.id, input.targets);
    // A computed indicator has no hand-entered values: those of its manual past are dropped with it.
    if (input.metric) await tx.strategyActual.deleteMany({ where: { indicatorId: input.id } });
    await audit({ action: "strategy.indicator.update", entityType: "StrategyIndicator", entityId: input.id, before, after: { ...data, goalId: before.goalId, targets: input.targets } });
    return { id: input.id };
  });
}

export async function deleteIndicator(user: SessionUser | null, input: DeleteIndicatorInput): Promise<{ goalId: string }> {
  requirePermission(user, "strategy:delete");
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.strategyIndicator.findUnique({
      where: { id: input.id },
      select: { ...indicatorSnapshot, actuals: { select: { year: true, value: true, evidence: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND");
    await touchGoal(tx, before.goalId, input.goalVersion);
    await tx.strategyIndicator.delete({ where: { id: input.id } });
    await audit({ action: "strategy.indicator.delete", entityType: "StrategyIndicator", entityId: input.id, before });
    return { goalId: before.goalId };
  });
}

/** A hand-entered indicator's value for a year, with its evidence; a computed indicator takes none. */
async function manualIndicator(tx: TransactionClient, indicatorId: string) {
  const indicator = await tx.strategyIndicator.findUnique({ where: { id: indicatorId }, select: { id: true, metric: true } });
  if (!indicator) throw new AppError("NOT_FOUND");
  if (indicator.metric) throw new AppError("VALIDATION", { messageKey: "strategy.validation.computedIndicator" });
  return indicator;
}

export async function saveActual(user: SessionUser | null, input: SaveActualInput): Promise<{ indicatorId: string }> {
  requirePermission(user, "strategy:update");
  const enteredById = user!.id;
  return auditedWrite(user, async (tx, audit) => {
    await manualIndicator(tx, input.indicatorId);
    const where = { indicatorId_year: { indicatorId: input.indicatorId, year: input.year } };
    const before = await tx.strategyActual.findUnique({ where, select: { year: true, value: true, evidence: true } });
    const data = { value: input.value, evidence: input.evidence, enteredById };
    await tx.strategyActual.upsert({ where, create: { indicatorId: input.indicatorId, year: input.year, ...data }, update: data });
    await audit({
      action: "strategy.actual.save",
      entityType: "StrategyIndicator",
      entityId: input.indicatorId,
      before: before ?? undefined,
      after: { year: input.year, value: input.value, evidence: input.evidence },
    });
    return { indicatorId: input.indicatorId };
  });
}

export async function deleteActual(user: SessionUser | null, input: DeleteActualInput): Promise<{ indicatorId: string }> {
  requirePermission(user, "strategy:update");
  return auditedWrite(user, async (tx, audit) => {
    await manualIndicator(tx, input.indicatorId);
    const where = { indicatorId_year: { indicatorId: input.indicatorId, year: input.year } };
    const before = await tx.strategyActual.findUnique({ where, select: { year: true, value: true, evidence: true } });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.strategyActual.delete({ where });
    await audit({ action: "strategy.actual.delete", entityType: "StrategyIndicator", entityId: input.indicatorId, before });
    return { indicatorId: input.indicatorId };
  });
}
