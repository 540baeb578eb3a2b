// npm run db:seed            — seeds the demo into an empty database (DATABASE_URL), else does nothing
// npm run db:seed -- --force — re-applies the demo to a database that already holds data (idempotent upserts)
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { seedDemo, seedDemoIfEmpty } from "./seed-demo";

const { values } = parseArgs({ options: { force: { type: "boolean", default: false } } });
try {
  if (values.force) {
    await seedDemo();
    console.log("Demo data applied.");
  } else {
    const outcome = await seedDemoIfEmpty();
    console.log(outcome === "seeded" ? "Demo data seeded." : "The database already holds data; nothing seeded (use --force to re-apply the demo).");
  }
} finally {
  await db.$disconnect();
}
