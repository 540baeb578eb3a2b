import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireSomeScope } from "@/lib/agreements/access";
import { scopeWhere } from "@/lib/permissions";
import { mayHandlePersonalData } from "@/lib/visits/personal-data";

/**
 * The visit as an invitation letter needs it, and nothing more. Letters print passport data, so
 * only the office (officers and admins, who may handle personal data) may read this, make letters
 * or download them; a coordinator is refused even for their own unit's visit.
 */

const letterVisitSelect = {
  id: true,
  title: true,
  purpose: true,
  direction: true,
  startDate: true,
  endDate: true,
  costsCoveredBy: true,
  organizationName: true,
  translations: true,
  partner: { select: { name: true, translations: true } },
  participants: {
    select: {
      id: true,
      name: true,
      position: true,
      organization: true,
      nationalityCode: true,
      passportNumber: true,
      passportExpiresOn: true,
      birthDate: true,
      letterLanguage: true,
    },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  },
} satisfies Prisma.VisitSelect;

export type LetterVisit = Prisma.VisitGetPayload<{ select: typeof letterVisitSelect }>;

/** Throws unless the user may make and read invitation letters (the office only). */
export function requireLetterAccess(user: SessionUser | null): asserts user is SessionUser {
  requireSomeScope(user, "visit:read");
  if (!mayHandlePersonalData(user)) throw new AppError("FORBIDDEN");
}

/** The visit with its guests' letter data, or null when unknown. */
export async function getLetterVisit(user: SessionUser | null, visitId: string): Promise<LetterVisit | null> {
  requireLetterAccess(user);
  return db.visit.findFirst({ where: { AND: [scopeWhere(user, "visit:read"), { id: visitId }] }, select: letterVisitSelect });
}

const letterInstitutionSelect = {
  name: true,
  address: true,
  phone: true,
  email: true,
  website: true,
  logoPath: true,
  officeHeadName: true,
  officeHeadTitle: true,
  shortName: true,
  defaultLanguage: true,
  translations: true,
} satisfies Prisma.InstitutionSelect;

export type LetterInstitution = Prisma.InstitutionGetPayload<{ select: typeof letterInstitutionSelect }>;

/** The institution's letterhead and signatory (all public information). */
export async function getLetterInstitution(): Promise<LetterInstitution> {
  const institution = await db.institution.findUnique({ where: { id: 1 }, select: letterInstitutionSelect });
  if (!institution) throw new Error("the institution row is missing");
  return institution;
}
