import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { TransactionClient } from "@/lib/db/client";
import { updateAtVersion } from "@/lib/db/writes";
import { AppError, fieldError, type FieldErrors } from "@/lib/errors/app-error";
import { MESSAGES } from "@/lib/forms/fields";
import type { OpportunityStatus } from "@/lib/generated/prisma/enums";
import { can, requirePermission } from "@/lib/permissions";
import {
  canTransition,
  criterionKeyOf,
  isDeletable,
  isEditable,
  nextYearTranslations,
  plusOneYear,
  publishProblems,
  shiftYearsInText,
  targetStatus,
  type OpportunityTransition,
} from "./lifecycle";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { instantIn } from "@/lib/dates/zoned";
import type { AppLocale } from "@/i18n/config";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import { OPPORTUNITY_TEXT_FIELDS, type OpportunityFormValues, type OpportunityRef, type UpdateOpportunityValues } from "./schemas";

/** The version check of a delete, worded like `updateAtVersion`'s so the form offers a reload. */
const STALE = "common.form.errors.stale";

/** Publish problems (field → key) as field errors. */
function problemErrors(problems: Record<string, string>): FieldErrors {
  return Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, [key]]));
}

/** Loads a call inside the write's transaction; out of the user's staff scope reads as missing. */
async function loadForWrite(tx: TransactionClient, user: SessionUser, id: string) {
  const row = await tx.opportunity.findUnique({
    where: { id },
    include: { requiredDocuments: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }] } },
  });
  const visible = row && (can(user, "opportunity:read") || can(user, "opportunity:read", { unitId: row.unitId }));
  if (!row || !visible) throw new AppError("NOT_FOUND");
  return row;
}

/**
 * The unit a call is written for: a coordinator's calls always belong to their unit (the field
 * cannot move them elsewhere); an officer may leave it empty (an office-wide call).
 */
function resolveUnit(user: SessionUser, requested: string | undefined | null): string | null {
  if (can(user, "opportunity:create")) return requested ?? null;
  return requested ?? user.unitId;
}

const PARTNER_NOT_PUBLIC = "opportunities.validation.partnerNotPublic";

/**
 * A published call is public, and so is the host partner it names: only a partner with a public,
 * non-archived profile may be named by one (the catalogue also hides a partner made private later).
 */
function isPublicPartner(partner: { isPublic: boolean; archivedAt: Date | null }): boolean {
  return partner.isPublic && !partner.archivedAt;
}

/**
 * Program, host partner, agreement and unit must exist and fit together; `previous` values stay
 * allowed. A call that is (or stays) published may only name a public partner.
 */
async function checkReferences(
  tx: TransactionClient,
  input: Pick<OpportunityFormValues, "programId" | "partnerId" | "agreementId">,
  unitId: string | null,
  previous?: { programId: string; agreementId: string | null; status: OpportunityStatus },
): Promise<void> {
  const [program, partner, agreement, unit] = await Promise.all([
    tx.mobilityProgram.findUnique({ where: { id: input.programId }, select: { isActive: true } }),
    input.partnerId ? tx.partner.findUnique({ where: { id: input.partnerId }, select: { archivedAt: true, isPublic: true } }) : null,
    input.agreementId
      ? tx.agreement.findUnique({
          where: { id: input.agreementId },
          select: { status: true, partners: { select: { partnerId: true } } },
        })
      : null,
    unitId ? tx.unit.findUnique({ where: { id: unitId }, select: { id: true } }) : null,
  ]);
  if (!program || (!program.isActive && previous?.programId !== input.programId)) {
    throw fieldError("programId", "opportunities.validation.programInactive");
  }
  if (input.partnerId && (!partner || partner.archivedAt)) {
    throw fieldError("partnerId", MESSAGES.option);
  }
  if (partner && previous?.status === "PUBLISHED" && !isPublicPartner(partner)) {
    throw fieldError("partnerId", PARTNER_NOT_PUBLIC);
  }
  if (input.agreementId) {
    const keepsOld = previous?.agreementId === input.agreementId;
    if (!agreement || (agreement.status !== "ACTIVE" && !keepsOld)) {
      throw fieldError("agreementId", "opportunities.validation.agreementNotActive");
    }
    if (!agreement.partners.some((link) => link.partnerId === input.partnerId)) {
      throw fieldError("agreementId", "opportunities.validation.agreementOtherPartner");
    }
  }
  if (unitId && !unit) throw fieldError("unitId", MESSAGES.option);
}

/** Criteria with stable keys: kept where given, derived from the label for new ones. */
function withCriterionKeys(criteria: OpportunityFormValues["selectionCriteria"]) {
  const taken = new Set(criteria.flatMap((criterion) => (criterion.key ? [criterion.key] : [])));
  return criteria.map((criterion) => {
    if (criterion.key) return { key: criterion.key, label: criterion.label, weight: criterion.weight };
    const key = criterionKeyOf(criterion.label, taken);
    taken.add(key);
    return { key, label: criterion.label, weight: criterion.weight };
  });
}

/** The form's values with the call's window as instants: its wall-clock times are the institution's. */
type PlacedValues<T extends { opensAt: string; closesAt: string }> = Omit<T, "opensAt" | "closesAt"> & { opensAt: Date; closesAt: Date };

async function placeWindow<T extends { opensAt: string; closesAt: string }>(input: T): Promise<PlacedValues<T>> {
  const zone = await getInstitutionTimeZone();
  return { ...input, opensAt: instantIn(input.opensAt, zone), closesAt: instantIn(input.closesAt, zone) };
}

/** The stored columns: the default language's texts in the plain columns, the others in `translations` (decision 010). */
function scalarData(input: PlacedValues<OpportunityFormValues>, unitId: string | null, defaultLanguage: AppLocale) {
  return {
    title: input.title,
    description: input.description,
    translations: keepOtherLanguages(input.translations, defaultLanguage),
    programId: input.programId,
    partnerId: input.partnerId ?? null,
    agreementId: input.agreementId ?? null,
    unitId,
    direction: input.direction,
    audience: input.audience,
    subjectAreas: input.subjectAreas,
    places: input.places,
    funding: input.funding,
    academicYear: input.academicYear,
    academicPeriod: input.academicPeriod,
    durationMonths: input.durationMonths ?? null,
    language: input.language ?? null,
    languageLevel: input.languageLevel ?? null,
    otherRequirements: input.otherRequirements,
    selectionCriteria: withCriterionKeys(input.selectionCriteria),
    opensAt: input.opensAt,
    closesAt: input.closesAt,
  };
}

export async function createOpportunity(user: SessionUser, form: OpportunityFormValues): Promise<{ id: string }> {
  const [input, defaultLanguage] = await Promise.all([placeWindow(form), getDefaultContentLanguage()]);
  const unitId = resolveUnit(user, input.unitId);
  requirePermission(user, "opportunity:create", { unitId });
  return auditedWrite(user, async (tx, audit) => {
    await checkReferences(tx, input, unitId);
    const data = scalarData(input, unitId, defaultLanguage);
    const created = await tx.opportunity.create({
      data: {
        ...data,
        status: "DRAFT",
        requiredDocuments: {
          create: input.requiredDocuments.map(({ name, description, isMandatory }, sortOrder) => ({ name, description, isMandatory, sortOrder })),
        },
      },
      select: { id: true },
    });
    await audit({ action: "opportunity.create", entityType: "Opportunity", entityId: created.id, after: { ...data, requiredDocuments: input.requiredDocuments } });
    return created;
  });
}

/**
 * Saves the form over a draft or published call. The version the user loaded must still be the
 * current one (optimistic locking, `updateAtVersion`); a published call must stay publishable;
 * documents keep their ids so files students uploaded against them stay linked.
 */
export async function updateOpportunity(user: SessionUser, form: UpdateOpportunityValues): Promise<{ id: string; version: number }> {
  const [input, defaultLanguage] = await Promise.all([placeWindow(form), getDefaultContentLanguage()]);
  return auditedWrite(user, async (tx, audit) => {
    const current = await loadForWrite(tx, user, input.id);
    requirePermission(user, "opportunity:update", { unitId: current.unitId });
    const unitId = can(user, "opportunity:update") ? (input.unitId ?? null) : current.unitId;
    if (!isEditable(current.status)) throw new AppError("CONFLICT", { messageKey: "opportunities.lifecycle.errors.closedIsFinal" });
    if (current.status === "PUBLISHED") {
      const problems = publishProblems(input, new Date());
      if (Object.keys(problems).length > 0) {
        throw new AppError("VALIDATION", { messageKey: "opportunities.lifecycle.errors.mustStayPublishable", fieldErrors: problemErrors(problems) });
      }
    }
    await checkReferences(tx, input, unitId, current);
    const data = scalarData(input, unitId, defaultLanguage);
    // The version also moves on every status change, so an edit over a call published or closed
    // since it was opened is refused as stale.
    await updateAtVersion(tx.opportunity, input, data);
    await syncRequiredDocuments(tx, input.id, current.requiredDocuments.map((doc) => doc.id), input.requiredDocuments);
    await audit({
      action: "opportunity.update",
      entityType: "Opportunity",
      entityId: input.id,
      before: current,
      after: { ...data, requiredDocuments: input.requiredDocuments },
    });
    return { id: input.id, version: input.version + 1 };
  });
}

async function syncRequiredDocuments(
  tx: TransactionClient,
  opportunityId: string,
  existingIds: string[],
  documents: OpportunityFormValues["requiredDocuments"],
): Promise<void> {
  const existing = new Set(existingIds);
  const kept = new Set(documents.flatMap((doc) => (doc.id && existing.has(doc.id) ? [doc.id] : [])));
  const removed = existingIds.filter((id) => !kept.has(id));
  if (removed.length > 0) await tx.requiredDocument.deleteMany({ where: { opportunityId, id: { in: removed } } });
  for (const [sortOrder, { id, name, description, isMandatory }] of documents.entries()) {
    if (id && kept.has(id)) {
      await tx.requiredDocument.update({ where: { id }, data: { name, description, isMandatory, sortOrder } });
    } else {
      await tx.requiredDocument.create({ data: { opportunityId, name, description, isMandatory, sortOrder } });
    }
  }
}

/** The host partner as a publish problem (field → key) when it may not be named in public. */
async function partnerProblem(tx: TransactionClient, partnerId: string | null): Promise<Record<string, string>> {
  if (!partnerId) return {};
  const partner = await tx.partner.findUnique({ where: { id: partnerId }, select: { archivedAt: true, isPublic: true } });
  return partner && isPublicPartner(partner) ? {} : { partnerId: PARTNER_NOT_PUBLIC };
}

/**
 * Publish (DRAFT → PUBLISHED, with a valid window, at least one place and a public host partner or
 * none) or close (PUBLISHED → CLOSED).
 */
export async function transitionOpportunity(
  user: SessionUser,
  ref: OpportunityRef,
  transition: OpportunityTransition,
): Promise<{ id: string; status: OpportunityStatus; version: number }> {
  return auditedWrite(user, async (tx, audit) => {
    const current = await loadForWrite(tx, user, ref.id);
    requirePermission(user, "opportunity:publish", { unitId: current.unitId });
    if (!canTransition(current.status, transition)) {
      throw new AppError("CONFLICT", {
        messageKey: `opportunities.lifecycle.errors.cannot.${transition}`,
        values: { status: current.status },
      });
    }
    if (transition === "publish") {
      const problems = { ...publishProblems(current, new Date()), ...(await partnerProblem(tx, current.partnerId)) };
      const [first] = Object.values(problems);
      // The lifecycle buttons have no fields to mark, so the first problem is the message itself.
      if (first) throw new AppError("VALIDATION", { messageKey: first, fieldErrors: problemErrors(problems) });
    }
    const status = targetStatus(transition);
    await updateAtVersion(tx.opportunity, ref, { status });
    await audit({
      action: `opportunity.${transition}`,
      entityType: "Opportunity",
      entityId: ref.id,
      before: { status: current.status, version: current.version },
      after: { status, version: current.version + 1 },
    });
    return { id: ref.id, status, version: current.version + 1 };
  });
}

/**
 * A new draft for the next academic year: same terms and documents, academic year + 1, window and
 * years named in the title and period moved on a year. The agreement is kept only while ACTIVE.
 */
export async function duplicateOpportunity(user: SessionUser, id: string): Promise<{ id: string }> {
  return auditedWrite(user, async (tx, audit) => {
    const source = await loadForWrite(tx, user, id);
    requirePermission(user, "opportunity:create", { unitId: source.unitId });
    const agreement = source.agreementId
      ? await tx.agreement.findUnique({ where: { id: source.agreementId }, select: { status: true } })
      : null;
    const created = await tx.opportunity.create({
      data: {
        title: shiftYearsInText(source.title),
        description: source.description,
        translations: nextYearTranslations(source.translations, OPPORTUNITY_TEXT_FIELDS),
        programId: source.programId,
        partnerId: source.partnerId,
        agreementId: agreement?.status === "ACTIVE" ? source.agreementId : null,
        unitId: source.unitId,
        direction: source.direction,
        audience: source.audience,
        subjectAreas: source.subjectAreas,
        places: source.places,
        funding: source.funding,
        academicYear: source.academicYear + 1,
        academicPeriod: shiftYearsInText(source.academicPeriod),
        durationMonths: source.durationMonths,
        language: source.language,
        languageLevel: source.languageLevel,
        otherRequirements: source.otherRequirements,
        selectionCriteria: source.selectionCriteria ?? [],
        opensAt: plusOneYear(source.opensAt),
        closesAt: plusOneYear(source.closesAt),
        status: "DRAFT",
        requiredDocuments: {
          create: source.requiredDocuments.map(({ name, description, isMandatory, sortOrder }) => ({ name, description, isMandatory, sortOrder })),
        },
      },
      select: { id: true },
    });
    await audit({ action: "opportunity.duplicate", entityType: "Opportunity", entityId: created.id, after: { sourceId: source.id } });
    return created;
  });
}

/** Only a draft can be deleted: a published or closed call is kept for its applications. */
export async function deleteOpportunity(user: SessionUser, ref: OpportunityRef): Promise<{ id: string }> {
  return auditedWrite(user, async (tx, audit) => {
    const current = await loadForWrite(tx, user, ref.id);
    requirePermission(user, "opportunity:delete", { unitId: current.unitId });
    if (!isDeletable(current.status)) throw new AppError("CONFLICT", { messageKey: "opportunities.lifecycle.errors.onlyDraftDeletable" });
    const deleted = await tx.opportunity.deleteMany({ where: { id: ref.id, version: ref.version, status: "DRAFT" } });
    if (deleted.count !== 1) throw new AppError("CONFLICT", { messageKey: STALE, values: { version: ref.version } });
    await audit({ action: "opportunity.delete", entityType: "Opportunity", entityId: ref.id, before: current });
    return { id: ref.id };
  });
}
