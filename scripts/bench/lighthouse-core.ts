// Lighthouse 13 (mobile, Debian Chromium) over the public pages, via its CLI (which launches Chromium).
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DatasetInfo } from "./generate-dataset";

export const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
export const LIGHTHOUSE_TARGETS: Record<Category, number> = { performance: 90, accessibility: 100, "best-practices": 95, seo: 95 };

export interface LighthouseResult {
  id: string;
  label: string;
  url: string;
  scores?: Record<Category, number>;
  metrics?: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** Audits that cost points, per category (for the findings). */
  failing?: Record<Category, string[]>;
  transferKb?: number;
  scriptKb?: number;
  /** Performance score of every run; the reported run is the median one. */
  performanceRuns?: number[];
  error?: string;
}

/**
 * Runs per page: Lighthouse's own guidance is to report the median of several runs, since a
 * single run's performance score varies by several points with the machine's other work.
 */
export const LIGHTHOUSE_RUNS = 5;

export interface LighthousePage {
  id: string;
  label: string;
  path: string;
}

export function lighthousePages(dataset: Pick<DatasetInfo, "partnerSlug" | "opportunityId">): LighthousePage[] {
  return [
    { id: "directory", label: "Partner directory", path: "/partners" },
    { id: "partner", label: "Partner page", path: `/partners/${dataset.partnerSlug}` },
    { id: "centers", label: "Centers", path: "/centers" },
    { id: "catalogue", label: "Opportunity catalogue", path: "/opportunities" },
    { id: "opportunity", label: "Opportunity page", path: `/opportunities/${dataset.opportunityId}` },
  ];
}

interface AuditItem {
  resourceType?: string;
  transferSize?: number;
  url?: string;
  description?: string;
  sourceLocation?: { url?: string };
  node?: { selector?: string; snippet?: string };
}

/** A few examples of what an audit found (a URL, an element), for the findings. */
function examples(items: AuditItem[] | undefined): string {
  const seen = new Set<string>();
  for (const item of items ?? []) {
    const text = item.node?.snippet ?? item.sourceLocation?.url ?? item.url ?? item.description;
    if (text) seen.add(text.length > 120 ? `${text.slice(0, 117)}…` : text);
    if (seen.size >= 2) break;
  }
  return seen.size === 0 ? "" : ` e.g. ${[...seen].map((s) => `\`${s.replaceAll("`", "'")}\``).join(", ")}`;
}

interface Lhr {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string; numericValue?: number; displayValue?: string; details?: { items?: AuditItem[] } }>;
  runtimeError?: { message: string };
}

function runCli(url: string, outputPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "node_modules/lighthouse/cli/index.js", url, "--quiet", "--output=json", `--output-path=${outputPath}`,
        `--only-categories=${CATEGORIES.join(",")}`, `--chrome-flags=${CHROME_FLAGS}`, "--max-wait-for-load=60000",
      ],
      { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" } },
    );
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}: ${stderr.trim().slice(-500)}`))));
  });
}

function summarise(page: LighthousePage, url: string, lhr: Lhr): LighthouseResult {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
  const failing = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
        .filter(({ audit }) => audit && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
        .map(({ ref, audit }) => `${ref.id}${audit!.displayValue ? ` (${audit!.displayValue})` : ""}${c === "performance" ? "" : examples(audit!.details?.items)}`),
    ]),
  ) as Record<Category, string[]>;
  const n = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0);
  const items = lhr.audits["network-requests"]?.details?.items ?? [];
  const sum = (filter: (t?: string) => boolean) => Math.round(items.filter((i) => filter(i.resourceType)).reduce((s, i) => s + (i.transferSize ?? 0), 0) / 1024);
  return {
    id: page.id,
    label: page.label,
    url,
    scores,
    metrics: { fcp: n("first-contentful-paint"), lcp: n("largest-contentful-paint"), tbt: n("total-blocking-time"), cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0, si: n("speed-index") },
    failing,
    transferKb: sum(() => true),
    scriptKb: sum((t) => t === "Script"),
  };
}

export async function runLighthouse(baseUrl: string, dataset: Pick<DatasetInfo, "partnerSlug" | "opportunityId">, log: (m: string) => void, pages = lighthousePages(dataset)): Promise<LighthouseResult[]> {
  const dir = path.resolve(".data/bench/lighthouse");
  mkdirSync(dir, { recursive: true });
  const results: LighthouseResult[] = [];
  for (const page of pages) {
    const url = baseUrl + page.path;
    const check = await fetch(url, { redirect: "manual", headers: { "accept-language": "en" } }).catch(() => null);
    if (!check || check.status !== 200) {
      results.push({ id: page.id, label: page.label, url, error: `HTTP ${check?.status ?? "unreachable"} (page not built yet?)` });
      log(`lighthouse ${page.id}: skipped (HTTP ${check?.status ?? "unreachable"})`);
      continue;
    }
    try {
      const runs: LighthouseResult[] = [];
      for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
        const output = path.join(dir, `${page.id}-${run}.json`);
        await runCli(url, output);
        const lhr = JSON.parse(readFileSync(output, "utf8")) as Lhr;
        if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
        runs.push(summarise(page, url, lhr));
      }
      const byPerformance = [...runs].sort((a, b) => a.scores!.performance - b.scores!.performance);
      const result = { ...byPerformance[Math.floor(byPerformance.length / 2)]!, performanceRuns: runs.map((r) => r.scores!.performance) };
      results.push(result);
      log(`lighthouse ${page.id}: ${CATEGORIES.map((c) => `${c} ${result.scores![c]}`).join(", ")} (performance runs: ${result.performanceRuns.join(", ")})`);
    } catch (error) {
      results.push({ id: page.id, label: page.label, url, error: String(error instanceof Error ? error.message : error) });
      log(`lighthouse ${page.id}: ${String(error)}`);
    }
  }
  return results;
}

const verdict = (r: LighthouseResult) =>
  r.scores && CATEGORIES.every((c) => r.scores![c] >= LIGHTHOUSE_TARGETS[c]) ? "PASS" : "FAIL";

export function formatLighthouse(results: LighthouseResult[]): string {
  const lines = [
    "### Lighthouse 13 (mobile emulation, simulated throttling, Debian Chromium)",
    "",
    `Each page is run ${LIGHTHOUSE_RUNS} times; the table shows the run with the median performance score (all runs' performance in brackets).`,
    "",
    `Targets: performance ≥ ${LIGHTHOUSE_TARGETS.performance}, accessibility ${LIGHTHOUSE_TARGETS.accessibility}, best practices ≥ ${LIGHTHOUSE_TARGETS["best-practices"]}, SEO ≥ ${LIGHTHOUSE_TARGETS.seo}.`,
    "",
    "| Page | URL | Performance | Accessibility | Best practices | SEO | FCP / LCP ms | TBT ms | CLS | JS kB (transfer) | Result |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of results) {
    const path = new URL(r.url).pathname;
    if (!r.scores) {
      lines.push(`| ${r.label} | \`${path}\` | — | — | — | — | — | — | — | — | not measured: ${r.error} |`);
      continue;
    }
    const s = r.scores;
    const m = r.metrics!;
    lines.push(`| ${r.label} | \`${path}\` | ${s.performance}${r.performanceRuns ? ` (${r.performanceRuns.join(" / ")})` : ""} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} | ${m.fcp} / ${m.lcp} | ${m.tbt} | ${m.cls.toFixed(3)} | ${r.scriptKb} | ${verdict(r)} |`);
  }
  const failing = results.filter((r) => r.failing && Object.values(r.failing).some((list) => list.length > 0));
  if (failing.length > 0) {
    lines.push("", "Audits that cost points:", "");
    for (const r of failing) {
      for (const [category, audits] of Object.entries(r.failing!)) {
        if (audits.length > 0) lines.push(`- ${r.label} — ${category}: ${audits.join(", ")}`);
      }
    }
  }
  return lines.join("\n");
}
