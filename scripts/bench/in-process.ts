// Times single functions of the office's documents and dashboards in this process, against a
// database that holds the benchmark dataset (the bench database, or a scratch one made by
// scratch-dataset.ts --keep), without a server or a build: an invitation letter for the dataset's
// 20-guest delegation (generateVisitLetter, as the server action calls it: PDF, stored file, audit
// entry), and the figures and charts of the officer's and the coordinator's dashboards without their
// one-minute cache (what the first request of each minute pays). A quick check before `npm run bench`,
// whose letters scenario measures the same letter through the server. Removes the letters it made.
//
//   DATABASE_URL=… node --import tsx --import ./scripts/server-only-hook.mjs scripts/bench/in-process.ts [--letters 20] [--rounds 3]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { COORDINATOR_EMAIL } from "./cases";
import { readDatasetInfo } from "./generate-dataset";
import { rssMb } from "./memory";
import { percentiles } from "./scenarios";

const { values } = parseArgs({ options: { letters: { type: "string", default: "20" }, rounds: { type: "string", default: "3" } } });
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("Set DATABASE_URL to a database holding the benchmark dataset.");
// Letters are stored like uploads: in a folder of this run, removed at the end.
const dataDir = mkdtempSync(path.join(tmpdir(), "iro-bench-in-process-"));
process.env.DATA_DIR = dataDir;

const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const { db } = await import("@/lib/db/client");
try {
  const dataset = await readDatasetInfo(client);
  if (!dataset) throw new Error("this database holds no benchmark dataset of the current version");
  const staff = async (email: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, role: true, unitId: true } });
    return user;
  };
  const officer = await staff("officer@khazar.org");
  const coordinator = await staff(COORDINATOR_EMAIL);

  // Invitation letters.
  const { generateVisitLetter } = await import("@/lib/visits/letters/service");
  const languages = ["en", "az", "ru"] as const;
  const letters = Number(values.letters);
  const times: number[] = [];
  const before = rssMb(process.pid)!;
  for (let i = 0; i < letters + 2; i++) {
    const started = performance.now();
    const result = await generateVisitLetter(officer, { visitId: dataset.delegationVisitId, participantId: null, language: languages[i % 3]! });
    if (result.status !== "created") throw new Error(`letter ${i + 1}: ${JSON.stringify(result)}`);
    if (i >= 2) times.push(performance.now() - started);
  }
  const letterTimes = percentiles(times);
  console.log(
    `Invitation letter, ${dataset.delegationVisitId} (20 guests), ${letterTimes.count} after 2 untimed: p50 ${letterTimes.p50.toFixed(0)} ms, ` +
      `p95 ${letterTimes.p95.toFixed(0)} ms, max ${letterTimes.max.toFixed(0)} ms; RSS ${before.toFixed(0)} → ${rssMb(process.pid)!.toFixed(0)} MB`,
  );
  const made = await client.query<{ fileId: string }>(`DELETE FROM "VisitLetter" WHERE "visitId" = $1 RETURNING "fileId"::text AS "fileId"`, [dataset.delegationVisitId]);
  await client.query(`DELETE FROM "StoredFile" WHERE id = ANY($1::uuid[])`, [made.rows.map((r) => r.fileId)]);

  // Dashboard figures and charts, uncached.
  const { dashboardScopeOf } = await import("@/lib/dashboard/scope");
  const { dashboardPeriod } = await import("@/lib/dashboard/overview");
  const { loadFigures } = await import("@/lib/dashboard/figures");
  const { loadCharts } = await import("@/lib/dashboard/charts");
  const period = await dashboardPeriod();
  for (const [who, user] of [["officer", officer], ["coordinator", coordinator]] as const) {
    const scope = dashboardScopeOf(user);
    if (!scope) throw new Error(`the ${who} has no dashboard figures`);
    const rounds: number[] = [];
    for (let i = 0; i < Number(values.rounds); i++) {
      const started = performance.now();
      await Promise.all([loadFigures(scope, period), loadCharts(scope, period)]);
      rounds.push(performance.now() - started);
    }
    console.log(`Dashboard figures and charts of the ${who} (${scope.kind}), uncached: ${rounds.map((ms) => `${ms.toFixed(0)} ms`).join(", ")}`);
  }
} finally {
  await db.$disconnect();
  await client.end();
  rmSync(dataDir, { recursive: true, force: true });
}
