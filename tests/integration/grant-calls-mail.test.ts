import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as unsubscribeRoute } from "@/app/api/grant-calls/unsubscribe/route";
import { db } from "@/lib/db/client";
import { saveDigestSubscription, unsubscribeLinkState, unsubscribeWithToken } from "@/lib/grant-calls/digest";
import { sendWeeklyDigests } from "@/lib/grant-calls/digest-job";
import { sendDueGrantCallReminders } from "@/lib/grant-calls/reminders";
import { createGrantCall, transitionGrantCall } from "@/lib/grant-calls/service";
import { grantCallFormSchema } from "@/lib/grant-calls/schemas";
import { unsubscribeToken, verifyUnsubscribeToken } from "@/lib/grant-calls/unsubscribe-token";
import type { GrantCallStatus } from "@/lib/generated/prisma/enums";
import { listOutbox } from "@/lib/mail/outbox";
import type { MailMessage } from "@/lib/mail/send-mail";
import { actAsVisitor } from "@/tests/helpers/act-as";
import { createStoredAgreement, createTestPartner } from "@/tests/helpers/agreement-factories";
import { createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/** The route context of a route without dynamic segments. */
const NO_PARAMS = {} as never;

/**
 * The mail of grant calls (issue 12, item 8): deadline reminders to followers, once per follower and
 * lead time however often the job runs; the weekly digest with only the matching calls published
 * since the last one; and its signed unsubscribe link, valid once per subscription, forgeries refused.
 */

const DAY = 86_400_000;

let officer: TestUser;
let coordinator: TestUser;
let admin: TestUser;

beforeAll(async () => {
  await ensureInstitution();
  officer = await createUser({ role: "OFFICER", name: "Nigar Officer" });
  coordinator = await createUser({ role: "COORDINATOR", name: "Farid Coordinator" });
  admin = await createUser({ role: "ADMIN", name: "Kamran Admin" });
});

beforeEach(() => actAsVisitor());

function recorder(delayMs = 0) {
  const sent: MailMessage[] = [];
  const send = vi.fn(async (message: MailMessage) => {
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    sent.push(message);
  });
  return { sent, send };
}

/** A call written straight to the database, its deadline `days` after `from`. */
async function storedCall(from: Date, days: number, overrides: { status?: GrantCallStatus; reminderLeadDays?: number[]; title?: string } = {}) {
  return db.grantCall.create({
    data: {
      funder: "DAAD",
      title: overrides.title ?? `Research stays ${Math.random().toString(36).slice(2, 8)}`,
      translations: { az: { title: "Tədqiqat səfərləri" } },
      deadline: new Date(from.getTime() + days * DAY),
      status: overrides.status ?? "PUBLISHED",
      reminderLeadDays: overrides.reminderLeadDays ?? [30, 7],
    },
    select: { id: true, title: true },
  });
}

async function follow(callId: string, ...users: { id: string }[]): Promise<void> {
  await db.grantCallFollow.createMany({ data: users.map((user) => ({ callId, userId: user.id })) });
}

describe("deadline reminders", () => {
  // 10:30 in Baku, the job's hour.
  const NOW = new Date("2030-03-01T06:30:00Z");

  it("reminds each follower once per lead time, however often the job runs", async () => {
    const call = await storedCall(NOW, 20);
    const disabled = await createUser({ role: "OFFICER", disabled: true });
    const student = await createUser({ role: "STUDENT" });
    await follow(call.id, officer, coordinator, disabled, student);

    const first = recorder();
    expect(await sendDueGrantCallReminders(NOW, { send: first.send })).toEqual({ sent: 2, failed: 0 });
    expect(first.sent.map((mail) => mail.to).sort()).toEqual([coordinator.email, officer.email].sort());
    expect(first.sent[0]!.subject).toBe(`20 days left: ${call.title}`);
    const second = recorder();
    expect(await sendDueGrantCallReminders(NOW, { send: second.send })).toEqual({ sent: 0, failed: 0 });
    expect(second.send).not.toHaveBeenCalled();

    // Six days before: the 7-day reminder, once more each.
    const later = new Date(NOW.getTime() + 14 * DAY);
    const third = recorder();
    expect(await sendDueGrantCallReminders(later, { send: third.send })).toEqual({ sent: 2, failed: 0 });
    expect(third.sent[0]!.subject).toBe(`6 days left: ${call.title}`);
    expect(await sendDueGrantCallReminders(later, { send: recorder().send })).toEqual({ sent: 0, failed: 0 });
    const follows = await db.grantCallFollow.findMany({ where: { callId: call.id, userId: { in: [officer.id, coordinator.id] } } });
    expect(follows.map((row) => row.remindedLeadDays)).toEqual([
      [30, 7],
      [30, 7],
    ]);
  });

  it("sends once when runs overlap, as with several instances", async () => {
    const call = await storedCall(NOW, 5);
    await follow(call.id, officer);
    const { sent, send } = recorder(100);
    const results = await Promise.all([1, 2, 3].map(() => sendDueGrantCallReminders(NOW, { send })));
    expect(sent.filter((mail) => mail.subject.endsWith(call.title))).toHaveLength(1);
    expect(results.reduce((total, result) => total + result.sent, 0)).toBeGreaterThanOrEqual(1);
    // A late follower gets one reminder that covers both lead times.
    expect((await db.grantCallFollow.findFirstOrThrow({ where: { callId: call.id } })).remindedLeadDays.sort()).toEqual([30, 7]);
  });

  it("writes the reminder to the outbox in the follower's language, with the call's staff link", async () => {
    const call = await storedCall(NOW, 7, { title: "Outbox reminder call" });
    const reader = await createUser({ role: "OFFICER" });
    await db.user.update({ where: { id: reader.id }, data: { locale: "az" } });
    await follow(call.id, reader);
    await sendDueGrantCallReminders(NOW);
    const mail = (await listOutbox()).find((entry) => entry.to === reader.email);
    expect(mail?.subject).toBe("7 gün qalıb: Tədqiqat səfərləri");
    expect(mail?.text).toContain(`/dashboard/grant-calls/${call.id}`);
  });

  it("reminds nothing early, after the deadline, or for a closed call, and retries a failed send", async () => {
    const early = await storedCall(NOW, 45);
    const passed = await storedCall(NOW, -1);
    const closed = await storedCall(NOW, 3, { status: "CLOSED" });
    const failedOnce = await storedCall(NOW, 2);
    for (const call of [early, passed, closed, failedOnce]) await follow(call.id, admin);
    const failing = vi.fn(async () => {
      throw new Error("SMTP down");
    });
    const failure = await sendDueGrantCallReminders(NOW, { send: failing });
    expect(failure.failed).toBeGreaterThanOrEqual(1);
    expect((await db.grantCallFollow.findFirstOrThrow({ where: { callId: failedOnce.id } })).remindedLeadDays).toEqual([]);
    const { sent, send } = recorder();
    await sendDueGrantCallReminders(NOW, { send });
    const forAdmin = sent.filter((mail) => mail.to === admin.email);
    expect(forAdmin.map((mail) => mail.subject)).toEqual([expect.stringContaining(failedOnce.title)]);
    for (const call of [early, passed, closed]) expect((await db.grantCallFollow.findFirstOrThrow({ where: { callId: call.id } })).remindedLeadDays).toEqual([]);
  });
});

describe("the weekly digest", () => {
  /** A call created and published through the service, as staff do: publishing is what the digest reads. */
  async function published(title: string, subjectAreas: string[]): Promise<string> {
    const input = grantCallFormSchema.parse({
      funder: "Digest Funder",
      title,
      audiences: ["STAFF"],
      deadline: new Date(Date.now() + 60 * DAY).toISOString().slice(0, 16),
      subjectAreas,
      isPublic: true,
    });
    const { id } = await createGrantCall(officer, input);
    await transitionGrantCall(officer, { id, version: 1 }, "publish");
    return id;
  }

  it("sends each subscriber only the matching calls published since their last digest, with a working unsubscribe link", async () => {
    // The unit works in ICT (061) through an agreement's cooperation condition.
    const unit = await createUnit();
    const partner = await createTestPartner();
    await createStoredAgreement({ unitId: unit.id, partnerIds: [partner.id], status: "ACTIVE", conditions: [{ direction: "OUTGOING", mobilityType: "STUDENT_STUDY", iscedCode: "0613", placesPerYear: 2 }] });

    await published("Old chemistry call", ["0531"]);
    // Subscribed after the old call was published: it is not new to anyone below.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const chemist = await saveDigestSubscription(officer, { subjectAreas: ["053"], unitIds: [] });
    await saveDigestSubscription(coordinator, { subjectAreas: [], unitIds: [unit.id] });
    await saveDigestSubscription(admin, { subjectAreas: [], unitIds: [] });
    const leaver = await createUser({ role: "OFFICER" });
    const left = await saveDigestSubscription(leaver, { subjectAreas: [], unitIds: [] });
    await db.digestSubscription.update({ where: { id: left.id }, data: { unsubscribedAt: new Date() } });

    const chemistry = await published("Chemistry call", ["0531"]);
    await published("Software call", ["0613"]);
    await published("Open call", []);
    await published("Languages call", ["0231"]);

    const { sent, send } = recorder();
    expect(await sendWeeklyDigests(new Date(), { send })).toEqual({ sent: 3, failed: 0 });
    const mailTo = (user: TestUser) => sent.filter((mail) => mail.to === user.email);
    const titlesIn = (mail: MailMessage) => ["Old chemistry call", "Chemistry call", "Software call", "Open call", "Languages call"].filter((title) => mail.text.includes(`• ${title}\n`));
    expect(mailTo(officer).map(titlesIn)).toEqual([["Chemistry call", "Open call"]]);
    expect(mailTo(coordinator).map(titlesIn)).toEqual([["Software call", "Open call"]]);
    expect(mailTo(admin).map(titlesIn)).toEqual([["Chemistry call", "Software call", "Open call", "Languages call"]]);
    expect(mailTo(leaver)).toEqual([]);
    expect(mailTo(officer)[0]!.subject).toBe("2 new grant calls this week");
    expect(mailTo(officer)[0]!.text).toContain(`/dashboard/grant-calls/${chemistry}`);

    // Nothing new since: the next run sends nothing.
    expect(await sendWeeklyDigests(new Date(), { send: recorder().send })).toEqual({ sent: 0, failed: 0 });

    // The link in the mail names the officer's subscription, and works once.
    const link = mailTo(officer)[0]!.text.match(/https?:\/\/\S+\/grant-calls\/unsubscribe\?token=(\S+)/);
    const token = decodeURIComponent(link![1]!);
    expect(verifyUnsubscribeToken(token)).toBe(chemist.id);
    expect(await unsubscribeLinkState(token)).toBe("active");
    expect(await unsubscribeWithToken(token)).toBe("done");
    expect(await unsubscribeWithToken(token)).toBe("ended");
    expect(await unsubscribeLinkState(token)).toBe("ended");
    expect((await db.digestSubscription.findUniqueOrThrow({ where: { id: chemist.id } })).unsubscribedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { entityType: "DigestSubscription", entityId: chemist.id, action: "grant-call.digest.unsubscribe", actorId: officer.id } })).toBe(1);

    // Subscribing again starts a new subscription: the spent link does not end it.
    const again = await saveDigestSubscription(officer, { subjectAreas: [], unitIds: [] });
    expect(again.id).not.toBe(chemist.id);
    expect(await unsubscribeWithToken(token)).toBe("ended");
    expect((await db.digestSubscription.findUniqueOrThrow({ where: { id: again.id } })).unsubscribedAt).toBeNull();
  });

  it("refuses forged and altered tokens, changing nothing", async () => {
    const user = await createUser({ role: "OFFICER" });
    const subscription = await saveDigestSubscription(user, { subjectAreas: [], unitIds: [] });
    const genuine = unsubscribeToken(subscription.id);
    const [id, signature] = genuine.split(".") as [string, string];
    const other = await saveDigestSubscription(await createUser({ role: "OFFICER" }), { subjectAreas: [], unitIds: [] });
    const forgeries = [
      `${id}.${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}`,
      `${other.id}.${signature}`,
      `${id}.`,
      id,
      `${id}.${signature}.extra`,
      "not-a-token",
      `${id}.${Buffer.from("forged").toString("base64url")}`,
    ];
    for (const forged of forgeries) {
      expect(verifyUnsubscribeToken(forged), forged).toBeNull();
      expect(await unsubscribeWithToken(forged), forged).toBe("invalid");
    }
    // A well-signed token for a subscription that does not exist is no better.
    expect(await unsubscribeWithToken(unsubscribeToken("00000000-0000-4000-8000-000000000000"))).toBe("invalid");
    expect(await db.digestSubscription.count({ where: { id: { in: [subscription.id, other.id] }, unsubscribedAt: { not: null } } })).toBe(0);
  });

  it("unsubscribes through the route without a session, and sends the reader back to the page that says so", async () => {
    const user = await createUser({ role: "COORDINATOR" });
    const subscription = await saveDigestSubscription(user, { subjectAreas: [], unitIds: [] });
    const post = (token: string) =>
      unsubscribeRoute(
        new Request("http://localhost:3000/api/grant-calls/unsubscribe", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost:3000" },
          body: new URLSearchParams({ token }).toString(),
        }),
        NO_PARAMS,
      );
    const forged = await post(`${subscription.id}.${Buffer.from("x".repeat(32)).toString("base64url")}`);
    expect(forged.status).toBe(303);
    expect(forged.headers.get("location")).toBe("/grant-calls/unsubscribe");
    expect((await db.digestSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).unsubscribedAt).toBeNull();

    const token = unsubscribeToken(subscription.id);
    const done = await post(token);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`/grant-calls/unsubscribe?token=${encodeURIComponent(token)}&done=1`);
    expect((await db.digestSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).unsubscribedAt).not.toBeNull();
    const spent = await post(token);
    expect(spent.headers.get("location")).not.toContain("done=1");
  });
});
