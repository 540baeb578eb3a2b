import { checkReadiness } from "@/lib/db/readiness";

export const dynamic = "force-dynamic";

/**
 * Readiness: 200 when this process should get requests (database reachable through its pool,
 * migrations applied, not stopping), 503 otherwise (lib/db/readiness.ts). Public on purpose: load
 * balancers call it. It reveals no data, only reachability and migration names.
 */
export async function GET(): Promise<Response> {
  const report = await checkReadiness();
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
