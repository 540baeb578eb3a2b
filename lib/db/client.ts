import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  if (!DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start the portal with `npm run demo` or `npm start`, which provide one.");
  }
  const adapter = new PrismaPg({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_MAX,
    // adapter-pg waits forever for a free connection unless told otherwise.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

/**
 * The one Prisma client of the process, created on first use (so `next build` needs no database) and
 * kept on globalThis so dev-server reloads reuse its pool.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

/**
 * Closes the pool (graceful shutdown: lib/db/startup.ts registers it). Creates no client when none was
 * made, and a later query would open a new one, so call it last.
 */
export async function disconnectDatabase(): Promise<void> {
  const instance = globalForPrisma.prisma;
  globalForPrisma.prisma = undefined;
  await instance?.$disconnect();
}

export type { PrismaClient };
export type TransactionClient = Prisma.TransactionClient;
