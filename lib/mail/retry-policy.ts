/**
 * How often and how long the portal keeps trying to deliver one e-mail (decision 014). An attempt
 * that fails waits 1, 4, 16, 64 then 256 minutes before the next: a mail server that is down for a
 * restart gets the message a minute later, one that is down for an afternoon still gets it the same
 * day, and the sixth failure (about five and a half hours after the first) marks the message FAILED
 * for an admin to look at and send again.
 */
export const MAX_ATTEMPTS = 6;

const FIRST_DELAY_MS = 60_000;
const GROWTH = 4;

/** The pause after the `attempts`-th failed attempt (1-based), before the next one. */
export function retryDelayMs(attempts: number): number {
  return FIRST_DELAY_MS * GROWTH ** Math.max(0, attempts - 1);
}

/**
 * What a failed attempt leads to: another try at `nextAttemptAt`, or FAILED once `attempts` (this
 * one included) reaches MAX_ATTEMPTS.
 */
export function afterFailure(attempts: number, now: Date): { status: "PENDING"; nextAttemptAt: Date } | { status: "FAILED" } {
  if (attempts >= MAX_ATTEMPTS) return { status: "FAILED" };
  return { status: "PENDING", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}

/**
 * How long a message being sent is kept from other senders (the every-minute job, another
 * instance). Longer than one SMTP attempt may take (see transport.ts), so a message is never sent
 * twice at once; if the process dies mid-attempt the job takes it up again after this.
 */
export const ATTEMPT_LEASE_MS = 5 * 60_000;
