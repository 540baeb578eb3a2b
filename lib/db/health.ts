import { env } from "@/lib/env";
import { listPendingMigrations } from "@/lib/db/migrator";

export interface HealthReport {
  status: "ok" | "unavailable";
  database: { reachable: boolean; latencyMs: number | null };
  migrations: { pending: string[] | null };
}

/** Database reachability and pending migrations, for load balancers and operators. */
export async function checkHealth(url = env().DATABASE_URL): Promise<HealthReport> {
  const started = performance.now();
  try {
    if (!url) throw new Error("DATABASE_URL is not set");
    const pending = await listPendingMigrations(url);
    const latencyMs = Math.round(performance.now() - started);
    return {
      status: pending.length === 0 ? "ok" : "unavailable",
      database: { reachable: true, latencyMs },
      migrations: { pending },
    };
  } catch {
    return { status: "unavailable", database: { reachable: false, latencyMs: null }, migrations: { pending: null } };
  }
}
