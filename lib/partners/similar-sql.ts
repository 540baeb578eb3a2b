import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * How alike two partner names are, in SQL. Words every institution name has ("University of",
 * "Institute", "State"…) are dropped first: compared whole, "University of Agder" and "Fjord Coast
 * University" look 30% alike, while "Heidelberg University" and "Ruprecht-Karls-Universität
 * Heidelberg" look less alike than that. The score is the best of pg_trgm's similarity and its word
 * similarity in both directions (one name contained in the other: "TU Munich").
 */

const GENERIC_WORDS =
  "\\m(universit\\w*|univ|of|the|and|at|in|de|di|da|do|du|des|del|la|le|les|der|die|das|fur|für|und|et|y|" +
  "institute|institut\\w*|college|school|state|national|academy|akademi\\w*|polytechnic|faculty)\\M\\.?";

export const SIMILAR_NAME_THRESHOLD = 0.4;

function core(name: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`btrim(regexp_replace(regexp_replace(lower(${name}), ${GENERIC_WORDS}, ' ', 'g'), ${"\\s+"}, ' ', 'g'))`;
}

export function nameSimilarity(a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql {
  const coreA = core(a);
  const coreB = core(b);
  return Prisma.sql`greatest(similarity(${coreA}, ${coreB}), word_similarity(${coreA}, ${coreB}), word_similarity(${coreB}, ${coreA}),
    CASE WHEN lower(${a}) = lower(${b}) THEN 1 ELSE 0 END)`;
}
