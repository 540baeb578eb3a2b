import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addDays, fromIsoDay } from "@/lib/agreements/dates";
import { db } from "@/lib/db/client";
import type { VisaStatus, VisitStatus } from "@/lib/generated/prisma/enums";
import type { MailMessage } from "@/lib/mail/send-mail";
import { listOutbox } from "@/lib/mail/outbox";
import { sendDueVisitReminders } from "@/lib/visits/reminders/send";
import { createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

/**
 * The daily visit reminders: visa still open before arrival, accommodation not booked, arrivals
 * tomorrow (to the responsible officer and the host unit's coordinators), and personal data kept
 * past the retention period (to the officer). Each goes once, however often or however many
 * instances run the job.
 */

// 10:15 in Baku on 22 November 2026: the job's hour.
const NOW = new Date("2026-11-22T06:15:00Z");
const TODAY = "2026-11-22";

let officer: TestUser;
let coordinator: TestUser;
let unitId: string;

beforeAll(async () => {
  await ensureInstitution();
  await db.institution.update({ where: { id: 1 }, data: { visitDataRetentionDays: 90 } });
  unitId = (await createUnit()).id;
  officer = await createUser({ role: "OFFICER", name: "Aysel Officer" });
  coordinator = await createUser({ role: "COORDINATOR", unitId, name: "Kamran Coordinator" });
  // A disabled coordinator of the same unit is never written to.
  await createUser({ role: "COORDINATOR", unitId, disabled: true });
});

beforeEach(async () => {
  // Each test starts from visits of its own: earlier ones are moved out of every window.
  await db.visit.updateMany({ data: { status: "CANCELLED" } });
});

interface Guest {
  name: string;
  visaStatus?: VisaStatus;
  accommodation?: string | null;
  accommodationBooked?: boolean;
  arrivalAt?: Date | null;
  passportNumber?: string | null;
}

async function visit(options: { startsIn: number; days?: number; status?: VisitStatus; guests: Guest[]; responsible?: boolean; hostUnit?: boolean }) {
  const start = addDays(TODAY, options.startsIn);
  return db.visit.create({
    data: {
      title: `Visit starting ${start}`,
      direction: "INCOMING",
      kind: "DELEGATION",
      purpose: "Talks",
      organizationName: "University of Graz",
      status: options.status ?? "CONFIRMED",
      startDate: fromIsoDay(start),
      endDate: fromIsoDay(addDays(start, options.days ?? 3)),
      responsibleId: options.responsible === false ? null : officer.id,
      hostUnitId: options.hostUnit === false ? null : unitId,
      participants: {
        create: options.guests.map((guest) => ({
          name: guest.name,
          visaStatus: guest.visaStatus ?? "NOT_REQUIRED",
          accommodation: guest.accommodation ?? null,
          accommodationBooked: guest.accommodationBooked ?? false,
          arrivalAt: guest.arrivalAt ?? null,
          passportNumber: guest.passportNumber ?? null,
        })),
      },
    },
    select: { id: true, title: true },
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

describe("visit reminders", () => {
  it("reminds the officer and the unit's coordinator of an open visa, through the outbox, naming the guest", async () => {
    const upcoming = await visit({ startsIn: 10, guests: [{ name: "Anna GRUBER", visaStatus: "APPLIED" }, { name: "Markus HUBER", visaStatus: "ISSUED" }] });
    expect(await sendDueVisitReminders(NOW)).toEqual({ sent: 1, failed: 0 });
    const mails = (await listOutbox()).filter((mail) => mail.subject === `Visa still open: ${upcoming.title}`);
    expect(mails.map((mail) => mail.to).sort()).toEqual([coordinator.email, officer.email].sort());
    expect(mails[0]!.text).toContain("Anna GRUBER");
    expect(mails[0]!.text).not.toContain("Markus HUBER");
    expect(mails[0]!.text).toContain(`/dashboard/visits/${upcoming.id}`);
    expect(await db.visitReminder.findMany({ where: { visitId: upcoming.id }, select: { key: true } })).toEqual([{ key: `visa-open:${addDays(TODAY, 10)}` }]);
  });

  it("sends each reminder once: running the job twice sends nothing the second time", async () => {
    await visit({ startsIn: 1, guests: [{ name: "Anna GRUBER", visaStatus: "INVITATION_SENT", accommodation: "Hotel Excelsior" }] });
    const first = recorder();
    expect(await sendDueVisitReminders(NOW, { send: first.send })).toEqual({ sent: 3, failed: 0 });
    expect(first.sent.map((mail) => mail.subject.split(":")[0]).sort()).toEqual([
      "Accommodation not booked",
      "Accommodation not booked",
      "Guests arrive tomorrow",
      "Guests arrive tomorrow",
      "Visa still open",
      "Visa still open",
    ]);
    const second = recorder();
    expect(await sendDueVisitReminders(NOW, { send: second.send })).toEqual({ sent: 0, failed: 0 });
    expect(second.send).not.toHaveBeenCalled();
  });

  it("sends each reminder once when several runs overlap (as with several instances)", async () => {
    await visit({ startsIn: 1, guests: [{ name: "Anna GRUBER" }] });
    const { sent, send } = recorder(100);
    const results = await Promise.all([1, 2, 3].map(() => sendDueVisitReminders(NOW, { send })));
    expect(results.reduce((total, result) => total + result.sent, 0)).toBe(1);
    expect(sent.map((mail) => mail.to).sort()).toEqual([coordinator.email, officer.email].sort());
  });

  it("retries a reminder whose mail failed on the next run", async () => {
    const upcoming = await visit({ startsIn: 1, guests: [{ name: "Anna GRUBER" }] });
    const failing = vi.fn(async () => {
      throw new Error("SMTP down");
    });
    expect(await sendDueVisitReminders(NOW, { send: failing })).toEqual({ sent: 0, failed: 1 });
    expect(await db.visitReminder.count({ where: { visitId: upcoming.id } })).toBe(0);
    const { send } = recorder();
    expect(await sendDueVisitReminders(NOW, { send })).toEqual({ sent: 1, failed: 0 });
  });

  it("reminds nothing early, nothing booked, nothing for guests arriving another day", async () => {
    await visit({ startsIn: 20, guests: [{ name: "Far AWAY", visaStatus: "REQUIRED" }] });
    await visit({ startsIn: 5, guests: [{ name: "All SET", visaStatus: "ISSUED", accommodation: "Guest house", accommodationBooked: true }] });
    await visit({ startsIn: 0, guests: [{ name: "Later ARRIVAL", arrivalAt: new Date(`${addDays(TODAY, 2)}T08:00:00Z`) }] });
    const { send } = recorder();
    expect(await sendDueVisitReminders(NOW, { send })).toEqual({ sent: 0, failed: 0 });
  });

  it("reminds the officer only, once, of personal data kept past the retention period", async () => {
    const finished = await visit({ startsIn: -120, status: "COMPLETED", guests: [{ name: "Anna GRUBER", passportNumber: "P4471203" }] });
    await visit({ startsIn: -60, status: "COMPLETED", guests: [{ name: "Recent GUEST", passportNumber: "P0000001" }] });
    const erased = await visit({ startsIn: -200, status: "COMPLETED", guests: [{ name: "Erased GUEST" }] });
    await db.visit.update({ where: { id: erased.id }, data: { personalDataErasedAt: new Date() } });
    const { sent, send } = recorder();
    expect(await sendDueVisitReminders(NOW, { send })).toEqual({ sent: 1, failed: 0 });
    expect(sent.map((mail) => [mail.to, mail.subject])).toEqual([[officer.email, `Personal data still kept: ${finished.title}`]]);
    expect(sent[0]!.text).not.toContain("P4471203");
    expect(await sendDueVisitReminders(NOW, { send })).toEqual({ sent: 0, failed: 0 });
  });

  it("writes to the office when a visit has neither officer nor host unit", async () => {
    await visit({ startsIn: 1, responsible: false, hostUnit: false, guests: [{ name: "Anna GRUBER" }] });
    const { sent, send } = recorder();
    await sendDueVisitReminders(NOW, { send });
    expect(sent.map((mail) => mail.to)).toEqual(["office@test.example.edu"]);
  });
});
