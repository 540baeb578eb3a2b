import { randomBytes } from "node:crypto";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementStatus, Role } from "@/lib/generated/prisma/enums";

/**
 * Factories for programs, opportunities and what they rest on (units, partners, agreements, staff).
 * Each call makes fresh rows with unique codes, so tests never depend on each other's data.
 * `createOpportunity()` gives a PUBLISHED call open for applications unless told otherwise.
 */

const DAY = 86_400_000;

function unique(prefix: string): string {
  return `${prefix}${randomBytes(4).toString("hex")}`;
}

export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * DAY);
}

export async function createUnit(overrides: Partial<Prisma.UnitUncheckedCreateInput> = {}) {
  const code = unique("U").toUpperCase();
  return db.unit.create({ data: { code, name: `Unit ${code}`, ...overrides } });
}

/** A signed-in user as the session layer would return it. */
export async function createUser(role: Role, overrides: Partial<Prisma.UserUncheckedCreateInput> = {}): Promise<SessionUser> {
  const email = `${unique(role.toLowerCase())}@example.edu`;
  const user = await db.user.create({
    data: { email, name: `${role} ${email}`, role, emailVerifiedAt: new Date(), ...overrides },
    select: { id: true, email: true, name: true, role: true, unitId: true },
  });
  return user;
}

export async function createProgram(overrides: Partial<Prisma.MobilityProgramUncheckedCreateInput> = {}) {
  const code = unique("PROG_").toUpperCase();
  return db.mobilityProgram.create({ data: { code, name: `Program ${code}`, ...overrides } });
}

export async function createPartner(overrides: Partial<Prisma.PartnerUncheckedCreateInput> = {}) {
  const slug = unique("partner-");
  return db.partner.create({
    data: { slug, name: `Partner ${slug}`, kind: "UNIVERSITY", countryCode: "DE", status: "ACTIVE", ...overrides },
  });
}

/** An agreement binding `partnerIds` (a new partner when omitted), ACTIVE by default. */
export async function createAgreement(
  options: { partnerIds?: string[]; unitId?: string; status?: AgreementStatus } & Partial<Prisma.AgreementUncheckedCreateInput> = {},
) {
  const { partnerIds, unitId, status = "ACTIVE", ...overrides } = options;
  const partners = partnerIds ?? [(await createPartner()).id];
  const unit = unitId ?? (await createUnit()).id;
  return db.agreement.create({
    data: {
      referenceNumber: unique("AGR-"),
      title: "Student exchange agreement",
      kind: "BILATERAL_COOPERATION",
      status,
      unitId: unit,
      ...overrides,
      partners: { create: partners.map((partnerId) => ({ partnerId })) },
    },
  });
}

export type OpportunityOverrides = Partial<Prisma.OpportunityUncheckedCreateInput> & {
  requiredDocuments?: { name: string; description?: string; isMandatory?: boolean }[];
};

/**
 * A call with sensible defaults: PUBLISHED, window opened 10 days ago and closing in 30, two
 * places, B2 English, bachelor and master, two required documents (one optional). Creates a
 * program and a host partner when none is given.
 */
export async function createOpportunity(overrides: OpportunityOverrides = {}) {
  const { requiredDocuments, ...data } = overrides;
  const programId = data.programId ?? (await createProgram()).id;
  const partnerId = data.partnerId === undefined ? (await createPartner()).id : data.partnerId;
  const documents = requiredDocuments ?? [
    { name: "Transcript of records", description: "All grades so far.", isMandatory: true },
    { name: "Language certificate", description: "B2 or higher.", isMandatory: false },
  ];
  return db.opportunity.create({
    data: {
      title: `Semester exchange ${unique("")}`,
      description: "Study one semester abroad with full recognition of credits.",
      direction: "OUTGOING",
      audience: ["BACHELOR", "MASTER"],
      subjectAreas: ["0311"],
      places: 2,
      funding: "Tuition waiver",
      academicYear: 2026,
      academicPeriod: "Fall 2026",
      durationMonths: 5,
      language: "English",
      languageLevel: "B2",
      selectionCriteria: [
        { key: "gpa", label: "GPA", weight: 60 },
        { key: "motivation", label: "Motivation", weight: 40 },
      ],
      opensAt: daysFromNow(-10),
      closesAt: daysFromNow(30),
      status: "PUBLISHED",
      ...data,
      programId,
      partnerId,
      requiredDocuments: {
        create: documents.map((doc, sortOrder) => ({
          name: doc.name,
          description: doc.description ?? "",
          isMandatory: doc.isMandatory ?? true,
          sortOrder,
        })),
      },
    },
    include: { requiredDocuments: { orderBy: { sortOrder: "asc" } } },
  });
}

/** A date as a datetime-local field holds it ("2026-09-01T09:00", server time zone). */
export function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Form input for the create/update actions, valid by default (a draft-able call). */
export function opportunityInput(overrides: Record<string, unknown> = {}) {
  const local = localDateTime;
  return {
    title: "Spring semester at the partner",
    description: "One semester of study.",
    direction: "OUTGOING",
    audience: ["BACHELOR"],
    subjectAreas: ["0231"],
    places: "3",
    funding: "Erasmus+ grant",
    academicYear: "2026",
    academicPeriod: "Spring 2027",
    durationMonths: "5",
    language: "English",
    languageLevel: "B2",
    otherRequirements: "",
    selectionCriteria: [
      { label: "GPA", weight: "50" },
      { label: "Motivation letter", weight: "50" },
    ],
    requiredDocuments: [{ name: "Transcript", description: "", isMandatory: true }],
    opensAt: local(daysFromNow(-1)),
    closesAt: local(daysFromNow(20)),
    ...overrides,
  };
}
