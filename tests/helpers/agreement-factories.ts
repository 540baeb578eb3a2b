import { randomBytes } from "node:crypto";
import { fromIsoDay } from "@/lib/agreements/dates";
import { toSnapshot } from "@/lib/agreements/snapshot";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import type { AgreementFormValues, ConditionFormValues } from "@/lib/agreements/schemas";

/**
 * Agreements for integration tests: partners, stored agreements in any status (with their version-1
 * snapshot, as the service would write it), and raw form input as the agreement form sends it.
 */

function suffix(): string {
  return randomBytes(4).toString("hex");
}

export async function createTestPartner(overrides: Partial<Prisma.PartnerUncheckedCreateInput> = {}) {
  const key = suffix();
  return db.partner.create({
    data: { slug: `partner-${key}`, name: `University ${key}`, kind: "UNIVERSITY", countryCode: "DE", status: "ACTIVE", ...overrides },
    select: { id: true, name: true, countryCode: true },
  });
}

export interface StoredAgreementOptions {
  unitId: string;
  partnerIds: string[];
  status?: AgreementStatus;
  referenceNumber?: string;
  title?: string;
  responsibleId?: string | null;
  signedOn?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  renewalType?: "NONE" | "AUTOMATIC" | "BY_NOTICE";
  noticePeriodDays?: number | null;
  predecessorId?: string | null;
  conditions?: Omit<Prisma.CooperationConditionCreateManyInput, "agreementId">[];
}

const day = (value: string | null | undefined) => (value ? fromIsoDay(value) : null);

/** An agreement written straight to the database (bypassing the lifecycle), with version 1 recorded. */
export async function createStoredAgreement(options: StoredAgreementOptions): Promise<{ id: string; referenceNumber: string }> {
  const referenceNumber = options.referenceNumber ?? `TEST-${suffix().toUpperCase()}`;
  const created = await db.agreement.create({
    data: {
      referenceNumber,
      title: options.title ?? `Cooperation agreement ${referenceNumber}`,
      kind: "BILATERAL_COOPERATION",
      status: options.status ?? "DRAFT",
      unitId: options.unitId,
      responsibleId: options.responsibleId ?? null,
      scope: ["STUDENT_EXCHANGE"],
      signedOn: day(options.signedOn),
      startsOn: day(options.startsOn),
      endsOn: day(options.endsOn),
      renewalType: options.renewalType ?? "NONE",
      noticePeriodDays: options.noticePeriodDays ?? null,
      predecessorId: options.predecessorId ?? null,
      partners: { create: options.partnerIds.map((partnerId) => ({ partnerId })) },
      conditions: { create: options.conditions ?? [] },
    },
    include: { partners: true, conditions: true },
  });
  await db.agreementVersion.create({
    data: { agreementId: created.id, version: 1, snapshot: toSnapshot(created) as unknown as Prisma.InputJsonValue },
  });
  return { id: created.id, referenceNumber };
}

export function conditionInput(overrides: Partial<ConditionFormValues> = {}): ConditionFormValues {
  return {
    direction: "OUTGOING",
    mobilityType: "STUDENT_STUDY",
    level: "BACHELOR",
    iscedCode: "0231",
    placesPerYear: "2",
    monthsPerPlace: "5",
    daysPerPlace: "",
    language: "English",
    languageLevel: "B2",
    fromAcademicYear: "2026",
    toAcademicYear: "2030",
    ...overrides,
  };
}

/** The form's raw values for a new agreement (strings, as the browser sends them). */
export function agreementInput(overrides: Partial<AgreementFormValues> & Pick<AgreementFormValues, "unitId" | "partnerIds">): AgreementFormValues {
  return {
    referenceNumber: `KU-TEST-${suffix().toUpperCase()}`,
    title: "Cooperation agreement with a partner university",
    kind: "BILATERAL_COOPERATION",
    responsibleId: "",
    scope: ["STUDENT_EXCHANGE", "STAFF_EXCHANGE"],
    signedOn: "",
    startsOn: "2026-09-01",
    endsOn: "2031-08-31",
    renewalType: "BY_NOTICE",
    noticePeriodDays: "90",
    internalNotes: "",
    conditions: [conditionInput()],
    ...overrides,
  };
}

/** The agreement's row as a comparable value, to prove a refused request changed nothing. */
export async function agreementState(id: string) {
  return db.agreement.findUniqueOrThrow({
    where: { id },
    include: { partners: { orderBy: { partnerId: "asc" } }, conditions: { orderBy: { id: "asc" } }, versions: { orderBy: { version: "asc" } } },
  });
}
