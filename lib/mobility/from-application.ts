import "server-only";
import type { TransactionClient } from "@/lib/db/client";
import type { Audience, StudyLevel } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import type { AuditEntry } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { plannedPeriod } from "./planned-period";

const STUDY_LEVEL: Partial<Record<Audience, StudyLevel>> = { BACHELOR: "BACHELOR", MASTER: "MASTER", DOCTORAL: "DOCTORAL" };

/**
 * Turns accepted applications into PLANNED mobility records, inside the transaction that accepts
 * them, so an acceptance never exists without its record (and vice versa). Linked by applicationId.
 */
export async function createMobilitiesFromApplications(
  tx: TransactionClient,
  actor: { id: string },
  applicationIds: readonly string[],
  ip: string | null,
): Promise<void> {
  if (applicationIds.length === 0) return;
  const applications = await tx.application.findMany({
    where: { id: { in: [...applicationIds] }, mobility: null },
    select: {
      id: true,
      student: { select: { id: true, name: true, email: true, unitId: true } },
      opportunity: {
        select: {
          direction: true,
          audience: true,
          partnerId: true,
          programId: true,
          agreementId: true,
          unitId: true,
          subjectAreas: true,
          academicYear: true,
          academicPeriod: true,
          durationMonths: true,
        },
      },
    },
  });
  const codes = [...new Set(applications.flatMap((a) => a.opportunity.subjectAreas.slice(0, 1)))];
  const known = new Set(
    codes.length > 0 ? (await tx.iscedField.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((f) => f.code) : [],
  );
  for (const application of applications) {
    const { opportunity, student } = application;
    if (!opportunity.partnerId) {
      throw new AppError("CONFLICT", { messageKey: "applications.errors.noPartnerForMobility" });
    }
    const levels = opportunity.audience.map((a) => STUDY_LEVEL[a]).filter((l): l is StudyLevel => !!l);
    const isStaff = opportunity.audience.length > 0 && opportunity.audience.every((a) => a === "STAFF");
    const { startDate, endDate } = plannedPeriod({
      academicYear: opportunity.academicYear,
      academicPeriod: opportunity.academicPeriod,
      durationMonths: opportunity.durationMonths === null ? null : Number(opportunity.durationMonths),
    });
    const iscedCode = opportunity.subjectAreas[0] && known.has(opportunity.subjectAreas[0]) ? opportunity.subjectAreas[0] : null;
    const record = await tx.mobilityRecord.create({
      data: {
        direction: opportunity.direction,
        participantType: isStaff ? "STAFF" : "STUDENT",
        mobilityType: isStaff ? "STAFF_TRAINING" : "STUDENT_STUDY",
        personName: student.name,
        personEmail: student.email,
        userId: student.id,
        partnerId: opportunity.partnerId,
        programId: opportunity.programId,
        agreementId: opportunity.agreementId,
        applicationId: application.id,
        unitId: student.unitId ?? opportunity.unitId,
        level: levels.length === 1 ? levels[0] : null,
        iscedCode,
        academicYear: opportunity.academicYear,
        startDate,
        endDate,
        status: "PLANNED",
      },
      select: { id: true, direction: true, partnerId: true, academicYear: true, startDate: true, endDate: true },
    });
    const entry: AuditEntry = {
      actor,
      action: "mobility.create-from-application",
      entityType: "MobilityRecord",
      entityId: record.id,
      after: { ...record, applicationId: application.id, status: "PLANNED" },
      ip,
    };
    await recordAudit(tx, entry);
  }
}
