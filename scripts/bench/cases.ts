// What the benchmark measures: one entry per page, with its URL (built from the generated dataset),
// whether it needs the staff session, what its HTML must contain, and its target.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import type { DatasetInfo } from "./generate-dataset";

export type Target =
  | { kind: "floor" }
  | { kind: "info" }
  | { kind: "ratio"; min: number; label: string }
  | { kind: "p99"; maxMs: number; label: string };

export interface BenchCase {
  id: string;
  label: string;
  path: string;
  /** Route file that must exist for the case to run (pages built by other engineers may not exist yet). */
  route: string;
  staff: boolean;
  /** Whose staff session (default the officer's): the coordinator's dashboard is their unit's. */
  session?: "officer" | "coordinator";
  target: Target;
  /** The HTML must contain at least one of these strings (e.g. names the page must list). */
  expectAny: string[];
  /**
   * Many different URLs of the same page (each with its own expected texts), cycled through so that
   * nearly every request misses any result cache: the uncached cost of a search.
   */
  variants?: { path: string; expectAny: string[] }[];
  /**
   * Send a cookie that the public page micro-cache (scripts/public-page-cache.mjs) does not know, so
   * every request is rendered: the page's own cost, beside what visitors get from the cache.
   */
  bypassPageCache?: boolean;
  /**
   * Which server answers: the single process (default, every row's reference) or the same build with
   * one process per core, as `npm start` runs by default (BENCH_WORKERS overrides the count).
   */
  server?: "all-cores";
}

/** The same public page measured again with the page cache bypassed (see BenchCase.bypassPageCache). */
function rendered(benchCase: BenchCase): BenchCase {
  return { ...benchCase, id: `${benchCase.id}-rendered`, label: `${benchCase.label} — rendered (page cache bypassed)`, target: { kind: "info" }, bypassPageCache: true };
}

const VARIANTS = 600;

/** Query-count target for every page ("a handful", no N+1). */
export const MAX_QUERIES = 6;

// Text searches the way a visitor types them: a word prefix of a common name part.
const DIRECTORY_SEARCH = { q: "technical", region: "EUROPE", kind: "UNIVERSITY" };
const CATALOGUE_SEARCH = { q: "engineering", country: "DE", level: "MASTER" };

async function names(client: pg.Client, sql: string, params: unknown[] = []): Promise<string[]> {
  return (await client.query<{ name: string }>(sql, params)).rows.map((r) => r.name);
}

/** The coordinator whose dashboard is measured (a demo account, bound to a unit). */
export const COORDINATOR_EMAIL = "coordinator@khazar.org";

/** An English message of the served build, with its `{name}` arguments filled in ("" when the key is gone). */
function message(appDir: string, namespace: string, key: string, values: Record<string, string> = {}): string {
  const file = path.join(appDir, "messages/en", `${namespace}.json`);
  if (!existsSync(file)) return "";
  let node: unknown = JSON.parse(readFileSync(file, "utf8"));
  for (const part of key.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== "string") return "";
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * The staff pages of the office's records (issues 11, 12 and 13): visits, the calendar, projects,
 * grant calls, international students and the dashboards of an officer and a coordinator, each
 * measured beside the floor with the staff pages' targets.
 */
async function officeCases(client: pg.Client, dataset: DatasetInfo, appDir: string): Promise<BenchCase[]> {
  const staffTarget: Target = { kind: "p99", maxMs: 300, label: "p99 ≤ 300 ms" };
  const one = async (sql: string, params: unknown[] = []) => (await names(client, sql, params))[0] ?? "";
  const visit = await one(`SELECT title AS name FROM "Visit" WHERE id = $1`, [dataset.delegationVisitId]);
  const project = await one(`SELECT title AS name FROM "Project" WHERE id = $1`, [dataset.projectId]);
  const unit = await one(`SELECT u.name FROM "User" c JOIN "Unit" u ON u.id = c."unitId" WHERE c.email = $1`, [COORDINATOR_EMAIL]);
  const month = dataset.calendarDay.slice(0, 7);
  const counts = (await client.query<{ guests: number; agenda: number; activities: number; lines: number; expenses: number }>(
    `SELECT (SELECT count(*)::int FROM "VisitParticipant" WHERE "visitId" = $1) AS guests, (SELECT count(*)::int FROM "VisitAgendaItem" WHERE "visitId" = $1) AS agenda,
            (SELECT count(*)::int FROM "ProjectActivity" WHERE "projectId" = $2) AS activities, (SELECT count(*)::int FROM "BudgetLine" WHERE "projectId" = $2) AS lines,
            (SELECT count(*)::int FROM "Expense" WHERE "projectId" = $2) AS expenses`,
    [dataset.delegationVisitId, dataset.projectId],
  )).rows[0]!;
  const visits = "app/(dashboard)/dashboard/visits";
  const projects = "app/(dashboard)/dashboard/projects";
  return [
    {
      id: "visits", label: "Staff visits list, first page", path: "/dashboard/visits", route: `${visits}/page.tsx`, staff: true, target: staffTarget,
      expectAny: await names(client, `SELECT title AS name FROM "Visit" ORDER BY "startDate" DESC, title LIMIT 25`),
    },
    {
      id: "visit", label: `Visit page (delegation: ${counts.guests} guests, ${counts.agenda} agenda items)`, path: `/dashboard/visits/${dataset.delegationVisitId}`,
      route: `${visits}/[id]/page.tsx`, staff: true, target: staffTarget, expectAny: [visit],
    },
    {
      id: "calendar", label: `Staff calendar, month view (${month})`, path: `/dashboard/visits/calendar?view=month&date=${dataset.calendarDay}`,
      route: `${visits}/calendar/page.tsx`, staff: true, target: staffTarget,
      expectAny: await names(client, `SELECT title AS name FROM "Visit" WHERE status <> 'CANCELLED' AND "startDate" <= ($1::date + interval '1 month' - interval '1 day') AND "endDate" >= $1::date`, [`${month}-01`]),
    },
    {
      id: "projects", label: "Staff projects list, first page", path: "/dashboard/projects", route: `${projects}/page.tsx`, staff: true, target: staffTarget,
      expectAny: await names(client, `SELECT title AS name FROM "Project" ORDER BY "startDate" DESC LIMIT 25`),
    },
    {
      id: "project-plan", label: `Project work plan with timeline (${counts.activities} activities)`, path: `/dashboard/projects/${dataset.projectId}/work-plan`,
      route: `${projects}/[id]/work-plan/page.tsx`, staff: true, target: staffTarget, expectAny: [project],
    },
    {
      id: "project-budget", label: `Project budget (${counts.lines} lines, ${counts.expenses} expenses)`, path: `/dashboard/projects/${dataset.projectId}/budget`,
      route: `${projects}/[id]/budget/page.tsx`, staff: true, target: staffTarget, expectAny: [project],
    },
    {
      id: "grant-calls", label: "Staff grant calls list, first page", path: "/dashboard/grant-calls", route: "app/(dashboard)/dashboard/grant-calls/page.tsx", staff: true,
      target: staffTarget,
      // The list opens on the calls still open, the nearest deadline first.
      expectAny: await names(client, `SELECT title AS name FROM "GrantCall" WHERE deadline >= now() ORDER BY deadline LIMIT 100`),
    },
    {
      id: "dashboard-officer", label: "Officer's dashboard", path: "/dashboard", route: "app/(dashboard)/dashboard/page.tsx", staff: true, target: staffTarget,
      expectAny: [message(appDir, "dashboard", "figures.heading")].filter(Boolean),
    },
    {
      id: "dashboard-coordinator", label: `Coordinator's dashboard (${unit})`, path: "/dashboard", route: "app/(dashboard)/dashboard/page.tsx", staff: true,
      session: "coordinator", target: staffTarget, expectAny: [message(appDir, "dashboard", "figures.unitHeading", { unit })].filter(Boolean),
    },
    {
      id: "international-students", label: "International students list, first page", path: "/dashboard/international-students",
      route: "app/(dashboard)/dashboard/international-students/page.tsx", staff: true, target: staffTarget,
      expectAny: await names(client, `SELECT DISTINCT "fullName" AS name FROM "InternationalStudent" ORDER BY 1 LIMIT 200`),
    },
  ];
}

export async function buildCases(client: pg.Client, dataset: DatasetInfo, appDir: string): Promise<BenchCase[]> {
  const publicPartners = `SELECT name FROM "Partner" WHERE "isPublic" AND "archivedAt" IS NULL AND name ~ '^[A-Za-z .()-]+$'`;
  const partner = (await client.query<{ name: string }>(`SELECT name FROM "Partner" WHERE slug = $1`, [dataset.partnerSlug])).rows[0]!;
  const opportunity = (await client.query<{ title: string }>(`SELECT title FROM "Opportunity" WHERE id = $1`, [dataset.opportunityId])).rows[0]!;
  const queue = (await client.query<{ title: string }>(`SELECT title FROM "Opportunity" WHERE id = $1`, [dataset.queueOpportunityId])).rows[0]!;
  const queueStudents = await names(client, `SELECT u.name FROM "Application" a JOIN "User" u ON u.id = a."studentId" WHERE a."opportunityId" = $1`, [dataset.queueOpportunityId]);
  const openTitles = `SELECT title AS name FROM "Opportunity" WHERE status = 'PUBLISHED' AND "closesAt" > now()`;

  const dq = new URLSearchParams(DIRECTORY_SEARCH).toString();
  const cq = new URLSearchParams(CATALOGUE_SEARCH).toString();

  // Varied directory searches: a partner's city word + its kind + its region, so each matches something.
  const directoryVariants = (
    await client.query<{ q: string; kind: string; region: string }>(
      `SELECT DISTINCT ON (lower(split_part(p.city, ' ', 1)), p.kind, c.region) lower(split_part(p.city, ' ', 1)) AS q, p.kind::text AS kind, c.region::text AS region
       FROM "Partner" p JOIN "Country" c ON c.code = p."countryCode"
       WHERE p."isPublic" AND p."archivedAt" IS NULL AND p.city ~ '^[A-Za-z]{4,}'
       ORDER BY lower(split_part(p.city, ' ', 1)), p.kind, c.region, p.slug`,
    )
  ).rows;
  const catalogueVariants = (
    await client.query<{ q: string; country: string }>(
      `SELECT DISTINCT lower(split_part(o.title, ' ', 5)) AS q, pa."countryCode" AS country
       FROM "Opportunity" o JOIN "Partner" pa ON pa.id = o."partnerId"
       WHERE o.status = 'PUBLISHED' AND o."closesAt" > now() AND split_part(o.title, ' ', 5) ~ '^[A-Za-z]{4,}$'
       ORDER BY 1, 2`,
    )
  ).rows;
  const shuffle = <T,>(items: T[]) => items
    .map((item, index) => ({ item, key: (index * 2654435761) % 4294967296 }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item)
    .slice(0, VARIANTS);
  const directoryVariantCases = async () =>
    Promise.all(
      shuffle(directoryVariants).map(async (v) => ({
        path: `/partners?${new URLSearchParams(v).toString()}`,
        expectAny: await names(client, `SELECT p.name FROM "Partner" p JOIN "Country" c ON c.code = p."countryCode"
          WHERE p."isPublic" AND p."archivedAt" IS NULL AND p.kind::text = $1 AND c.region::text = $2 AND (p.name || ' ' || coalesce(p.city, '') || ' ' || p.description) ILIKE $3`,
          [v.kind, v.region, `%${v.q}%`]),
      })),
    );
  const catalogueVariantCases = async () =>
    Promise.all(
      shuffle(catalogueVariants).map(async (v) => ({
        path: `/opportunities?${new URLSearchParams(v).toString()}`,
        expectAny: await names(client, `SELECT o.title AS name FROM "Opportunity" o JOIN "Partner" p ON p.id = o."partnerId"
          WHERE o.status = 'PUBLISHED' AND p."countryCode" = $1 AND (o.title || ' ' || o.description) ILIKE $2`, [v.country, `%${v.q}%`]),
      })),
    );
  const directoryVaried = await directoryVariantCases();
  const catalogueVaried = await catalogueVariantCases();
  const cases: BenchCase[] = [
    { id: "floor", label: "Floor (minimal dynamic page)", path: "/floor", route: "app/floor/page.tsx", staff: false, target: { kind: "floor" }, expectAny: ["Benchmark floor"] },
    { id: "home", label: "Home page (public shell, reference)", path: "/", route: "app/(public)/page.tsx", staff: false, target: { kind: "info" }, expectAny: ["Khazar University"] },
    {
      id: "directory", label: "Partner directory, first page", path: "/partners", route: "app/(public)/partners/page.tsx", staff: false,
      target: { kind: "ratio", min: 0.7, label: "≥ 70% of floor req/s" }, expectAny: await names(client, publicPartners),
    },
    {
      id: "directory-search", label: `Directory: filtered + text search`, path: `/partners?${dq}`, route: "app/(public)/partners/page.tsx", staff: false,
      target: { kind: "p99", maxMs: 150, label: "p99 ≤ 150 ms" },
      expectAny: await names(client, `SELECT p.name FROM "Partner" p JOIN "Country" c ON c.code = p."countryCode"
        WHERE p."isPublic" AND p."archivedAt" IS NULL AND p.kind = $1 AND c.region = $2 AND p.name ILIKE $3`,
        [DIRECTORY_SEARCH.kind, DIRECTORY_SEARCH.region, `%${DIRECTORY_SEARCH.q}%`]),
    },
    {
      id: "directory-search-varied", label: `Directory: ${directoryVaried.length} different searches (uncached)`, path: "/partners?q=<city>&kind=<kind>&region=<region>",
      route: "app/(public)/partners/page.tsx", staff: false, target: { kind: "info" }, expectAny: [], variants: directoryVaried, bypassPageCache: true,
    },
    {
      id: "partner", label: "Partner page", path: `/partners/${dataset.partnerSlug}`, route: "app/(public)/partners/[slug]/page.tsx", staff: false,
      target: { kind: "info" }, expectAny: [partner.name],
    },
    {
      id: "agreements", label: "Staff agreements list, filtered", path: "/dashboard/agreements?status=ACTIVE", route: "app/(dashboard)/dashboard/agreements/page.tsx", staff: true,
      target: { kind: "p99", maxMs: 300, label: "p99 ≤ 300 ms" }, expectAny: ["BENCH-", "KU-IRO-"],
    },
    {
      id: "catalogue", label: "Opportunity catalogue, first page", path: "/opportunities", route: "app/(public)/opportunities/page.tsx", staff: false,
      target: { kind: "ratio", min: 0.7, label: "≥ 70% of floor req/s" }, expectAny: await names(client, openTitles),
    },
    {
      id: "catalogue-search", label: "Catalogue: filtered + text search", path: `/opportunities?${cq}`, route: "app/(public)/opportunities/page.tsx", staff: false,
      target: { kind: "p99", maxMs: 150, label: "p99 ≤ 150 ms" },
      expectAny: await names(client, `SELECT o.title AS name FROM "Opportunity" o JOIN "Partner" p ON p.id = o."partnerId"
        WHERE o.status = 'PUBLISHED' AND p."countryCode" = $1 AND (o.title || ' ' || o.description) ILIKE $2`,
        [CATALOGUE_SEARCH.country, `%${CATALOGUE_SEARCH.q}%`]),
    },
    {
      id: "catalogue-search-varied", label: `Catalogue: ${catalogueVaried.length} different searches (uncached)`, path: "/opportunities?q=<topic>&country=<country>",
      route: "app/(public)/opportunities/page.tsx", staff: false, target: { kind: "info" }, expectAny: [], variants: catalogueVaried, bypassPageCache: true,
    },
    {
      id: "opportunity", label: "Opportunity page", path: `/opportunities/${dataset.opportunityId}`, route: "app/(public)/opportunities/[id]/page.tsx", staff: false,
      target: { kind: "info" }, expectAny: [opportunity.title],
    },
    {
      id: "queue", label: "Reviewer queue (500 applications)", path: `/dashboard/opportunities/${dataset.queueOpportunityId}/applications`,
      route: "app/(dashboard)/dashboard/opportunities/[id]/applications/page.tsx", staff: true,
      target: { kind: "p99", maxMs: 300, label: "p99 ≤ 300 ms" }, expectAny: [queue.title, ...queueStudents],
    },
    ...(await officeCases(client, dataset, appDir)),
  ];
  // Every cacheable public page also rendered each time, right after its cached run.
  const renderedToo = new Set(["directory", "directory-search", "partner", "catalogue", "catalogue-search", "opportunity"]);
  // The floor and the two heaviest staff pages again, served by every core: one instance against all, same run.
  const allCoresToo = ["floor", "agreements", "queue"];
  const onAllCores = allCoresToo.map((id) => {
    const benchCase = cases.find((c) => c.id === id)!;
    const target: Target = benchCase.target.kind === "floor" ? { kind: "info" } : benchCase.target;
    return { ...benchCase, id: `${id}-all-cores`, label: `${benchCase.label} — all cores`, target, server: "all-cores" as const };
  });
  return [...cases.flatMap((benchCase) => (renderedToo.has(benchCase.id) ? [benchCase, rendered(benchCase)] : [benchCase])), ...onAllCores];
}

export function routeExists(benchCase: BenchCase, appDir: string): boolean {
  return existsSync(path.join(appDir, benchCase.route));
}
