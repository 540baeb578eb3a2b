import PgBoss from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addDays, fromIsoDay, todayIso } from "@/lib/agreements/dates";
import { sendDueExpiryReminders } from "@/lib/agreements/reminders";
import { db } from "@/lib/db/client";
import { startBackgroundJobs, stopBackgroundJobs } from "@/lib/jobs/start";
import type { MailMessage } from "@/lib/mail/send-mail";
import { listOutbox } from "@/lib/mail/outbox";
import { createStoredAgreement, createTestPartner } from "@/tests/helpers/agreement-factories";
import { createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

const NOW = new Date("2026-11-22T06:00:00Z");
const TODAY = todayIso(NOW);
const LEADS = [180, 90, 30];

let officer: TestUser;
let unitId: string;
let partnerId: string;

beforeAll(async () => {
  await ensureInstitution();
  unitId = (await createUnit()).id;
  officer = await createUser({ role: "OFFICER", name: "Aysel Officer" });
  partnerId = (await createTestPartner({ name: "Jagiellonian University" })).id;
});

beforeEach(async () => {
  // Each test starts from agreements of its own: earlier ones are moved out of every window.
  await db.agreement.updateMany({ data: { status: "TERMINATED" } });
});

function active(endsInDays: number, extra: Partial<Parameters<typeof createStoredAgreement>[0]> = {}) {
  return createStoredAgreement({
    unitId,
    partnerIds: [partnerId],
    status: "ACTIVE",
    signedOn: "2021-01-10",
    startsOn: "2021-02-01",
    endsOn: addDays(TODAY, endsInDays),
    responsibleId: officer.id,
    ...extra,
  });
}

function recorder(delayMs = 0) {
  const sent: MailMessage[] = [];
  const send = vi.fn(async (message: MailMessage) => {
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    sent.push(message);
  });
  return { sent, send };
}

describe("expiry reminders", () => {
  it("e-mails the responsible officer once, through the outbox, with the agreement and its notice date", async () => {
    const agreement = await active(25, { renewalType: "BY_NOTICE", noticePeriodDays: 10 });
    expect(await sendDueExpiryReminders(NOW, { leads: LEADS })).toEqual({ sent: 1, failed: 0 });
    const [mail] = await listOutbox();
    expect(mail?.to).toBe(officer.email);
    expect(mail?.subject).toBe(`Agreement ${agreement.referenceNumber} ends in 25 days`);
    expect(mail?.text).toContain("Jagiellonian University");
    expect(mail?.text).toContain(`notice must be given by ${addDays(TODAY, 15)}`);
    expect(mail?.text).toContain(`/dashboard/agreements/${agreement.id}`);
    const rows = await db.expiryReminder.findMany({ where: { agreementId: agreement.id } });
    expect(rows.map((r) => [r.leadDays, r.endsOn.toISOString().slice(0, 10)])).toEqual([[30, addDays(TODAY, 25)]]);
  });

  it("sends nothing the second time it runs", async () => {
    await active(60);
    const first = recorder();
    expect(await sendDueExpiryReminders(NOW, { leads: LEADS, send: first.send })).toEqual({ sent: 1, failed: 0 });
    const second = recorder();
    expect(await sendDueExpiryReminders(NOW, { leads: LEADS, send: second.send })).toEqual({ sent: 0, failed: 0 });
    expect(second.send).not.toHaveBeenCalled();
  });

  it("sends each reminder once when several runs overlap (as with several instances)", async () => {
    const agreements = await Promise.all([active(10), active(80), active(170)]);
    const { sent, send } = recorder(150);
    const results = await Promise.all([1, 2, 3, 4].map(() => sendDueExpiryReminders(NOW, { leads: LEADS, send })));
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(3);
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((m) => m.subject)).size).toBe(3);
    expect(await db.expiryReminder.count({ where: { agreementId: { in: agreements.map((a) => a.id) } } })).toBe(3);
  });

  it("sends the 180-, 90- and 30-day reminders as the end date approaches, and only the nearest one", async () => {
    const agreement = await active(100);
    const run = async (daysLater: number) => {
      const { send, sent } = recorder();
      await sendDueExpiryReminders(new Date(NOW.getTime() + daysLater * 86_400_000), { leads: LEADS, send });
      return sent.length;
    };
    expect(await run(0)).toBe(1);
    expect(await run(5)).toBe(0);
    expect(await run(10)).toBe(1);
    expect(await run(11)).toBe(0);
    expect(await run(70)).toBe(1);
    expect(await run(99)).toBe(0);
    expect(await run(101)).toBe(0);
    const leads = await db.expiryReminder.findMany({ where: { agreementId: agreement.id }, orderBy: { leadDays: "desc" } });
    expect(leads.map((r) => r.leadDays)).toEqual([180, 90, 30]);
  });

  it("starts over when the end date moves (a new end date is a new reminder)", async () => {
    const agreement = await active(20);
    expect((await sendDueExpiryReminders(NOW, { leads: LEADS, send: recorder().send })).sent).toBe(1);
    await db.agreement.update({ where: { id: agreement.id }, data: { endsOn: fromIsoDay(addDays(TODAY, 22)) } });
    expect((await sendDueExpiryReminders(NOW, { leads: LEADS, send: recorder().send })).sent).toBe(1);
  });

  it("skips drafts, ended agreements and agreements already renewed; writes to the office without a responsible officer", async () => {
    await createStoredAgreement({ unitId, partnerIds: [partnerId], status: "DRAFT", endsOn: addDays(TODAY, 20), responsibleId: officer.id });
    await active(-1);
    const renewed = await active(15);
    await createStoredAgreement({ unitId, partnerIds: [partnerId], predecessorId: renewed.id });
    await active(12, { responsibleId: null });
    const { sent, send } = recorder();
    expect(await sendDueExpiryReminders(NOW, { leads: LEADS, send })).toEqual({ sent: 1, failed: 0 });
    expect(sent[0]?.to).toBe("office@test.example.edu");
  });

  it("rolls the claim back when sending fails, so the next run sends it", async () => {
    await active(5);
    const failing = vi.fn(async () => {
      throw new Error("SMTP server unavailable");
    });
    expect(await sendDueExpiryReminders(NOW, { leads: LEADS, send: failing })).toEqual({ sent: 0, failed: 1 });
    const { sent, send } = recorder();
    expect(await sendDueExpiryReminders(NOW, { leads: LEADS, send })).toEqual({ sent: 1, failed: 0 });
    expect(sent).toHaveLength(1);
  });
});

describe("the background job queue", () => {
  afterAll(async () => {
    await stopBackgroundJobs();
  });

  it("registers the daily reminder schedule once, however many times instances start", async () => {
    await startBackgroundJobs();
    await startBackgroundJobs();
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: "pgboss", supervise: false, schedule: false });
    await boss.start();
    try {
      // A second instance registering the same schedule (as another server would) replaces, not duplicates, it.
      await boss.schedule("agreement-expiry-reminders", "0 6 * * *", {}, { tz: "UTC" });
      const schedules = await boss.getSchedules();
      expect(schedules.filter((s) => s.name === "agreement-expiry-reminders")).toEqual([
        expect.objectContaining({ name: "agreement-expiry-reminders", cron: "0 6 * * *", timezone: "UTC" }),
      ]);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});
