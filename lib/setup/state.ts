import "server-only";
import { adminExists } from "./token";

/** The first-run setup page's address. */
export const SETUP_PATH = "/setup";

/**
 * Once an admin exists the portal is set up for good (the setup never reopens), so the answer is
 * kept in memory from then on: the public layout asks on every request, and after the first "yes"
 * it costs nothing. Until then each request asks the database (one cheap count), so a setup
 * completed through another process or instance is seen at once.
 */
let setupDone = false;

export async function isSetupNeeded(): Promise<boolean> {
  if (setupDone) return false;
  if (await adminExists()) setupDone = true;
  return !setupDone;
}

/** Called by the setup itself, so this process stops asking at once. */
export function markSetupDone(): void {
  setupDone = true;
}
