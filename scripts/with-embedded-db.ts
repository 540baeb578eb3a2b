// Runs one command with DATABASE_URL pointing at a throw-away embedded PostgreSQL (used by CI for the
// migration drift check, which needs a server for Prisma's shadow database):
//   tsx scripts/with-embedded-db.ts -- <command> [args…]
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

const separator = process.argv.indexOf("--");
const [command, ...args] = process.argv.slice(separator + 1);
if (separator < 0 || !command) throw new Error("usage: with-embedded-db.ts -- <command> [args…]");

const dataDir = ".data/ci-postgres";
rmSync(dataDir, { recursive: true, force: true });
const server = await startEmbeddedPostgres({ dataDir, port: 54332, persistent: false });
await ensureDatabase(server.adminUrl, "drift");
const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: server.urlFor("drift") } });
await server.stop();
process.exit(result.status ?? 1);
