import "server-only";
import type { AppLocale } from "@/i18n/config";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { TransactionClient } from "@/lib/db/client";
import { dayIn } from "@/lib/dates/zoned";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { loadLogo } from "@/lib/pdf/logo";
import { storeFile } from "@/lib/storage/store-file";
import { letterContextOf, letterheadOf } from "./letter-context";
import { getLetterInstitution, getLetterVisit, requireLetterAccess } from "./letter-data";
import { renderInvitationLetter } from "./letter-pdf";
import { missingLetterFields, type MissingField } from "./letter-values";
import { placeholdersIn } from "./placeholders";
import type { GenerateLetterInput } from "./schemas";
import { letterTemplateFor } from "./templates";

export type GenerateLetterResult =
  | { status: "created"; letterId: string; referenceNumber: string }
  /** Nothing was made: the record lacks what the letter would print (listed for the officer). */
  | { status: "missing"; missing: MissingField[] };

/**
 * The next letter reference of the year: "<short name>-INV-2026-007". Taken under a transaction
 * lock, so two letters made at the same moment never share a number.
 */
async function nextLetterReference(tx: TransactionClient, shortName: string, year: string): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('VisitLetter.referenceNumber'))`;
  const prefix = shortName.replace(/[^\p{L}\p{N}]+/gu, "").toUpperCase() || "IRO";
  const stem = `${prefix}-INV-${year}-`;
  const taken = await tx.visitLetter.count({ where: { referenceNumber: { startsWith: stem } } });
  return `${stem}${String(taken + 1).padStart(3, "0")}`;
}

function fileNameOf(reference: string, language: AppLocale): string {
  return `invitation-${reference}-${language}.pdf`;
}

/**
 * Makes an invitation letter for one guest or the whole delegation in the chosen language, keeps
 * the PDF in the document storage as a VisitLetter (who, when) and records it in the visit's
 * history. When the record lacks something the letter would print (a passport number, who pays),
 * nothing is made and the missing values are returned instead.
 */
export async function generateVisitLetter(user: SessionUser | null, input: GenerateLetterInput, now = new Date()): Promise<GenerateLetterResult> {
  requireLetterAccess(user);
  const [visit, institution, timeZone] = await Promise.all([getLetterVisit(user, input.visitId), getLetterInstitution(), getInstitutionTimeZone()]);
  if (!visit) throw new AppError("NOT_FOUND");
  if (visit.direction !== "INCOMING") throw new AppError("VALIDATION", { messageKey: "letters.errors.outgoingVisit" });
  const guests = input.participantId ? visit.participants.filter((guest) => guest.id === input.participantId) : visit.participants;
  if (guests.length === 0) throw fieldError("participantId", input.participantId ? "letters.validation.unknownGuest" : "letters.validation.noGuests");

  const [template, logo] = await Promise.all([letterTemplateFor(input.language), loadLogo(institution.logoPath)]);
  const contextFor = (reference: string) =>
    letterContextOf({ visit, guests, institution, language: input.language, reference, issuedAt: now, timeZone });
  const missing = missingLetterFields(contextFor("—"), placeholdersIn(`${template.subject}\n${template.body}`));
  if (missing.length > 0) return { status: "missing", missing };

  return auditedWrite(user, async (tx, audit): Promise<GenerateLetterResult> => {
    const referenceNumber = await nextLetterReference(tx, institution.shortName, dayIn(now, timeZone).slice(0, 4));
    const pdf = await renderInvitationLetter({
      context: contextFor(referenceNumber),
      template,
      letterhead: letterheadOf(institution, input.language, logo),
    });
    const file = await storeFile(tx, { data: pdf, fileName: fileNameOf(referenceNumber, input.language), mimeType: "application/pdf", uploadedById: user.id });
    const participantIds = guests.map((guest) => guest.id);
    const letter = await tx.visitLetter.create({
      data: { visitId: visit.id, fileId: file.id, language: input.language, participantIds, referenceNumber, createdById: user.id, createdAt: now },
      select: { id: true },
    });
    // The history says which letter and for whom by id; the names and passports stay in the PDF.
    await audit({
      action: "letter.generate",
      entityType: "Visit",
      entityId: visit.id,
      after: { letterId: letter.id, referenceNumber, language: input.language, participantIds, fileName: file.fileName },
    });
    return { status: "created", letterId: letter.id, referenceNumber };
  });
}
