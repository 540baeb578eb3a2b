import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { db } from "@/lib/db/client";

/** What any page may show about the institution and its office (all public). */
const publicInstitutionSelect = {
  name: true,
  shortName: true,
  logoPath: true,
  erasmusCode: true,
  website: true,
  address: true,
  email: true,
  phone: true,
  officeHeadName: true,
  officeHeadTitle: true,
  about: true,
  contacts: {
    select: { id: true, name: true, position: true, email: true, phone: true },
    orderBy: { sortOrder: "asc" },
  },
} as const;

export interface InstitutionAbout {
  mission: string;
  objectives: string[];
  functions: string[];
  tasks: string[];
}

export interface PublicInstitution {
  name: string;
  shortName: string;
  logoPath: string | null;
  erasmusCode: string | null;
  website: string | null;
  address: string;
  email: string;
  phone: string | null;
  officeHeadName: string | null;
  officeHeadTitle: string | null;
  about: InstitutionAbout;
  contacts: { id: string; name: string; position: string; email: string | null; phone: string | null }[];
}

/** Shown until the first run has created the institution row. */
const PLACEHOLDER: PublicInstitution = {
  name: "International Relations Office",
  shortName: "IRO",
  logoPath: null,
  erasmusCode: null,
  website: null,
  address: "",
  email: "",
  phone: null,
  officeHeadName: null,
  officeHeadTitle: null,
  about: { mission: "", objectives: [], functions: [], tasks: [] },
  contacts: [],
};

/** Tag to revalidate when the institution's settings or office contacts change. */
export const INSTITUTION_CACHE_TAG = "institution";

/**
 * Every page shows the institution (header, footer, metadata), and it changes rarely: it is kept in
 * Next's data cache for a minute instead of costing each request two queries.
 */
const loadInstitution = unstable_cache(
  async (): Promise<PublicInstitution> => {
    const row = await db.institution.findUnique({ where: { id: 1 }, select: publicInstitutionSelect });
    if (!row) return PLACEHOLDER;
    return { ...row, about: row.about as unknown as InstitutionAbout };
  },
  ["public-institution"],
  { revalidate: 60, tags: [INSTITUTION_CACHE_TAG] },
);

/** The institution's public profile (deduplicated per request as well). */
export const getInstitution = cache(loadInstitution);
