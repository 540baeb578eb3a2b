// Makes one annual activity report the way the server's background job does (lib/reports/queue.ts:
// a QUEUED row, claimed, then generateReport), in a process of its own so that its time and memory are
// the report's alone: the benchmark's servers run with background jobs off (JOBS_DISABLED=1), so the
// report scenario (scripts/bench/office-scenarios.ts) starts this instead. Prints one line
// `REPORT_RESULT {json}` with the time, the process's resident memory before and at its peak, and the
// files made; the caller removes the report and its files.
//
//   DATABASE_URL=… DATA_DIR=… node --import tsx --import ./scripts/server-only-hook.mjs scripts/bench/report-worker.ts --year 2025 [--language en]
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    year: { type: "string" },
    language: { type: "string", default: "en" },
    "user-email": { type: "string", default: "officer@khazar.org" },
  },
});
const year = Number(values.year);
if (!Number.isInteger(year)) throw new Error("--year is required (the calendar year of the annual report)");

/** VmRSS and VmHWM (the peak since the last reset) of this process, in MB. */
function memoryMb(): { rss: number; peak: number } {
  const status = readFileSync("/proc/self/status", "utf8");
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) / 1024;
  return { rss: field("VmRSS"), peak: field("VmHWM") };
}

/** Resets the peak (VmHWM) to the current resident size (Linux ≥ 4.0); false where not allowed. */
function resetPeak(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

const { db } = await import("@/lib/db/client");
const { claimReport } = await import("@/lib/reports/queue");
const { generateReport } = await import("@/lib/reports/generate");
try {
  const user = await db.user.findUniqueOrThrow({ where: { email: values["user-email"] }, select: { id: true } });
  // As requestReport() stores a request (without its audit entry: the benchmark asks, not a person).
  const report = await db.activityReport.create({
    data: { kind: "ANNUAL", periodStart: new Date(`${year}-01-01T00:00:00Z`), periodEnd: new Date(`${year}-12-31T00:00:00Z`), language: values.language!, createdById: user.id },
    select: { id: true },
  });
  const claimed = await claimReport(report.id);
  if (claimed !== report.id) throw new Error("the report could not be claimed");

  // Sampled too, in case the peak cannot be reset here (then VmHWM includes the imports).
  const peakReset = resetPeak();
  const before = memoryMb();
  let sampledPeak = before.rss;
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, memoryMb().rss)), 20);
  const started = performance.now();
  const status = await generateReport(report.id);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const after = memoryMb();

  const made = await db.activityReport.findUniqueOrThrow({
    where: { id: report.id },
    select: { status: true, error: true, pdfFile: { select: { id: true, sizeBytes: true } }, xlsxFile: { select: { id: true, sizeBytes: true } } },
  });
  const result = {
    reportId: report.id,
    status,
    error: made.error,
    seconds,
    rssBeforeMb: before.rss,
    rssAfterMb: after.rss,
    peakMb: peakReset ? Math.max(after.peak, sampledPeak) : sampledPeak,
    peakMeasuredBy: peakReset ? "VmHWM (reset before the report)" : "VmRSS sampled every 20 ms",
    pdfBytes: made.pdfFile?.sizeBytes ?? 0,
    xlsxBytes: made.xlsxFile?.sizeBytes ?? 0,
    fileIds: [made.pdfFile?.id, made.xlsxFile?.id].filter((id): id is string => Boolean(id)),
  };
  console.log(`REPORT_RESULT ${JSON.stringify(result)}`);
} finally {
  await db.$disconnect();
}
