import { checkReadiness } from "@/lib/db/readiness";

export const dynamic = "force-dynamic";

/**
 * The readiness check under its first address, kept for the load balancers and scripts that use it:
 * the same answer as /api/health/ready (200 or 503; see lib/db/readiness.ts). Public on purpose.
 */
export async function GET(): Promise<Response> {
  const report = await checkReadiness();
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
