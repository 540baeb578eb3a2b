export const dynamic = "force-dynamic";

/**
 * Liveness: the process answers. Nothing else is checked (not the database): a process that cannot
 * reach the database is not helped by a restart; readiness (/api/health/ready) takes it out of rotation.
 * Public on purpose, like /api/health: it reveals nothing.
 */
export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
