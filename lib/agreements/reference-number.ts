import "server-only";
import type { TransactionClient } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import {
  DEFAULT_REFERENCE_PATTERN,
  formatReference,
  nextSequence,
  referenceMatcher,
  referencePatternProblem,
  usesUnit,
  yearIn,
} from "@/lib/institution/reference-pattern";

/**
 * Reference numbers of new agreements, from the pattern the admin set: the next free number of the
 * year (per unit, when the pattern names the unit). Creates that number agreements take turns (a
 * lock held until their transaction ends), so two at the same moment never read the same next
 * number; a number typed by hand at that moment can still take it, and the unique index then makes
 * the service number that agreement again (see createAgreement).
 */

type Reader = Pick<TransactionClient, "institution" | "$queryRaw">;

interface Numbering {
  pattern: string;
  year: number;
}

async function numbering(client: Reader, now: Date): Promise<Numbering> {
  const row = await client.institution.findUnique({ where: { id: 1 }, select: { agreementReferencePattern: true, timeZone: true } });
  const stored = row?.agreementReferencePattern ?? DEFAULT_REFERENCE_PATTERN;
  // A pattern saved before its rules existed (or by hand in the database) must not stop agreements being created.
  const pattern = referencePatternProblem(stored) === null ? stored : DEFAULT_REFERENCE_PATTERN;
  return { pattern, year: yearIn(row?.timeZone ?? "UTC", now) };
}

/** The references already given from this matcher (compared without case, as the reference check is). */
async function takenReferences(client: Reader, matcher: string): Promise<string[]> {
  const rows = await client.$queryRaw<{ referenceNumber: string }[]>`
    SELECT "referenceNumber" FROM "Agreement" WHERE "referenceNumber" ~* ${matcher}`;
  return rows.map((row) => row.referenceNumber);
}

/** The next reference number for an agreement of this unit, read inside the creating transaction. */
export async function nextReferenceNumber(tx: Reader & Pick<TransactionClient, "$executeRaw">, unitCode: string, now: Date = new Date()): Promise<string> {
  // Released when the transaction commits, once the new number is visible to the next one waiting.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('Agreement.referenceNumber'))`;
  const { pattern, year } = await numbering(tx, now);
  const matcher = referenceMatcher(pattern, { year, unit: unitCode });
  const seq = nextSequence(await takenReferences(tx, matcher), matcher);
  return formatReference(pattern, { year, seq, unit: unitCode });
}

/**
 * What the new-agreement form proposes, per unit it offers (one entry, "*", when the pattern does
 * not name the unit). A proposal, not a reservation: the number is given when the agreement is saved.
 */
export async function proposeReferenceNumbers(units: readonly { id: string; code: string }[], now: Date = new Date()): Promise<Record<string, string>> {
  const { pattern, year } = await numbering(db, now);
  if (!usesUnit(pattern)) {
    const matcher = referenceMatcher(pattern, { year });
    return { "*": formatReference(pattern, { year, seq: nextSequence(await takenReferences(db, matcher), matcher), unit: "" }) };
  }
  // One query for every unit: the year's references of any unit, sorted out per unit below.
  const taken = await takenReferences(db, referenceMatcher(pattern, { year }));
  return Object.fromEntries(
    units.map((unit) => {
      const matcher = referenceMatcher(pattern, { year, unit: unit.code });
      return [unit.id, formatReference(pattern, { year, seq: nextSequence(taken, matcher), unit: unit.code })];
    }),
  );
}
