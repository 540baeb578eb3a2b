import "server-only";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/forms/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localize } from "@/lib/translations/content";
import { OPPORTUNITY_TEXT_FIELDS } from "./schemas";
import type { PublicOpportunityDetail, ReadingLanguage } from "./catalogue-types";

/**
 * One published call for its public page and its calendar file, read through an explicit public
 * shape, its texts and its program's in the reader's language (decision 010).
 */

const publicDetailSelect = {
  id: true,
  title: true,
  description: true,
  translations: true,
  direction: true,
  audience: true,
  subjectAreas: true,
  places: true,
  funding: true,
  academicYear: true,
  academicPeriod: true,
  durationMonths: true,
  language: true,
  languageLevel: true,
  otherRequirements: true,
  selectionCriteria: true,
  opensAt: true,
  closesAt: true,
  updatedAt: true,
  program: { select: { code: true, name: true, description: true, translations: true, url: true } },
  partner: { select: { name: true, slug: true, countryCode: true, city: true, website: true, isPublic: true, archivedAt: true } },
  requiredDocuments: {
    select: { id: true, name: true, description: true, isMandatory: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  },
} satisfies Prisma.OpportunitySelect;

function criteriaOf(value: unknown): { label: string; weight: number }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) return [];
    const { label, weight } = entry as { label?: unknown; weight?: unknown };
    return typeof label === "string" && typeof weight === "number" ? [{ label, weight }] : [];
  });
}

/** One published call for its public page, or null (unknown id, draft or closed). */
export async function findPublicOpportunity(id: string, { locale, defaultLanguage }: ReadingLanguage): Promise<PublicOpportunityDetail | null> {
  if (!isUuid(id)) return null;
  const row = await db.opportunity.findFirst({ where: { id, status: "PUBLISHED" }, select: publicDetailSelect });
  if (!row) return null;
  const { partner, program, durationMonths, selectionCriteria, translations: _translations, ...rest } = row;
  const texts = localize(row, OPPORTUNITY_TEXT_FIELDS, locale, defaultLanguage);
  const programTexts = localize(program, ["name", "description"], locale, defaultLanguage);
  return {
    ...rest,
    ...texts,
    durationMonths: durationMonths === null ? null : Number(durationMonths),
    selectionCriteria: criteriaOf(selectionCriteria),
    program: { code: program.code, name: programTexts.name, description: programTexts.description, url: program.url },
    partner:
      partner?.isPublic && !partner.archivedAt
        ? { name: partner.name, countryCode: partner.countryCode, city: partner.city, website: partner.website, slug: partner.slug }
        : null,
  };
}
