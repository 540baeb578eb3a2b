import "server-only";
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

/** The institution's public profile; cached per request so layout and page share one query. */
export const getInstitution = cache(async (): Promise<PublicInstitution> => {
  const row = await db.institution.findUnique({ where: { id: 1 }, select: publicInstitutionSelect });
  if (!row) return PLACEHOLDER;
  return { ...row, about: row.about as unknown as InstitutionAbout };
});
