import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import { SETUP_PATH } from "./state";
import { prepareSetupToken } from "./token";

/** The setup page's address with its token, as printed at start. */
export function setupAddress(token: string): string {
  const address = new URL(SETUP_PATH, env().APP_URL);
  address.searchParams.set("token", token);
  return address.toString();
}

/**
 * At start, while no admin exists: makes sure a setup token exists and prints the setup address
 * with it. Every server process agrees on the token (token.ts); only one per machine prints it (the
 * first worker of a cluster, scripts/cluster.mjs, or the only process).
 */
export async function announceSetupIfNeeded(): Promise<void> {
  const token = await prepareSetupToken();
  if (!token) return;
  const worker = process.env.PORTAL_WORKER;
  if (worker !== undefined && worker !== "1") return;
  const address = setupAddress(token);
  logger.warn({ setupAddress: address }, "no admin account yet: open the setup address to create the institution and its first admin");
  console.log(`\nFirst run: no admin account exists yet. Set the portal up at\n\n  ${address}\n\nThe address works once and only until the first admin is created.\n`);
}
