// Installs the npm dependencies when they are missing or older than package-lock.json, so a fresh clone
// needs only the README's commands. Plain Node with no dependencies: it runs before anything is installed.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const marker = "node_modules/.package-lock.json";
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync("package-lock.json").mtimeMs;
if (stale) {
  // `npm install` rather than `npm ci`: it installs the locked versions too, and npm 11 as configured
  // here writes lock files without other platforms' optional packages, which `npm ci` rejects.
  console.log("Installing dependencies (npm install)…");
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
