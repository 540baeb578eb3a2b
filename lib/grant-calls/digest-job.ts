import "server-only";
import { db } from "@/lib/db/client";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import { sendMail, type MailMessage } from "@/lib/mail/send-mail";
import { can } from "@/lib/permissions";
import { localize } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { mailLocale, renderDigestEmail } from "./emails";
import { concernsSubjects } from "./subjects";
import { unsubscribeUrl } from "./unsubscribe-token";

export interface DigestRunResult {
  sent: number;
  failed: number;
}

/**
 * The subject areas each unit works in, as the portal knows them: the ISCED-F fields of its
 * agreements' cooperation conditions and of its exchange calls. A call is then "for" a unit when its
 * subject areas meet those (grant calls name no unit of their own).
 */
async function unitSubjects(unitIds: readonly string[]): Promise<Map<string, string[]>> {
  const byUnit = new Map<string, Set<string>>(unitIds.map((id) => [id, new Set()]));
  if (unitIds.length === 0) return new Map();
  const [conditions, opportunities] = await Promise.all([
    db.cooperationCondition.findMany({
      where: { iscedCode: { not: null }, agreement: { unitId: { in: [...unitIds] } } },
      select: { iscedCode: true, agreement: { select: { unitId: true } } },
    }),
    db.opportunity.findMany({ where: { unitId: { in: [...unitIds] } }, select: { unitId: true, subjectAreas: true } }),
  ]);
  for (const condition of conditions) byUnit.get(condition.agreement.unitId)?.add(condition.iscedCode!);
  for (const opportunity of opportunities) for (const code of opportunity.subjectAreas) byUnit.get(opportunity.unitId!)?.add(code);
  return new Map([...byUnit].map(([id, codes]) => [id, [...codes]]));
}

/** What a subscription asks for: null for every call (no subject area and no unit chosen). */
function interestsOf(subscription: { subjectAreas: string[]; unitIds: string[] }, subjectsByUnit: Map<string, string[]>): string[] | null {
  if (subscription.subjectAreas.length === 0 && subscription.unitIds.length === 0) return null;
  return [...subscription.subjectAreas, ...subscription.unitIds.flatMap((id) => subjectsByUnit.get(id) ?? [])];
}

/**
 * The calls published (the `grant-call.publish` audit row: publishing is the one way a call becomes
 * published) after `since` and up to `now`, still published and before their deadline, with the
 * moment each was published.
 */
async function callsPublishedBetween(since: Date, now: Date) {
  const published = await db.$queryRaw<{ id: string; publishedAt: Date }[]>`
    SELECT g."id", max(a."at") AS "publishedAt"
    FROM "GrantCall" g
    JOIN "AuditLog" a ON a."entityType" = 'GrantCall' AND a."entityId" = g."id"::text AND a."action" = 'grant-call.publish'
    WHERE g."status" = 'PUBLISHED' AND g."deadline" > ${now} AND a."at" > ${since} AND a."at" <= ${now}
    GROUP BY g."id"`;
  if (published.length === 0) return [];
  const publishedAt = new Map(published.map((row) => [row.id, row.publishedAt]));
  const calls = await db.grantCall.findMany({
    where: { id: { in: [...publishedAt.keys()] } },
    select: { id: true, funder: true, title: true, translations: true, deadline: true, timeZone: true, subjectAreas: true },
    orderBy: [{ deadline: "asc" }, { title: "asc" }],
  });
  return calls.map((call) => ({ ...call, publishedAt: publishedAt.get(call.id)! }));
}

/**
 * Sends each subscriber the calls published since their last digest (or since they subscribed) that
 * match their subject areas or units; nobody gets an empty digest. Each send is claimed by moving
 * `lastSentAt` from the value it was read with, inside the send's transaction: a concurrent run
 * finds it moved and skips; a failed send rolls it back for the next run. Every digest carries the
 * signed unsubscribe link of its subscription. Called by the weekly job; callable directly.
 */
export async function sendWeeklyDigests(now: Date = new Date(), options: { send?: (message: MailMessage) => Promise<void> } = {}): Promise<DigestRunResult> {
  const send = options.send ?? sendMail;
  const result: DigestRunResult = { sent: 0, failed: 0 };
  const subscriptions = await db.digestSubscription.findMany({
    where: { unsubscribedAt: null, user: { disabledAt: null } },
    select: {
      id: true,
      subjectAreas: true,
      unitIds: true,
      lastSentAt: true,
      createdAt: true,
      user: { select: { id: true, email: true, name: true, role: true, unitId: true, locale: true } },
    },
  });
  if (subscriptions.length === 0) return result;
  const sinceOf = (subscription: (typeof subscriptions)[number]) => subscription.lastSentAt ?? subscription.createdAt;
  const earliest = new Date(Math.min(...subscriptions.map((subscription) => sinceOf(subscription).getTime())));
  const [calls, subjectsByUnit, institutionZone, defaultLanguage] = await Promise.all([
    callsPublishedBetween(earliest, now),
    unitSubjects([...new Set(subscriptions.flatMap((subscription) => subscription.unitIds))]),
    getInstitutionTimeZone(),
    getDefaultContentLanguage(),
  ]);
  if (calls.length === 0) return result;

  for (const subscription of subscriptions) {
    if (!can(subscription.user, "grant-call:read")) continue;
    const since = sinceOf(subscription);
    const interests = interestsOf(subscription, subjectsByUnit);
    const matching = calls.filter((call) => call.publishedAt > since && concernsSubjects(call.subjectAreas, interests));
    if (matching.length === 0) continue;
    const locale = mailLocale(subscription.user.locale);
    const message = renderDigestEmail({
      to: subscription.user.email,
      locale,
      recipientName: subscription.user.name,
      calls: matching.map((call) => ({
        title: localize(call, ["title"], locale, defaultLanguage).title.text,
        funder: call.funder,
        deadline: call.deadline,
        timeZone: call.timeZone ?? institutionZone,
        link: new URL(`/dashboard/grant-calls/${call.id}`, env().APP_URL).toString(),
      })),
      settingsLink: new URL("/dashboard/grant-calls/digest", env().APP_URL).toString(),
      unsubscribeLink: unsubscribeUrl(subscription.id),
    });
    try {
      const sent = await db.$transaction(
        async (tx) => {
          const claim = await tx.digestSubscription.updateMany({
            where: { id: subscription.id, unsubscribedAt: null, lastSentAt: subscription.lastSentAt },
            data: { lastSentAt: now },
          });
          if (claim.count === 0) return false;
          await send(message);
          return true;
        },
        { timeout: 60_000, maxWait: 60_000 },
      );
      if (sent) result.sent++;
    } catch (error) {
      result.failed++;
      logger.error({ err: error, subscriptionId: subscription.id }, "grant call digest not sent; it will be retried on the next run");
    }
  }
  return result;
}
