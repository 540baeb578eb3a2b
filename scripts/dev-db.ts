// Starts the embedded PostgreSQL used for authoring migrations and prints its URL; stays up until Ctrl+C.
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

const server = await startEmbeddedPostgres({ dataDir: ".data/postgres", port: 54329, persistent: true });
await ensureDatabase(server.adminUrl, "iro");
console.log(`DATABASE_URL=${server.urlFor("iro")}`);
process.on("SIGINT", () => void server.stop().then(() => process.exit(0)));
process.on("SIGTERM", () => void server.stop().then(() => process.exit(0)));
setInterval(() => {}, 1 << 30);
