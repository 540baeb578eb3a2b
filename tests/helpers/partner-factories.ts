import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementKind, AgreementStatus } from "@/lib/generated/prisma/enums";
import type { PartnerFieldsInput } from "@/lib/partners/schemas";
import { createUnit } from "@/tests/helpers/factories";

/**
 * Partners, contacts, agreements and centers for the partner, directory and center tests, written
 * straight through Prisma. Unique values get a random suffix.
 */

function suffix(): string {
  return randomBytes(4).toString("hex");
}

export async function createPartner(overrides: Partial<Prisma.PartnerUncheckedCreateInput> = {}) {
  const tag = suffix();
  return db.partner.create({
    data: {
      slug: `partner-${tag}`,
      name: `Test University ${tag}`,
      kind: "UNIVERSITY",
      countryCode: "DE",
      status: "ACTIVE",
      ...overrides,
    },
  });
}

export async function createContact(partnerId: string, overrides: Partial<Prisma.PartnerContactUncheckedCreateInput> = {}) {
  return db.partnerContact.create({
    data: { partnerId, name: `Contact ${suffix()}`, email: `contact-${suffix()}@partner.example.org`, isPublic: false, ...overrides },
  });
}

export async function createAgreementWith(
  partnerIds: string[],
  options: { kind?: AgreementKind; status?: AgreementStatus; endsOn?: Date | null; unitId?: string; internalNotes?: string } = {},
) {
  const unitId = options.unitId ?? (await createUnit()).id;
  return db.agreement.create({
    data: {
      referenceNumber: `AGR-${suffix()}`,
      title: `Agreement ${suffix()}`,
      kind: options.kind ?? "BILATERAL_COOPERATION",
      status: options.status ?? "ACTIVE",
      unitId,
      endsOn: options.endsOn === undefined ? null : options.endsOn,
      internalNotes: options.internalNotes ?? "",
      partners: { create: partnerIds.map((partnerId) => ({ partnerId })) },
    },
  });
}

export async function createCenter(overrides: Partial<Prisma.CenterUncheckedCreateInput> = {}) {
  const tag = suffix();
  return db.center.create({
    data: { slug: `center-${tag}`, name: `Center ${tag}`, organization: "Embassy of Testland", isPublic: true, ...overrides },
  });
}

/** The smallest valid PNG (1×1 pixel), for picture uploads. */
export function pngBytes(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(
    Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
  );
}

/** A valid partner form as the browser sends it (strings, checkbox "on"). */
export function partnerFormInput(
  overrides: Partial<PartnerFieldsInput> & { acknowledgeSimilar?: unknown } = {},
): PartnerFieldsInput & { acknowledgeSimilar?: unknown } {
  return {
    name: `Form University ${suffix()}`,
    kind: "UNIVERSITY",
    countryCode: "FR",
    city: "Lyon",
    website: "www.example.edu",
    erasmusCode: "",
    schacCode: "",
    pic: "",
    description: "Student and staff exchange.",
    areas: ["student-exchange"],
    status: "ACTIVE",
    isPublic: "on",
    internalNotes: "",
    ...overrides,
  };
}
