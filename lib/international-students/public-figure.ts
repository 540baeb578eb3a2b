import "server-only";
import { shortLivedCache } from "@/lib/cache/short-lived";
import { db } from "@/lib/db/client";

/**
 * What visitors may know about the institution's international students: how many are enrolled and
 * from which countries, most represented first. Never a person, and not even a count per country
 * (one student from a small country would be a person): only the total and the country codes leave
 * the database. Kept a minute in memory, as the home page is the busiest page.
 */
export interface PublicStudentFigure {
  students: number;
  /** ISO codes, the countries with the most students first. */
  countryCodes: string[];
}

const figureCache = shortLivedCache({ ttlMs: 60_000, maxEntries: 1 });

export function getPublicInternationalStudentFigure(): Promise<PublicStudentFigure> {
  return figureCache.get("figure", async () => {
    const rows = await db.$queryRaw<{ countryCode: string; students: number }[]>`
      SELECT "countryCode", count(*)::int AS students
      FROM "InternationalStudent"
      WHERE status = 'ENROLLED'
      GROUP BY "countryCode"
      ORDER BY students DESC, "countryCode"`;
    return { students: rows.reduce((sum, row) => sum + row.students, 0), countryCodes: rows.map((row) => row.countryCode) };
  });
}

/** After a write: the next visitor sees the new figure. */
export function clearInternationalStudentFigures(): void {
  figureCache.clear();
}
