import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { TransactionClient } from "@/lib/db/client";
import { updateAtVersion } from "@/lib/db/writes";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { instantIn } from "@/lib/dates/zoned";
import { AppError, fieldError, type FieldErrors } from "@/lib/errors/app-error";
import { MESSAGES } from "@/lib/forms/fields";
import type { GrantCallStatus } from "@/lib/generated/prisma/enums";
import { requirePermission } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import { canTransition, isDeletable, isEditable, publishProblems, targetStatus, type GrantCallTransition } from "./lifecycle";
import type { GrantCallFormValues, GrantCallRef, UpdateGrantCallValues } from "./schemas";

/** The version check of a delete, worded like `updateAtVersion`'s so the form offers a reload. */
const STALE = "common.form.errors.stale";

function problemErrors(problems: Record<string, string>): FieldErrors {
  return Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, [key]]));
}

/** An amount for a Decimal(14, 2) column, as text so no binary fraction reaches the database. */
function amount(value: number | null): string | null {
  return value === null ? null : value.toFixed(2);
}

/** The deadline as an instant; a value the schema let through but no clock shows is refused next to the field. */
function deadlineInstant(value: string, zone: string): Date {
  try {
    return instantIn(value, zone);
  } catch {
    throw fieldError("deadline", MESSAGES.date);
  }
}

/**
 * The stored columns. The deadline is read on the wall clock of the call's own zone (a funder's
 * "17:00 Brussels time"), or the institution's when none is given; the default language's texts go
 * in the plain columns, the others in `translations` (decision 010).
 */
async function callData(input: GrantCallFormValues) {
  const [institutionZone, defaultLanguage] = await Promise.all([getInstitutionTimeZone(), getDefaultContentLanguage()]);
  return {
    funder: input.funder,
    program: input.program ?? null,
    title: input.title,
    description: input.description,
    eligibility: input.eligibility,
    translations: keepOtherLanguages(input.translations, defaultLanguage),
    audiences: input.audiences,
    deadline: deadlineInstant(input.deadline, input.timeZone ?? institutionZone),
    timeZone: input.timeZone ?? null,
    budgetMin: amount(input.budgetMin),
    budgetMax: amount(input.budgetMax),
    currency: input.currency ?? null,
    url: input.url ?? null,
    subjectAreas: input.subjectAreas,
    isPublic: input.isPublic,
    reminderLeadDays: [...new Set(input.reminderLeadDays)].sort((a, b) => b - a),
  };
}

async function loadForWrite(tx: TransactionClient, id: string) {
  const row = await tx.grantCall.findUnique({ where: { id } });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** A new call is always a draft: publishing is its own, audited step (the weekly digest reads it). */
export async function createGrantCall(user: SessionUser | null, input: GrantCallFormValues): Promise<{ id: string }> {
  requirePermission(user, "grant-call:create");
  const data = await callData(input);
  return auditedWrite(user, async (tx, audit) => {
    const created = await tx.grantCall.create({ data: { ...data, status: "DRAFT" }, select: { id: true } });
    await audit({ action: "grant-call.create", entityType: "GrantCall", entityId: created.id, after: { ...data, status: "DRAFT" } });
    return created;
  });
}

/**
 * Saves the form over a draft or published call at the version the editor loaded. A published call
 * must keep a deadline ahead. When the deadline moves, its followers' reminders start again, so
 * the new date is announced at each lead time.
 */
export async function updateGrantCall(user: SessionUser | null, input: UpdateGrantCallValues): Promise<{ id: string; version: number }> {
  requirePermission(user, "grant-call:update");
  const { id, version, ...fields } = input;
  const data = await callData(fields);
  return auditedWrite(user, async (tx, audit) => {
    const before = await loadForWrite(tx, id);
    if (!isEditable(before.status)) throw new AppError("CONFLICT", { messageKey: "grantCalls.lifecycle.errors.closedIsFinal" });
    if (before.status === "PUBLISHED") {
      const problems = publishProblems(data, new Date());
      if (Object.keys(problems).length > 0) {
        throw new AppError("VALIDATION", { messageKey: "grantCalls.lifecycle.errors.mustStayPublishable", fieldErrors: problemErrors(problems) });
      }
    }
    await updateAtVersion(tx.grantCall, { id, version }, data);
    if (before.deadline.getTime() !== data.deadline.getTime()) {
      await tx.grantCallFollow.updateMany({ where: { callId: id }, data: { remindedLeadDays: { set: [] } } });
    }
    await audit({ action: "grant-call.update", entityType: "GrantCall", entityId: id, before, after: { ...before, ...data } });
    return { id, version: version + 1 };
  });
}

/** Publish (a draft whose deadline is ahead) or close (a published call). */
export async function transitionGrantCall(
  user: SessionUser | null,
  ref: GrantCallRef,
  transition: GrantCallTransition,
): Promise<{ id: string; status: GrantCallStatus; version: number }> {
  requirePermission(user, "grant-call:update");
  return auditedWrite(user, async (tx, audit) => {
    const current = await loadForWrite(tx, ref.id);
    if (!canTransition(current.status, transition)) {
      throw new AppError("CONFLICT", { messageKey: `grantCalls.lifecycle.errors.cannot.${transition}` });
    }
    if (transition === "publish") {
      const problems = publishProblems(current, new Date());
      const [first] = Object.values(problems);
      // The lifecycle buttons have no fields to mark, so the first problem is the message itself.
      if (first) throw new AppError("VALIDATION", { messageKey: first, fieldErrors: problemErrors(problems) });
    }
    const status = targetStatus(transition);
    await updateAtVersion(tx.grantCall, ref, { status });
    await audit({
      action: transition === "publish" ? "grant-call.publish" : "grant-call.close",
      entityType: "GrantCall",
      entityId: ref.id,
      before: { status: current.status, version: current.version },
      after: { status, version: current.version + 1 },
    });
    return { id: ref.id, status, version: current.version + 1 };
  });
}

/** Only a draft can be deleted; its documents' files go with it. */
export async function deleteGrantCall(user: SessionUser | null, ref: GrantCallRef): Promise<{ id: string }> {
  requirePermission(user, "grant-call:delete");
  return auditedWrite(user, async (tx, audit) => {
    const current = await loadForWrite(tx, ref.id);
    if (!isDeletable(current.status)) throw new AppError("CONFLICT", { messageKey: "grantCalls.lifecycle.errors.onlyDraftDeletable" });
    const documents = await tx.grantCallDocument.findMany({ where: { callId: ref.id }, select: { fileId: true } });
    const deleted = await tx.grantCall.deleteMany({ where: { id: ref.id, version: ref.version, status: "DRAFT" } });
    if (deleted.count !== 1) throw new AppError("CONFLICT", { messageKey: STALE, values: { version: ref.version } });
    await tx.storedFile.deleteMany({ where: { id: { in: documents.map((document) => document.fileId) } } });
    await audit({ action: "grant-call.delete", entityType: "GrantCall", entityId: ref.id, before: current });
    return { id: ref.id };
  });
}
