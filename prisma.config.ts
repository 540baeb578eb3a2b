import { defineConfig } from "prisma/config";

// `env("DATABASE_URL")` would throw when the variable is unset (e.g. `prisma generate` during install),
// so read it directly: the CLI only needs a URL for migrate/db commands.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
