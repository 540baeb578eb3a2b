import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Test data for integration tests, written through Prisma into the test file's own database.
 * Every value that must be unique gets a random suffix, so factories can be called freely.
 */

function suffix(): string {
  return randomBytes(4).toString("hex");
}

export async function createUnit(overrides: { code?: string; name?: string } = {}): Promise<{ id: string; code: string; name: string }> {
  const code = overrides.code ?? `U${suffix().toUpperCase()}`;
  return db.unit.create({
    data: { code, name: overrides.name ?? `Unit ${code}` },
    select: { id: true, code: true, name: true },
  });
}

export interface CreateUserOptions {
  role?: Role;
  unitId?: string | null;
  /** Sets a password (hashed with argon2id, as sign-in expects). Without it the user has none. */
  password?: string;
  email?: string;
  name?: string;
  /** Defaults to true: a confirmed e-mail address, as after registration or invitation. */
  verified?: boolean;
  disabled?: boolean;
}

export interface TestUser extends SessionUser {
  password: string | undefined;
}

// argon2 is slow on purpose; tests reuse one hash per distinct password.
const hashes = new Map<string, Promise<string>>();

function hashOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

/** A user of the given role (student by default); coordinators get a fresh unit unless one is given. */
export async function createUser(options: CreateUserOptions = {}): Promise<TestUser> {
  const role = options.role ?? "STUDENT";
  const unitId = options.unitId !== undefined ? options.unitId : role === "COORDINATOR" ? (await createUnit()).id : null;
  const id = suffix();
  const user = await db.user.create({
    data: {
      email: options.email?.toLowerCase() ?? `${role.toLowerCase()}-${id}@test.example.edu`,
      name: options.name ?? `${role[0]}${role.slice(1).toLowerCase()} ${id}`,
      role,
      unitId,
      passwordHash: options.password ? await hashOnce(options.password) : null,
      emailVerifiedAt: options.verified === false ? null : new Date(),
      disabledAt: options.disabled ? new Date() : null,
    },
    select: { id: true, email: true, name: true, role: true, unitId: true },
  });
  return { ...user, password: options.password };
}

/** Row counts of every table, to prove a refused request changed nothing. */
export async function countAllRows(): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table_name}"`);
    counts[table_name] = row?.n ?? 0;
  }
  return counts;
}

/** The institution row (id 1) that registration reads its e-mail domain from. */
export async function ensureInstitution(emailDomain = "test.example.edu"): Promise<void> {
  await db.institution.upsert({
    where: { id: 1 },
    create: {
      id: 1,
      name: "Test University",
      shortName: "TU",
      address: "1 Test Street",
      email: `office@${emailDomain}`,
      emailDomain,
      about: { mission: "", objectives: [], functions: [], tasks: [] },
    },
    update: { emailDomain },
  });
}
