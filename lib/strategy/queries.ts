import "server-only";
import type { AppLocale } from "@/i18n/config";
import type { SessionUser } from "@/lib/auth/current-user";
import { dashboardScopeOf } from "@/lib/dashboard/scope";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { dayIn } from "@/lib/dates/zoned";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, scopeWhere } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { loadStrategyProgress, type StrategyProgress } from "./progress";

/**
 * Reads of the strategy. Every staff member reads it; the figures follow the reports permission,
 * as the dashboard's do: the office counts the whole institution, a coordinator their unit's share
 * of each computed indicator (their unit is named on the page).
 */

export interface StrategyOverview extends StrategyProgress {
  /** The unit whose share the computed indicators show; null for the whole institution. */
  unit: { id: string; name: string; translations: unknown } | null;
}

export async function getStrategyOverview(user: SessionUser | null, locale: AppLocale, now: Date = new Date()): Promise<StrategyOverview> {
  requirePermission(user, "strategy:read");
  const scope = dashboardScopeOf(user);
  const [timeZone, defaultLanguage] = await Promise.all([getInstitutionTimeZone(), getDefaultContentLanguage()]);
  const unitId = scope?.kind === "unit" ? scope.unitId : null;
  const [progress, unit] = await Promise.all([
    loadStrategyProgress({ asOf: dayIn(now, timeZone), unitId, withFigures: scope !== null, language: locale, defaultLanguage, timeZone }),
    unitId ? db.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, translations: true } }) : null,
  ]);
  return { ...progress, unit };
}

const goalSelect = {
  id: true,
  title: true,
  description: true,
  translations: true,
  sortOrder: true,
  version: true,
  indicators: {
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
    select: { id: true, title: true, metric: true, _count: { select: { targets: true, actuals: true } } },
  },
} satisfies Prisma.StrategyGoalSelect;

export type GoalRecord = Prisma.StrategyGoalGetPayload<{ select: typeof goalSelect }>;

/** A goal for its edit page, or null. */
export async function getGoal(user: SessionUser | null, id: string): Promise<GoalRecord | null> {
  requirePermission(user, "strategy:update");
  return db.strategyGoal.findFirst({ where: { AND: [scopeWhere(user, "strategy:update"), { id }] }, select: goalSelect });
}

const indicatorSelect = {
  id: true,
  title: true,
  translations: true,
  metric: true,
  filter: true,
  sortOrder: true,
  targets: { orderBy: { year: "asc" }, select: { year: true, target: true } },
  actuals: { orderBy: { year: "asc" }, select: { year: true, value: true, evidence: true, updatedAt: true, enteredBy: { select: { name: true } } } },
  goal: { select: { id: true, title: true, version: true } },
} satisfies Prisma.StrategyIndicatorSelect;

export type IndicatorRecord = Prisma.StrategyIndicatorGetPayload<{ select: typeof indicatorSelect }>;

/** An indicator for its edit page (with its targets and hand-entered values), or null. */
export async function getIndicator(user: SessionUser | null, id: string): Promise<IndicatorRecord | null> {
  requirePermission(user, "strategy:update");
  return db.strategyIndicator.findFirst({ where: { id, goal: scopeWhere(user, "strategy:update") }, select: indicatorSelect });
}
