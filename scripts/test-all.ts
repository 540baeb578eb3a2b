// Runs every test tier in order — unit, integration (real PostgreSQL), fuzz (generated hostile input
// against every endpoint, real PostgreSQL), end-to-end (real Chromium) —
// and prints one closing line with the totals. Exits non-zero if any tier fails.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { buildIfStale } from "./build-if-stale";

interface Tier {
  name: string;
  command: string[];
  report: string;
  count: (report: string) => { passed: number; failed: number; skipped: number };
}

function vitestCount(file: string) {
  const json = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
}

function playwrightCount(file: string) {
  const json = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: json.stats.expected, failed: json.stats.unexpected + json.stats.flaky, skipped: json.stats.skipped };
}

const vitest = (project: string): string[] => [
  "npx", "vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=test-results/${project}.json`,
];

const tiers: Tier[] = [
  { name: "unit", command: vitest("unit"), report: "test-results/unit.json", count: vitestCount },
  { name: "integration", command: vitest("integration"), report: "test-results/integration.json", count: vitestCount },
  { name: "fuzz", command: vitest("fuzz"), report: "test-results/fuzz.json", count: vitestCount },
  { name: "e2e", command: ["npx", "playwright", "test"], report: "test-results/e2e.json", count: playwrightCount },
];

// `test-all.ts e2e tests/e2e/x.spec.ts` runs one tier, passing the rest to its runner.
const [only, ...extraArgs] = process.argv.slice(2);
mkdirSync("test-results", { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedTiers = 0;

for (const tier of tiers.filter((t) => !only || t.name === only)) {
  const started = Date.now();
  console.log(`\n━━━ ${tier.name} tests ━━━`);
  rmSync(tier.report, { force: true });
  // The production build comes before the integration tier when everything runs: its multi-process
  // server test (tests/integration/server-cluster.test.ts) starts the real build, and e2e needs it anyway.
  if (tier.name === "integration" && !only) buildIfStale();
  if (tier.name === "e2e") {
    if (!existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) {
      console.error("Chromium is missing: install it with `apt-get install -y chromium` (see README).");
      process.exit(1);
    }
    buildIfStale();
    rmSync(".data/e2e", { recursive: true, force: true });
  }
  const [cmd, ...args] = [...tier.command, ...extraArgs];
  const result = spawnSync(cmd!, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const counts = existsSync(tier.report) ? tier.count(tier.report) : { passed: 0, failed: 1, skipped: 0 };
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (result.status !== 0) failedTiers++;
  console.log(`${tier.name}: ${counts.passed} passed, ${counts.failed} failed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

console.log(`\nAll tiers: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedTiers > 0 ? 1 : 0);
