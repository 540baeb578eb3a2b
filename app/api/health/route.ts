import { checkHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Public on purpose: load balancers call it. It reveals no data, only reachability and migration names. */
export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
