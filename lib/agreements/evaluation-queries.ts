import "server-only";
import { requireSomeScope } from "./access";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { scopeWhere } from "@/lib/permissions";
import { academicYearOf, toIsoDay } from "./dates";
import { evaluateAgreement, type Evaluation } from "./evaluation";

/**
 * Places agreed vs mobilities realized for one agreement: its conditions and one grouped count of
 * its mobility records (cancelled ones left out), combined by the pure evaluation.
 */
export async function getAgreementEvaluation(user: SessionUser | null, agreementId: string): Promise<Evaluation | null> {
  requireSomeScope(user, "agreement:read");
  const agreement = await db.agreement.findFirst({
    where: { AND: [{ id: agreementId }, scopeWhere(user, "agreement:read")] },
    select: {
      startsOn: true,
      endsOn: true,
      conditions: { select: { direction: true, mobilityType: true, placesPerYear: true, fromAcademicYear: true, toAcademicYear: true } },
    },
  });
  if (!agreement) return null;
  const groups = await db.mobilityRecord.groupBy({
    by: ["academicYear", "direction", "mobilityType"],
    where: { agreementId, status: { not: "CANCELLED" } },
    _count: { _all: true },
  });
  const start = toIsoDay(agreement.startsOn);
  const end = toIsoDay(agreement.endsOn);
  return evaluateAgreement({
    conditions: agreement.conditions,
    realized: groups.map((group) => ({
      academicYear: group.academicYear,
      direction: group.direction,
      mobilityType: group.mobilityType,
      count: group._count._all,
    })),
    agreementYears: start ? { from: academicYearOf(start), to: academicYearOf(end ?? start) } : null,
  });
}
