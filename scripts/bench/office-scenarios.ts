// The scenarios of the office's documents (issues 11 and 13): invitation letters for a 20-person
// delegation through the real server action, timed and with the server's memory before and after
// 200 of them; and an annual report over the dataset's ten years, made by the report job's own
// function, timed and with its peak memory. Bounded in runs and time; each checks its outcome in the
// database and removes what it made (audit entries stay: the audit log is write-once).
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { rssMb, watchMemory, type MemoryGrowth } from "./memory";
import { knob, percentiles, type Percentiles, type ScenarioContext } from "./scenarios";
import { actionId, callAction } from "./server-actions";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Removes stored files (rows, then the files under DATA_DIR/files) once nothing points at them. */
async function removeFiles(admin: pg.Client, dataDir: string, fileIds: string[]): Promise<void> {
  if (fileIds.length === 0) return;
  const files = (await admin.query<{ id: string; storageKey: string }>(`SELECT id::text, "storageKey" FROM "StoredFile" WHERE id = ANY($1::uuid[])`, [fileIds])).rows;
  await admin.query(`DELETE FROM "StoredFile" WHERE id = ANY($1::uuid[])`, [files.map((f) => f.id)]);
  for (const file of files) rmSync(path.join(dataDir, "files", file.storageKey), { force: true });
}

// ---------------------------------------------------------------------------------------------
// Invitation letters

export interface LettersResult {
  kind: "letters";
  server: string;
  guests: number;
  /** Letters timed one after another (BENCH_LETTER_RUNS), after two untimed ones. */
  timed: Percentiles;
  /** Letters made while the memory is watched (BENCH_LETTER_MEMORY_RUNS). */
  memoryRuns: number;
  memory: { beforeMb: number; afterMb: number; settledMb: number; growth: MemoryGrowth };
  stored: number;
  expected: number;
  pdfBytes: number;
  errors: number;
  errorSamples: string[];
  maxP95Ms: number;
  passed: boolean;
}

/**
 * Deletes the delegation's letters and their files (left by an earlier run, or made by this one);
 * answers how many there were and the largest PDF's size.
 */
async function resetLetters(admin: pg.Client, visitId: string, dataDir: string): Promise<{ letters: number; maxBytes: number }> {
  const rows = (
    await admin.query<{ id: string; bytes: number }>(
      `SELECT l."fileId"::text AS id, f."sizeBytes" AS bytes FROM "VisitLetter" l JOIN "StoredFile" f ON f.id = l."fileId" WHERE l."visitId" = $1`,
      [visitId],
    )
  ).rows;
  await admin.query(`DELETE FROM "VisitLetter" WHERE "visitId" = $1`, [visitId]);
  await removeFiles(admin, dataDir, rows.map((r) => r.id));
  return { letters: rows.length, maxBytes: Math.max(0, ...rows.map((r) => r.bytes)) };
}

/**
 * The officer makes invitation letters for the whole delegation of the dataset (20 guests, one page
 * each) through `generateVisitLetterAction`, as the visit's letters page does, in English,
 * Azerbaijani and Russian in turn, one at a time against the single-process server (so every letter
 * lands in the process whose memory is read): two untimed, BENCH_LETTER_RUNS (50) timed, then
 * BENCH_LETTER_MEMORY_RUNS (200) with the server's RSS read before, sampled during, and read again
 * right after and 2 s later. The action answers with the letters page re-rendered, which lists the
 * visit's letters, so they are counted and removed every 10 letters (untimed): every letter costs
 * what one more letter of a real delegation costs. Passes with no error, every letter stored, and
 * p95 ≤ 500 ms.
 */
export async function runLetters(context: ScenarioContext): Promise<LettersResult> {
  const { admin, log } = context;
  const { baseUrl, serverPid, label } = context.single;
  const runs = knob("BENCH_LETTER_RUNS", 50);
  const memoryRuns = knob("BENCH_LETTER_MEMORY_RUNS", 200);
  const maxP95Ms = 500;
  const visitId = context.dataset.delegationVisitId;
  const guests = (await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM "VisitParticipant" WHERE "visitId" = $1`, [visitId])).rows[0]!.n;
  const id = actionId(context.appDir, "lib/visits/letters/actions.ts", "generateVisitLetterAction");
  const page = `/dashboard/visits/${visitId}/letters`;
  await resetLetters(admin, visitId, context.dataDir);
  let stored = 0;
  let pdfBytes = 0;
  const flush = async () => {
    const removed = await resetLetters(admin, visitId, context.dataDir);
    stored += removed.letters;
    pdfBytes = Math.max(pdfBytes, removed.maxBytes);
  };
  log(`letters: ${guests} guests, ${runs} timed + ${memoryRuns} for memory, against ${label}…`);

  const errorSamples: string[] = [];
  let errors = 0;
  const languages = ["en", "az", "ru"] as const;
  let made = 0;
  type Answer = { ok: boolean; data?: { status?: string; missing?: unknown }; messageKey?: string };
  const letter = async (): Promise<number> => {
    const language = languages[made++ % languages.length]!;
    const answer = await callAction<Answer>(baseUrl, page, id, { visitId, participantId: "", language }, context.officerCookie);
    if (answer.status !== 200 || !answer.value?.ok || answer.value.data?.status !== "created") {
      errors++;
      if (errorSamples.length < 5) errorSamples.push(`letter ${made} (${language}): HTTP ${answer.status}, ${JSON.stringify(answer.value ?? null).slice(0, 200)}`);
    }
    return answer.ms;
  };

  for (let i = 0; i < 2; i++) await letter();
  const times: number[] = [];
  for (let i = 0; i < runs && errors < 5; i++) {
    times.push(await letter());
    if (i % 10 === 9) await flush();
  }
  await flush();
  const timed = percentiles(times);

  await sleep(1000);
  const beforeMb = rssMb(serverPid) ?? 0;
  const watch = watchMemory(serverPid);
  for (let i = 0; i < memoryRuns && errors < 5; i++) {
    await letter();
    if (i % 10 === 9) await flush();
  }
  const afterMb = rssMb(serverPid) ?? 0;
  await sleep(2000);
  const settledMb = rssMb(serverPid) ?? 0;
  const growth = watch.stop();
  await flush();

  const expected = made;
  const passed = errors === 0 && stored === expected && timed.p95 <= maxP95Ms;
  log(
    `letters: p50 ${timed.p50.toFixed(0)} ms, p95 ${timed.p95.toFixed(0)} ms, max ${timed.max.toFixed(0)} ms over ${timed.count}; ` +
      `server RSS ${beforeMb.toFixed(0)} → ${afterMb.toFixed(0)} MB after ${memoryRuns} letters (${settledMb.toFixed(0)} MB 2 s later, peak ${growth.peakMb.toFixed(0)} MB); ` +
      `${stored} of ${expected} stored, ${errors} errors`,
  );
  for (const sample of errorSamples) log(`letters:   ${sample}`);
  return {
    kind: "letters",
    server: label,
    guests,
    timed,
    memoryRuns,
    memory: { beforeMb, afterMb, settledMb, growth },
    stored,
    expected,
    pdfBytes,
    errors,
    errorSamples,
    maxP95Ms,
    passed,
  };
}

// ---------------------------------------------------------------------------------------------
// Annual report

export interface ReportResult {
  kind: "report";
  year: number;
  seconds: number;
  rssBeforeMb: number;
  peakMb: number;
  peakMeasuredBy: string;
  pdfBytes: number;
  xlsxBytes: number;
  status: string;
  limitSeconds: number;
  problems: string[];
  passed: boolean;
}

interface WorkerResult {
  reportId: string;
  status: string;
  error: string | null;
  seconds: number;
  rssBeforeMb: number;
  peakMb: number;
  peakMeasuredBy: string;
  pdfBytes: number;
  xlsxBytes: number;
  fileIds: string[];
}

/**
 * The annual report of the dataset's last whole year (its ten years of mobility, agreements,
 * projects, visits, events and international students behind the charts), made by
 * scripts/bench/report-worker.ts: a Node process of its own running the report job's function
 * (lib/reports/generate.ts) against the bench database, as a server's job worker runs it (the bench
 * servers run with jobs off). Passes when the PDF and the workbook are made within
 * BENCH_REPORT_LIMIT_S (10 s); the process's peak memory is reported beside its memory before.
 */
export async function runReport(context: ScenarioContext): Promise<ReportResult> {
  const { admin, log } = context;
  const year = context.dataset.reportYear;
  const limitSeconds = knob("BENCH_REPORT_LIMIT_S", 10);
  const timeoutSeconds = knob("BENCH_REPORT_TIMEOUT_S", 300);
  // The served build's sources when they include the worker, else the working tree's.
  const inBuild = ["scripts/bench/report-worker.ts", "scripts/server-only-hook.mjs"].every((file) => existsSync(path.join(context.appDir, file)));
  const cwd = inBuild ? context.appDir : process.cwd();
  log(`report: the annual report ${year} in a worker process (${path.relative(process.cwd(), cwd) || "."})…`);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/server-only-hook.mjs", "scripts/bench/report-worker.ts", "--year", String(year)], {
      cwd,
      stdio: ["ignore", "pipe", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: context.appDatabaseUrl,
        AUTH_SECRET: context.authSecret,
        DATA_DIR: context.dataDir,
        JOBS_DISABLED: "1",
        LOG_LEVEL: "warn",
      },
    });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutSeconds * 1000);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(text);
      else reject(new Error(`the report worker ended with ${signal ?? `code ${code}`}: ${text.slice(-500)}`));
    });
  });
  const line = output.split("\n").find((l) => l.startsWith("REPORT_RESULT "));
  if (!line) throw new Error(`the report worker printed no result: ${output.slice(-500)}`);
  const result = JSON.parse(line.slice("REPORT_RESULT ".length)) as WorkerResult;

  await admin.query(`DELETE FROM "ActivityReport" WHERE id = $1`, [result.reportId]);
  await removeFiles(admin, context.dataDir, result.fileIds);
  const problems: string[] = [];
  if (result.status !== "DONE") problems.push(`the report ${result.status.toLowerCase()} (log reference ${result.error ?? "—"})`);
  if (result.pdfBytes === 0 || result.xlsxBytes === 0) problems.push("the PDF or the workbook is missing");
  const passed = problems.length === 0 && result.seconds <= limitSeconds;
  log(
    `report: ${result.status} in ${result.seconds.toFixed(1)} s; PDF ${(result.pdfBytes / 1024).toFixed(0)} KB, workbook ${(result.xlsxBytes / 1024).toFixed(0)} KB; ` +
      `RSS ${result.rssBeforeMb.toFixed(0)} MB before, peak ${result.peakMb.toFixed(0)} MB (${result.peakMeasuredBy})`,
  );
  return {
    kind: "report",
    year,
    seconds: result.seconds,
    rssBeforeMb: result.rssBeforeMb,
    peakMb: result.peakMb,
    peakMeasuredBy: result.peakMeasuredBy,
    pdfBytes: result.pdfBytes,
    xlsxBytes: result.xlsxBytes,
    status: result.status,
    limitSeconds,
    problems,
    passed,
  };
}
