import "server-only";
import { requireSomeScope } from "./access";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/forms/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, canSome, scopeWhere } from "@/lib/permissions";
import { describeDiff, type ShownDiffEntry } from "./describe-diff";
import { diffSnapshots } from "./diff";
import { agreementRecordSelect } from "./records";
import { readSnapshot, toSnapshot, type AgreementSnapshot } from "./snapshot";
import { OFFICE_ROLES } from "./staff-roles";

/** Reads behind the agreement pages. Every query carries the user's scope in its `where`. */

const detailSelect = {
  ...agreementRecordSelect,
  createdAt: true,
  updatedAt: true,
  unit: { select: { id: true, code: true, name: true } },
  responsible: { select: { id: true, name: true, email: true } },
  partners: {
    select: { partnerId: true, partner: { select: { id: true, name: true, countryCode: true, city: true } } },
    orderBy: { partner: { name: "asc" } },
  },
  conditions: {
    select: { ...agreementRecordSelect.conditions.select, id: true, iscedField: { select: { name: true } } },
    orderBy: { id: "asc" },
  },
  predecessor: { select: { id: true, referenceNumber: true, status: true } },
  successor: { select: { id: true, referenceNumber: true, status: true } },
} satisfies Prisma.AgreementSelect;

export type AgreementDetail = Prisma.AgreementGetPayload<{ select: typeof detailSelect }> & { snapshot: AgreementSnapshot };

/** One agreement as staff see it, or null when it does not exist or is outside the user's scope. */
export async function getAgreementDetail(user: SessionUser | null, id: string): Promise<AgreementDetail | null> {
  requireSomeScope(user, "agreement:read");
  const row = await db.agreement.findFirst({ where: { AND: [{ id }, scopeWhere(user, "agreement:read")] }, select: detailSelect });
  return row ? { ...row, snapshot: toSnapshot(row) } : null;
}

export interface AgreementFormOptions {
  units: { id: string; code: string; name: string }[];
  officers: { id: string; name: string }[];
}

/** Choices of the form: the units the user may file agreements under, and the office staff. */
export async function getAgreementFormOptions(user: SessionUser | null): Promise<AgreementFormOptions> {
  requireSomeScope(user, "agreement:create");
  const [units, officers] = await Promise.all([
    db.unit.findMany({
      where: can(user, "agreement:create") ? {} : { id: user?.unitId ?? "00000000-0000-0000-0000-000000000000" },
      select: { id: true, code: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.user.findMany({
      where: { role: { in: OFFICE_ROLES }, disabledAt: null },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { units, officers };
}

const partnerOptionSelect = { id: true, name: true, countryCode: true, city: true } satisfies Prisma.PartnerSelect;

export type PartnerOption = Prisma.PartnerGetPayload<{ select: typeof partnerOptionSelect }>;

/** Partners whose name contains the text (the trigram index serves the search), for the picker. */
export async function searchPartnerOptions(user: SessionUser | null, text: string): Promise<PartnerOption[]> {
  if (!canSome(user, "agreement:create") && !canSome(user, "agreement:update")) requireSomeScope(user, "agreement:create");
  const query = text.trim().slice(0, 100);
  if (query.length < 2) return [];
  return db.partner.findMany({
    where: { archivedAt: null, name: { contains: query, mode: "insensitive" } },
    select: partnerOptionSelect,
    orderBy: [{ name: "asc" }],
    take: 15,
  });
}

export interface AgreementVersionRow {
  version: number;
  changedAt: Date;
  changedBy: string | null;
}

export async function listAgreementVersions(user: SessionUser | null, agreementId: string): Promise<AgreementVersionRow[]> {
  requireSomeScope(user, "agreement:read");
  const rows = await db.agreementVersion.findMany({
    where: { agreementId, agreement: scopeWhere(user, "agreement:read") },
    select: { version: true, changedAt: true, changedBy: { select: { name: true } } },
    orderBy: { version: "desc" },
  });
  return rows.map((row) => ({ version: row.version, changedAt: row.changedAt, changedBy: row.changedBy?.name ?? null }));
}

/** The field-by-field difference between two versions, or null if either is missing or out of scope. */
export async function getVersionDiff(
  user: SessionUser | null,
  agreementId: string,
  from: number,
  to: number,
): Promise<ShownDiffEntry[] | null> {
  requireSomeScope(user, "agreement:read");
  const rows = await db.agreementVersion.findMany({
    where: { agreementId, version: { in: [from, to] }, agreement: scopeWhere(user, "agreement:read") },
    select: { version: true, snapshot: true },
  });
  const before = rows.find((row) => row.version === from);
  const after = rows.find((row) => row.version === to);
  if (!before || !after) return null;
  return describeDiff(diffSnapshots(readSnapshot(before.snapshot), readSnapshot(after.snapshot)));
}

/** Units for the list's filter: all of them for office-wide readers, a coordinator's own otherwise. */
export async function listAgreementUnits(user: SessionUser | null): Promise<{ id: string; code: string; name: string }[]> {
  requireSomeScope(user, "agreement:read");
  return db.unit.findMany({
    where: can(user, "agreement:read") ? {} : { id: user?.unitId ?? "00000000-0000-0000-0000-000000000000" },
    select: { id: true, code: true, name: true },
    orderBy: { code: "asc" },
  });
}

/** One partner for the picker (e.g. preset from a partner's page), or null for an unknown id. */
export async function getPartnerChoice(user: SessionUser | null, partnerId: string): Promise<PartnerOption | null> {
  requireSomeScope(user, "agreement:create");
  if (!isUuid(partnerId)) return null;
  return db.partner.findFirst({ where: { id: partnerId, archivedAt: null }, select: partnerOptionSelect });
}

/** Whether the user may edit this agreement's fields now (unit staff: their unit's drafts only). */
export function canEditAgreement(user: SessionUser, agreement: { unitId: string; status: string }): boolean {
  if (!can(user, "agreement:update", { unitId: agreement.unitId })) return false;
  return can(user, "agreement:update") || agreement.status === "DRAFT";
}
