import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";

export interface MyApplicationToCall {
  id: string;
  status: ApplicationStatus;
  submittedAt: Date | null;
  updatedAt: Date;
}

/**
 * The signed-in student's own application to one call, for the call's public page: once they have
 * applied (or withdrawn), the page shows that application instead of "Apply now". Null for
 * visitors, staff, and students who have not applied; `studentId: user.id` is in the `where`.
 */
export async function getMyApplicationToCall(user: SessionUser | null, opportunityId: string): Promise<MyApplicationToCall | null> {
  if (!user || !can(user, "application:read", { ownerId: user.id }) || !can(user, "application:create", { ownerId: user.id })) return null;
  return db.application.findFirst({
    where: { opportunityId, studentId: user.id },
    select: { id: true, status: true, submittedAt: true, updatedAt: true },
  });
}
