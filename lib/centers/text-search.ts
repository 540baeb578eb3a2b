import type { Prisma } from "@/lib/generated/prisma/client";
import { CONTENT_LANGUAGES } from "@/lib/translations/content";
import type { CenterTextField } from "./schemas";

/**
 * A case-insensitive "contains" on a center's texts in every language (decision 010): the plain
 * columns (the default language, plus any column that is the same in every language) and each
 * language's text in `translations`, so a visitor finds a center whatever language they type in.
 */
export function centerTextWhere(
  q: string | undefined,
  { plain, translated }: { plain: readonly (CenterTextField | "organization")[]; translated: readonly CenterTextField[] },
): Prisma.CenterWhereInput {
  if (!q) return {};
  return {
    OR: [
      ...plain.map((field) => ({ [field]: { contains: q, mode: "insensitive" } }) as Prisma.CenterWhereInput),
      ...CONTENT_LANGUAGES.flatMap((language) =>
        translated.map((field) => ({ translations: { path: [language, field], string_contains: q, mode: "insensitive" } }) as Prisma.CenterWhereInput),
      ),
    ],
  };
}
