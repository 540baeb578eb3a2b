import "server-only";
import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with OWASP's baseline cost (19 MiB, 2 passes). `algorithm: 2` is Algorithm.Argon2id:
 * the package exports it as a const enum, which isolated modules cannot import.
 */
const ARGON2ID_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

/** False for a wrong password and for a malformed stored hash (never throws on bad input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Burns the same time as a real check when the account does not exist, so response times do not
 * tell which e-mail addresses have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("no-account-placeholder-password");
  await verifyPassword(await dummyHash, password);
  return false;
}
