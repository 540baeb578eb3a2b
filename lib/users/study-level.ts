"use server";

import { revalidatePath } from "next/cache";
import { auditedWrite } from "@/lib/audit/audited-write";
import { safeAction } from "@/lib/errors/safe-action";
import { requirePermission } from "@/lib/permissions";
import { setStudyLevelSchema } from "./study-level-schema";

/**
 * A student says (or clears) their own level of study on their account page; their dashboard then
 * offers the calls for that level. Only those who apply to calls hold `application:create`, so staff
 * are refused before anything is read. The input names no user: the caller only ever changes their
 * own account. Audited like the other changes to a user's own account (the password change).
 */
export const setStudyLevelAction = safeAction({
  name: "users.set-study-level",
  access: "application:create",
  schema: setStudyLevelSchema,
  handler: async ({ studyLevel }, { user }) => {
    requirePermission(user, "application:create", { ownerId: user.id });
    await auditedWrite(user, async (tx, audit) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { studyLevel: true } });
      if (before.studyLevel === studyLevel) return;
      const after = await tx.user.update({ where: { id: user.id }, data: { studyLevel }, select: { studyLevel: true } });
      await audit({ action: "user.set-study-level", entityType: "User", entityId: user.id, before, after });
    });
    revalidatePath("/dashboard/account");
    revalidatePath("/dashboard");
  },
});
