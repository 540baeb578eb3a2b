import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { EMAIL_ADMIN_PERMISSION } from "./admin-queries";
import { tryRequeued } from "./queue";

/**
 * An admin sends failed e-mails again: each is made PENDING with a fresh series of attempts, due at
 * once, recorded in the audit log (status, attempts and error before; never the message), and tried
 * straight away (the rest of a large batch by the every-minute job).
 */

const REQUEUED = { status: "PENDING", attempts: 0 } as const;

/** At most this many failed messages are queued again by one click; a larger backlog takes more clicks. */
const MAX_RETRY_ALL = 500;

/** How many of them are tried before the page answers (side by side: one attempt's timeout at most). */
const TRY_AT_ONCE = 5;

export async function retryEmail(user: SessionUser | null, input: { id: string }): Promise<{ sent: boolean }> {
  requirePermission(user, EMAIL_ADMIN_PERMISSION);
  await auditedWrite(user, async (tx, audit) => {
    const before = await tx.emailMessage.findUnique({ where: { id: input.id }, select: { status: true, attempts: true, lastError: true } });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.emailMessage.updateMany({ where: { id: input.id, status: "FAILED" }, data: { ...REQUEUED, nextAttemptAt: new Date() } });
    if (count === 0) throw new AppError("CONFLICT", { messageKey: "emails.admin.retry.notFailed" });
    await audit({ action: "email.retry", entityType: "EmailMessage", entityId: input.id, before, after: { ...before, ...REQUEUED } });
  });
  const { sent } = await tryRequeued([input.id], 1);
  return { sent: sent === 1 };
}

export async function retryAllFailedEmails(user: SessionUser | null): Promise<{ count: number; sent: number; waiting: number }> {
  requirePermission(user, EMAIL_ADMIN_PERMISSION);
  const ids = await auditedWrite(user, async (tx, audit) => {
    const failed = await tx.emailMessage.findMany({
      where: { status: "FAILED" },
      orderBy: { createdAt: "asc" },
      take: MAX_RETRY_ALL,
      select: { id: true, status: true, attempts: true, lastError: true },
    });
    const requeued = failed.map((message) => message.id);
    await tx.emailMessage.updateMany({ where: { id: { in: requeued }, status: "FAILED" }, data: { ...REQUEUED, nextAttemptAt: new Date() } });
    for (const { id, ...before } of failed) {
      await audit({ action: "email.retry-all", entityType: "EmailMessage", entityId: id, before, after: { ...before, ...REQUEUED } });
    }
    return requeued;
  });
  return { count: ids.length, ...(await tryRequeued(ids, TRY_AT_ONCE)) };
}
