import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { db, type TransactionClient } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { PARTNER_IDENTIFIERS, type PartnerIdentifier } from "./identifiers";
import { findSimilarPartners, type SimilarPartner } from "./queries";
import type { PartnerFields } from "./schemas";
import { firstFreeSlug, slugify } from "./slug";
import { uniqueViolationIndex } from "./unique-violation";
import { partnerFieldsSelect } from "./selects";

const IDENTIFIER_TAKEN: Record<PartnerIdentifier, string> = {
  erasmusCode: "partners.validation.erasmusCodeTaken",
  schacCode: "partners.validation.schacCodeTaken",
  pic: "partners.validation.picTaken",
};

/** Which identifiers of `fields` another partner already holds, as errors for those fields. */
export async function identifierConflicts(
  client: Pick<TransactionClient, "partner">,
  fields: Pick<PartnerFields, PartnerIdentifier>,
  excludeId?: string,
): Promise<FieldErrors> {
  const wanted = PARTNER_IDENTIFIERS.filter((key) => fields[key]).map((key) => ({ [key]: fields[key] }));
  if (wanted.length === 0) return {};
  const holders = await client.partner.findMany({
    where: { OR: wanted, ...(excludeId ? { NOT: { id: excludeId } } : {}) },
    select: { erasmusCode: true, schacCode: true, pic: true },
  });
  const errors: FieldErrors = {};
  for (const key of PARTNER_IDENTIFIERS) {
    if (fields[key] && holders.some((holder) => holder[key] === fields[key])) errors[key] = [IDENTIFIER_TAKEN[key]];
  }
  return errors;
}

/** Turns a unique-index violation that slipped past the pre-check (a concurrent save) into a field error. */
function rethrowAsFieldError(error: unknown): never {
  const index = uniqueViolationIndex(error);
  const field = PARTNER_IDENTIFIERS.find((key) => index === `Partner_${key}_key`);
  if (field) throw new AppError("VALIDATION", { fieldErrors: { [field]: [IDENTIFIER_TAKEN[field]] } });
  throw error;
}

export async function freePartnerSlug(tx: Pick<TransactionClient, "partner">, name: string): Promise<string> {
  const base = slugify(name);
  const taken = await tx.partner.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
}

/** The columns written from the form, in the shape Prisma and the audit log take. */
function partnerData(fields: PartnerFields) {
  return {
    name: fields.name,
    kind: fields.kind,
    countryCode: fields.countryCode,
    city: fields.city,
    website: fields.website,
    erasmusCode: fields.erasmusCode,
    schacCode: fields.schacCode,
    pic: fields.pic,
    description: fields.description,
    areas: fields.areas,
    status: fields.status,
    isPublic: fields.isPublic,
    internalNotes: fields.internalNotes,
  };
}

export type CreatePartnerResult =
  | { status: "created"; id: string; slug: string }
  | { status: "similar"; similar: SimilarPartner[] };

/**
 * Creates a partner. Unless the officer has acknowledged it, a partner with a similar name in the
 * same country stops the creation and is returned instead, so the form can offer links to it.
 */
export async function createPartner(
  user: SessionUser | null,
  input: PartnerFields & { acknowledgeSimilar?: boolean },
): Promise<CreatePartnerResult> {
  requirePermission(user, "partner:create");
  if (!input.acknowledgeSimilar) {
    const similar = await findSimilarPartners({ name: input.name, countryCode: input.countryCode });
    if (similar.length > 0) return { status: "similar", similar };
  }
  const conflicts = await identifierConflicts(db, input);
  if (Object.keys(conflicts).length > 0) throw new AppError("VALIDATION", { fieldErrors: conflicts });
  const data = partnerData(input);
  try {
    return await auditedWrite(user, async (tx, audit) => {
      const slug = await freePartnerSlug(tx, input.name);
      const partner = await tx.partner.create({ data: { ...data, slug }, select: { id: true, slug: true } });
      await audit({ action: "partner.create", entityType: "Partner", entityId: partner.id, after: { ...data, slug } });
      return { status: "created" as const, id: partner.id, slug: partner.slug };
    });
  } catch (error) {
    rethrowAsFieldError(error);
  }
}

/** What the audit log records before and after a write: the editable fields, not the ids. */
const { id: _id, slug: _slug, ...snapshotSelect } = partnerFieldsSelect;

/**
 * Writes `data` only if the partner is still at `version` (optimistic concurrency): a save based on
 * an older version is refused with CONFLICT instead of silently overwriting someone else's change.
 */
async function writeIfCurrent(
  tx: TransactionClient,
  id: string,
  version: number,
  data: Parameters<TransactionClient["partner"]["updateMany"]>[0]["data"],
) {
  const before = await tx.partner.findUnique({ where: { id }, select: snapshotSelect });
  if (!before) throw new AppError("NOT_FOUND");
  const { count } = await tx.partner.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    throw new AppError("CONFLICT", { messageKey: "partners.errors.stale", values: { version: before.version } });
  }
  const after = await tx.partner.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
  return { before, after };
}

export async function updatePartner(
  user: SessionUser | null,
  input: PartnerFields & { id: string; version: number },
): Promise<{ id: string; version: number }> {
  requirePermission(user, "partner:update");
  const conflicts = await identifierConflicts(db, input, input.id);
  if (Object.keys(conflicts).length > 0) throw new AppError("VALIDATION", { fieldErrors: conflicts });
  try {
    return await auditedWrite(user, async (tx, audit) => {
      const { before, after } = await writeIfCurrent(tx, input.id, input.version, partnerData(input));
      await audit({ action: "partner.update", entityType: "Partner", entityId: input.id, before, after });
      return { id: input.id, version: after.version };
    });
  } catch (error) {
    rethrowAsFieldError(error);
  }
}

/** Archived partners leave the public directory and the default staff list; nothing is deleted. */
export async function setPartnerArchived(
  user: SessionUser | null,
  input: { id: string; version: number; archived: boolean },
): Promise<{ id: string; version: number; archived: boolean }> {
  requirePermission(user, "partner:update");
  return auditedWrite(user, async (tx, audit) => {
    const { before, after } = await writeIfCurrent(tx, input.id, input.version, {
      archivedAt: input.archived ? new Date() : null,
    });
    await audit({
      action: input.archived ? "partner.archive" : "partner.unarchive",
      entityType: "Partner",
      entityId: input.id,
      before: { archivedAt: before.archivedAt, version: before.version },
      after: { archivedAt: after.archivedAt, version: after.version },
    });
    return { id: input.id, version: after.version, archived: input.archived };
  });
}
