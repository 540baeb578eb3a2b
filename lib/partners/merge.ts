import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isBlank } from "@/lib/forms/fields";
import type { Partner } from "@/lib/generated/prisma/client";
import { requirePermission } from "@/lib/permissions";
import { CONTENT_LANGUAGES, type Translations } from "@/lib/translations/content";
import { PARTNER_FIELD_KEYS, PARTNER_TRANSLATABLE_KEYS, partnerTranslations, type PartnerFieldKey, type PartnerFieldValues, type PartnerTranslatableKey } from "./partner-fields";
import { partnerFieldsSelect } from "./selects";

const mergeSideSelect = {
  ...partnerFieldsSelect,
  _count: { select: { agreements: true, contacts: true, opportunities: true, mobilities: true, projectPartners: true, visits: true } },
} as const;

/** Both sides of a proposed merge with what hangs on each, for the confirmation page. */
export async function getMergePreview(user: SessionUser | null, keepId: string, absorbId: string) {
  requirePermission(user, "partner:update");
  requirePermission(user, "partner:delete");
  const [keep, absorb] = await Promise.all([
    db.partner.findUnique({ where: { id: keepId }, select: mergeSideSelect }),
    db.partner.findUnique({ where: { id: absorbId }, select: mergeSideSelect }),
  ]);
  return keep && absorb && keep.id !== absorb.id ? { keep, absorb } : null;
}

/** The kept partner's blank fields that the absorbed one has a value for, with that value. */
function blanksFilled(keep: PartnerFieldValues, absorb: PartnerFieldValues): Partial<Pick<Partner, PartnerFieldKey>> {
  const filled = PARTNER_FIELD_KEYS.filter((key) => isBlank(keep[key]) && !isBlank(absorb[key]));
  return Object.fromEntries(filled.map((key) => [key, absorb[key]]));
}

/**
 * The kept partner's translations after a merge: a translatable text follows its default-language
 * text, so a description taken over from the absorbed partner brings its translations, and a kept
 * description keeps its own (never a mix of two different texts).
 */
function mergedTranslations(keep: PartnerFieldValues, absorb: PartnerFieldValues, takenOver: Partial<Pick<Partner, PartnerFieldKey>>) {
  const kept = partnerTranslations(keep);
  const absorbed = partnerTranslations(absorb);
  const result: Translations<PartnerTranslatableKey> = {};
  for (const language of CONTENT_LANGUAGES) {
    for (const key of PARTNER_TRANSLATABLE_KEYS) {
      const text = (key in takenOver ? absorbed : kept)[language]?.[key];
      if (text !== undefined) result[language] = { ...result[language], [key]: text };
    }
  }
  return result;
}

export interface MergeResult {
  keepId: string;
  keepSlug: string;
  moved: { agreements: number; contacts: number; opportunities: number; mobilities: number; projects: number; visits: number };
}

/**
 * Merges the partner `absorbId` into `keepId` in one transaction: agreements, contacts, opportunities,
 * mobility records, project memberships and visits move to the kept partner (links the kept one
 * already has are not duplicated), every field it left blank is filled from the absorbed partner
 * (identifiers, city, website, description…), cooperation areas are joined, internal notes appended,
 * and the absorbed partner is deleted. Both versions must still be those the officer confirmed.
 */
export async function mergePartners(
  user: SessionUser | null,
  input: { keepId: string; keepVersion: number; absorbId: string; absorbVersion: number },
): Promise<MergeResult> {
  requirePermission(user, "partner:update");
  requirePermission(user, "partner:delete");
  if (input.keepId === input.absorbId) throw new AppError("VALIDATION", { messageKey: "partners.merge.samePartner" });
  return auditedWrite(user, async (tx, audit) => {
    // Locks both rows (in a fixed order, so two merges of the same pair cannot deadlock): nothing can
    // attach to the absorbed partner between moving its links and deleting it.
    const locked = await tx.$queryRaw<Pick<Partner, "id" | "version">[]>`
      SELECT "id", "version" FROM "Partner"
      WHERE "id" IN (CAST(${input.keepId} AS uuid), CAST(${input.absorbId} AS uuid))
      ORDER BY "id" FOR UPDATE`;
    if (locked.length !== 2) throw new AppError("NOT_FOUND");
    const versionOf = (id: string) => locked.find((row) => row.id === id)?.version;
    if (versionOf(input.keepId) !== input.keepVersion || versionOf(input.absorbId) !== input.absorbVersion) {
      throw new AppError("CONFLICT", { messageKey: "partners.merge.stale" });
    }
    const keep = await tx.partner.findUniqueOrThrow({ where: { id: input.keepId }, select: mergeSideSelect });
    const absorb = await tx.partner.findUniqueOrThrow({ where: { id: input.absorbId }, select: mergeSideSelect });

    // Agreements signed with both keep their link to the kept partner only.
    await tx.$executeRaw`
      DELETE FROM "AgreementPartner" a
      WHERE a."partnerId" = CAST(${absorb.id} AS uuid)
        AND EXISTS (SELECT 1 FROM "AgreementPartner" k WHERE k."agreementId" = a."agreementId" AND k."partnerId" = CAST(${keep.id} AS uuid))`;
    const agreements = await tx.$executeRaw`
      UPDATE "AgreementPartner" SET "partnerId" = CAST(${keep.id} AS uuid) WHERE "partnerId" = CAST(${absorb.id} AS uuid)`;
    const contacts = await tx.partnerContact.updateMany({ where: { partnerId: absorb.id }, data: { partnerId: keep.id } });
    const opportunities = await tx.opportunity.updateMany({ where: { partnerId: absorb.id }, data: { partnerId: keep.id } });
    const mobilities = await tx.mobilityRecord.updateMany({ where: { partnerId: absorb.id }, data: { partnerId: keep.id } });
    await tx.projectPartner.deleteMany({
      where: { partnerId: absorb.id, project: { partners: { some: { partnerId: keep.id } } } },
    });
    const projects = await tx.projectPartner.updateMany({ where: { partnerId: absorb.id }, data: { partnerId: keep.id } });
    const visits = await tx.visit.updateMany({ where: { partnerId: absorb.id }, data: { partnerId: keep.id } });

    // The absorbed row goes first, so the identifiers it held are free for the kept partner.
    await tx.partner.delete({ where: { id: absorb.id } });
    const takenOver = blanksFilled(keep, absorb);
    const translations = mergedTranslations(keep, absorb, takenOver);
    const notes = absorb.internalNotes.trim()
      ? [keep.internalNotes.trim(), `[${absorb.name}] ${absorb.internalNotes.trim()}`].filter(Boolean).join("\n\n")
      : keep.internalNotes;
    const kept = await tx.partner.update({
      where: { id: keep.id },
      data: {
        ...takenOver,
        translations,
        areas: [...new Set([...keep.areas, ...absorb.areas])],
        internalNotes: notes,
        version: { increment: 1 },
      },
      select: { id: true, slug: true, version: true },
    });

    const moved = {
      agreements,
      contacts: contacts.count,
      opportunities: opportunities.count,
      mobilities: mobilities.count,
      projects: projects.count,
      visits: visits.count,
    };
    const { _count: _keepCount, ...keepBefore } = keep;
    const { _count: _absorbCount, ...absorbBefore } = absorb;
    await audit({
      action: "partner.merge",
      entityType: "Partner",
      entityId: keep.id,
      before: keepBefore,
      after: {
        version: kept.version,
        absorbed: { id: absorb.id, name: absorb.name, slug: absorb.slug },
        takenOver,
        translations,
        moved,
      },
    });
    await audit({
      action: "partner.delete",
      entityType: "Partner",
      entityId: absorb.id,
      before: absorbBefore,
      after: { mergedInto: keep.id },
    });
    return { keepId: kept.id, keepSlug: kept.slug, moved };
  });
}
