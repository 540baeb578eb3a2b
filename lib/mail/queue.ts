import "server-only";
import { db } from "@/lib/db/client";
import type { EmailStatus } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logging/logger";
import { ATTEMPT_LEASE_MS, afterFailure } from "./retry-policy";
import { deliver, type OutgoingMail } from "./transport";

/**
 * The e-mail queue (decision 014). Every message is first stored as an EmailMessage row, then tried
 * at once; a failed attempt leaves it PENDING until `nextAttemptAt` (retry-policy.ts), when the
 * every-minute job (`deliverDueMessages`, lib/jobs/registry.ts) tries it again, on whichever
 * instance picks the job up. After the last attempt it is FAILED, for an admin to send again.
 *
 * An attempt first takes a lease on the row (moves `nextAttemptAt` past the attempt's longest
 * duration, only if no one else moved it meanwhile), so two senders never send one message at once.
 * Delivery is at least once: a process that dies after the mail server took a message but before
 * the row says SENT sends it again after the lease.
 */

const claimedSelect = { id: true, to: true, subject: true, text: true, html: true, attempts: true } as const;

type ClaimedMessage = OutgoingMail & { id: string; attempts: number };

/** Long mail-server answers are cut: the admins' page shows the gist, the log has the rest. */
const MAX_ERROR_LENGTH = 1000;

function describeError(error: unknown): string {
  const { code, responseCode, message } = (error ?? {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
  const parts = [typeof code === "string" ? code : null, typeof responseCode === "number" ? String(responseCode) : null].filter(Boolean);
  const text = typeof message === "string" && message ? message : String(error);
  return (parts.length > 0 ? `${parts.join(" ")}: ${text}` : text).slice(0, MAX_ERROR_LENGTH);
}

export type AttemptOutcome = { status: EmailStatus; error: string | null };

/**
 * One delivery attempt of a message this process holds the lease of; records the outcome, never
 * throws. A failure's next attempt is counted from `now`, the time the run works at.
 */
async function attempt(message: ClaimedMessage, now: Date): Promise<AttemptOutcome> {
  const attempts = message.attempts + 1;
  let outcome: AttemptOutcome;
  let data;
  try {
    await deliver(message);
    outcome = { status: "SENT", error: null };
    data = { status: "SENT" as const, attempts, sentAt: new Date(), lastError: null };
  } catch (error) {
    const next = afterFailure(attempts, now);
    outcome = { status: next.status, error: describeError(error) };
    data = { ...next, attempts, lastError: outcome.error };
    logger.warn({ err: error, emailId: message.id, attempts, status: next.status }, "e-mail not delivered");
  }
  try {
    await db.emailMessage.update({ where: { id: message.id }, data });
  } catch (error) {
    // The lease runs out and the job takes the message up again: a SENT one may go twice, none is lost.
    logger.error({ err: error, emailId: message.id, outcome: outcome.status }, "the outcome of an e-mail attempt could not be recorded");
  }
  return outcome;
}

/**
 * Stores a rendered message and makes its first attempt before returning, so in development the
 * outbox holds it when the caller goes on. A failed attempt is the queue's to retry, not the
 * caller's error: only a failure to store the message reaches the caller.
 */
export async function queueAndSend(mail: OutgoingMail & { template?: string | null }): Promise<AttemptOutcome> {
  const message = await db.emailMessage.create({
    data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, template: mail.template ?? null, nextAttemptAt: new Date(Date.now() + ATTEMPT_LEASE_MS) },
    select: claimedSelect,
  });
  return attempt(message, new Date());
}

/**
 * Takes the lease of one PENDING message that is due at `now`: only if its `nextAttemptAt` is still
 * the one read, so of two senders reading it at once exactly one gets it.
 */
async function claim(id: string, nextAttemptAt: Date, now: Date): Promise<boolean> {
  const { count } = await db.emailMessage.updateMany({
    where: { id, status: "PENDING", nextAttemptAt },
    data: { nextAttemptAt: new Date(now.getTime() + ATTEMPT_LEASE_MS) },
  });
  return count === 1;
}

export interface DeliveryRunResult {
  sent: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
  /** Failed for the last time: now FAILED. */
  failed: number;
}

/**
 * Tries every PENDING message due at `now`, oldest due first, in batches, until none is due or
 * `budgetMs` has passed (the job runs every minute; what is left waits for the next run).
 */
export async function deliverDueMessages(now: Date = new Date(), options: { batchSize?: number; budgetMs?: number } = {}): Promise<DeliveryRunResult> {
  const { batchSize = 50, budgetMs = 45_000 } = options;
  const started = Date.now();
  const result: DeliveryRunResult = { sent: 0, retrying: 0, failed: 0 };
  while (Date.now() - started < budgetMs) {
    const due = await db.emailMessage.findMany({
      where: { status: "PENDING", nextAttemptAt: { lte: now } },
      orderBy: { nextAttemptAt: "asc" },
      take: batchSize,
      select: { ...claimedSelect, nextAttemptAt: true },
    });
    if (due.length === 0) break;
    for (const { nextAttemptAt, ...message } of due) {
      if (!(await claim(message.id, nextAttemptAt, now))) continue;
      const outcome = await attempt(message, now);
      if (outcome.status === "SENT") result.sent++;
      else if (outcome.status === "FAILED") result.failed++;
      else result.retrying++;
    }
    if (due.length < batchSize) break;
  }
  return result;
}

/**
 * Tries at once, side by side, the first `tryNow` of messages an admin has just made PENDING again
 * (admin-service.ts); the others are due already, and the job sends them within a minute. Side by
 * side, so an unreachable server costs the admin one attempt's timeout, not one per message.
 */
export async function tryRequeued(ids: readonly string[], tryNow: number): Promise<{ sent: number; waiting: number }> {
  const now = new Date();
  const outcomes = await Promise.all(
    ids.slice(0, tryNow).map(async (id) => {
      const message = await db.emailMessage.findUnique({ where: { id }, select: { ...claimedSelect, status: true, nextAttemptAt: true } });
      if (!message || message.status !== "PENDING" || !(await claim(id, message.nextAttemptAt, now))) return "PENDING";
      return (await attempt(message, now)).status;
    }),
  );
  const sent = outcomes.filter((status) => status === "SENT").length;
  return { sent, waiting: ids.length - sent };
}
