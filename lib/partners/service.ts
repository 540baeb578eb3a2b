import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { db, type TransactionClient } from "@/lib/db/client";
import { uniqueFieldErrors, updateAtVersion } from "@/lib/db/writes";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { IDENTIFIER_TAKEN, PARTNER_IDENTIFIERS, type PartnerIdentifier } from "./identifiers";
import { partnerWriteData } from "./partner-fields";
import { findSimilarPartners, type SimilarPartner } from "./queries";
import type { PartnerFields } from "./schemas";
import { partnerSnapshotSelect } from "./selects";
import { firstFreeSlug, slugify } from "./slug";

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

/** An identifier taken by a concurrent save after the pre-check: the unique index answers next to the field. */
const identifierTaken = uniqueFieldErrors(
  Object.fromEntries(PARTNER_IDENTIFIERS.map((key) => [key, [key, IDENTIFIER_TAKEN[key]] as const])),
);

async function refuseTakenIdentifiers(fields: PartnerFields, excludeId?: string): Promise<void> {
  const conflicts = await identifierConflicts(db, fields, excludeId);
  if (Object.keys(conflicts).length > 0) throw new AppError("VALIDATION", { fieldErrors: conflicts });
}

export async function freePartnerSlug(tx: Pick<TransactionClient, "partner">, name: string): Promise<string> {
  const base = slugify(name);
  const taken = await tx.partner.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
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
  await refuseTakenIdentifiers(input);
  const data = partnerWriteData(input, await getDefaultContentLanguage());
  return auditedWrite(user, async (tx, audit) => {
    const slug = await freePartnerSlug(tx, input.name);
    const partner = await tx.partner.create({ data: { ...data, slug }, select: { id: true, slug: true } });
    await audit({ action: "partner.create", entityType: "Partner", entityId: partner.id, after: { ...data, slug } });
    return { status: "created" as const, id: partner.id, slug: partner.slug };
  }).catch(identifierTaken);
}

/** A version-checked change with the partner's state before and after it, for the audit log. */
async function changeAtVersion(
  tx: TransactionClient,
  target: { id: string; version: number },
  data: Parameters<TransactionClient["partner"]["updateMany"]>[0]["data"],
) {
  const before = await tx.partner.findUnique({ where: { id: target.id }, select: partnerSnapshotSelect });
  if (!before) throw new AppError("NOT_FOUND");
  await updateAtVersion(tx.partner, target, data);
  const after = await tx.partner.findUniqueOrThrow({ where: { id: target.id }, select: partnerSnapshotSelect });
  return { before, after };
}

export async function updatePartner(
  user: SessionUser | null,
  input: PartnerFields & { id: string; version: number },
): Promise<{ id: string; version: number }> {
  requirePermission(user, "partner:update");
  await refuseTakenIdentifiers(input, input.id);
  const data = partnerWriteData(input, await getDefaultContentLanguage());
  return auditedWrite(user, async (tx, audit) => {
    // The snapshots hold the translations too (partnerSnapshotSelect), so the log shows every language's change.
    const { before, after } = await changeAtVersion(tx, input, data);
    await audit({ action: "partner.update", entityType: "Partner", entityId: input.id, before, after });
    return { id: input.id, version: after.version };
  }).catch(identifierTaken);
}

/** Archived partners leave the public directory and the default staff list; nothing is deleted. */
export async function setPartnerArchived(
  user: SessionUser | null,
  input: { id: string; version: number; archived: boolean },
): Promise<{ id: string; version: number; archived: boolean }> {
  requirePermission(user, "partner:update");
  return auditedWrite(user, async (tx, audit) => {
    const { before, after } = await changeAtVersion(tx, input, { archivedAt: input.archived ? new Date() : null });
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
