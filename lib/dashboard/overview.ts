import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { shortLivedCache } from "@/lib/cache/short-lived";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { dayIn } from "@/lib/dates/zoned";
import { loadCharts, type DashboardCharts } from "./charts";
import { loadFigures, type DashboardFigures } from "./figures";
import { periodOf, type DashboardPeriod } from "./period";
import { dashboardScopeOf, scopeKey, type DashboardScope } from "./scope";

/**
 * The figures and charts of a staff dashboard (eight grouped queries), kept one minute per scope
 * and day: every officer shares the office's, every coordinator of a unit the unit's, and a figure
 * is never more than a minute old.
 */

export interface DashboardOverview {
  scope: DashboardScope;
  period: DashboardPeriod;
  figures: DashboardFigures;
  charts: DashboardCharts;
}

const overviewCache = shortLivedCache({ ttlMs: 60_000, maxEntries: 200 });

/** Today in the institution's time zone: a deadline's day is the office's day. */
export async function dashboardPeriod(now: Date = new Date()): Promise<DashboardPeriod> {
  return periodOf(dayIn(now, await getInstitutionTimeZone()));
}

/** The overview for the reader's scope, or null for people without figures (students). */
export async function getDashboardOverview(user: SessionUser | null, now: Date = new Date()): Promise<DashboardOverview | null> {
  const scope = dashboardScopeOf(user);
  if (!scope) return null;
  const period = await dashboardPeriod(now);
  return overviewCache.get(`${scopeKey(scope)}:${period.today}`, async () => {
    const [figures, charts] = await Promise.all([loadFigures(scope, period), loadCharts(scope, period)]);
    return { scope, period, figures, charts };
  });
}
