import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import type { TransactionClient } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { scopeWhere } from "@/lib/permissions";
import { OFFICE_ROLES } from "./queries";

/**
 * The records a visit links to must exist and be within the user's reach: a coordinator links their
 * unit's agreements and projects only. A link kept unchanged by an edit is not checked again (an
 * officer may have linked an agreement of another unit). Every problem is answered next to its field.
 */
export interface VisitLinks {
  partnerId: string | null;
  agreementId: string | null;
  projectId: string | null;
  hostUnitId: string | null;
  responsibleId: string | null;
}

export async function checkVisitLinks(tx: TransactionClient, user: SessionUser, links: VisitLinks, unchanged: Partial<VisitLinks> = {}): Promise<void> {
  const changed = (field: keyof VisitLinks) => links[field] !== null && links[field] !== unchanged[field];
  const [partner, agreement, project, unit, responsible] = await Promise.all([
    changed("partnerId") ? tx.partner.findUnique({ where: { id: links.partnerId! }, select: { id: true } }) : true,
    changed("agreementId") ? tx.agreement.findFirst({ where: { AND: [scopeWhere(user, "agreement:read"), { id: links.agreementId! }] }, select: { id: true } }) : true,
    changed("projectId") ? tx.project.findFirst({ where: { AND: [scopeWhere(user, "project:read"), { id: links.projectId! }] }, select: { id: true } }) : true,
    changed("hostUnitId") ? tx.unit.findUnique({ where: { id: links.hostUnitId! }, select: { id: true } }) : true,
    changed("responsibleId") ? tx.user.findFirst({ where: { id: links.responsibleId!, role: { in: OFFICE_ROLES }, disabledAt: null }, select: { id: true } }) : true,
  ]);
  const errors: FieldErrors = {};
  if (!partner) errors.partnerId = ["common.form.errors.invalidOption"];
  if (!agreement) errors.agreementId = ["common.form.errors.invalidOption"];
  if (!project) errors.projectId = ["common.form.errors.invalidOption"];
  if (!unit) errors.hostUnitId = ["common.form.errors.invalidOption"];
  if (!responsible) errors.responsibleId = ["visits.validation.responsibleNotOffice"];
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", { fieldErrors: errors });
}
