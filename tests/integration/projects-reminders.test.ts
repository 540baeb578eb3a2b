import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addDays, fromIsoDay } from "@/lib/agreements/dates";
import { db } from "@/lib/db/client";
import { SCHEDULED_JOBS } from "@/lib/jobs/registry";
import type { MailMessage } from "@/lib/mail/send-mail";
import { dueLeadFor, dueProjectReminders } from "@/lib/projects/reminders/plan";
import { sendDueProjectReminders } from "@/lib/projects/reminders/send";
import { createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

/**
 * Issue 12, reminders: a deliverable or report due in 14 and in 3 days and a project ending in 90
 * days, each sent once to the project's lead, team and unit coordinators, whatever the number of runs.
 */

// 06:30 UTC is 10:30 in Baku: the same day in the institution's zone.
const NOW = new Date("2026-11-22T06:30:00Z");
const TODAY = "2026-11-22";

let lead: TestUser;
let member: TestUser;
let coordinator: TestUser;
let unitId: string;

beforeAll(async () => {
  await ensureInstitution();
  await db.institution.update({ where: { id: 1 }, data: { timeZone: "Asia/Baku" } });
  unitId = (await createUnit()).id;
  lead = await createUser({ role: "OFFICER", name: "Leyla Lead" });
  member = await createUser({ role: "OFFICER", name: "Murad Member" });
  coordinator = await createUser({ role: "COORDINATOR", unitId, name: "Kamran Coordinator" });
  await createUser({ role: "COORDINATOR", unitId, disabled: true });
});

beforeEach(async () => {
  // Each test starts from projects of its own: earlier ones leave every window.
  await db.project.updateMany({ data: { status: "CLOSED" } });
});

function recorder() {
  const sent: MailMessage[] = [];
  const send = vi.fn(async (message: MailMessage) => {
    sent.push(message);
  });
  return { sent, send };
}

let counter = 0;

async function runningProject(options: { endsIn: number; deliverables?: { code: string; dueIn: number; kind?: "DELIVERABLE" | "REPORT"; status?: "PLANNED" | "SUBMITTED" }[] }) {
  counter++;
  return db.project.create({
    data: {
      slug: `reminded-${counter}`,
      title: `Reminded project ${counter}`,
      acronym: `RP${counter}`,
      fundingProgram: "Erasmus+",
      coordinatorInstitution: "Test University",
      ourRole: "COORDINATOR",
      status: "RUNNING",
      unitId,
      startDate: fromIsoDay("2024-01-01"),
      endDate: fromIsoDay(addDays(TODAY, options.endsIn)),
      team: { create: [{ userId: member.id, name: member.name, role: "member" }, { userId: lead.id, name: lead.name, role: "lead" }] },
      deliverables: {
        create: (options.deliverables ?? []).map((deliverable) => ({
          code: deliverable.code,
          title: `Deliverable ${deliverable.code}`,
          kind: deliverable.kind ?? "DELIVERABLE",
          status: deliverable.status ?? "PLANNED",
          dueDate: fromIsoDay(addDays(TODAY, deliverable.dueIn)),
        })),
      },
    },
  });
}

describe("which reminders are due", () => {
  it("sends the nearest lead only, and nothing for a handed-in deliverable or a project not under way", () => {
    expect([15, 14, 4, 3, 0, -1].map(dueLeadFor)).toEqual([null, 14, 14, 3, 3, null]);
    const deliverable = { id: "d", code: "D1", title: "Report", kind: "REPORT" as const, status: "PLANNED" as const, dueDate: addDays(TODAY, 2) };
    expect(dueProjectReminders({ status: "RUNNING", endDate: addDays(TODAY, 400), deliverables: [deliverable] }, TODAY)).toEqual([
      { kind: "reportDue", key: `deliverable:d:${deliverable.dueDate}:3`, daysLeft: 2, deliverable },
    ]);
    expect(dueProjectReminders({ status: "RUNNING", endDate: addDays(TODAY, 400), deliverables: [{ ...deliverable, status: "ACCEPTED" }] }, TODAY)).toEqual([]);
    expect(dueProjectReminders({ status: "SUBMITTED", endDate: addDays(TODAY, 30), deliverables: [deliverable] }, TODAY)).toEqual([]);
  });
});

describe("project reminders", () => {
  it("e-mails the lead first, the team and the unit's active coordinators, in each one's words", async () => {
    const project = await runningProject({ endsIn: 400, deliverables: [{ code: "D2.1", dueIn: 14 }] });
    await db.user.update({ where: { id: member.id }, data: { locale: "ru" } });
    const { sent, send } = recorder();
    expect(await sendDueProjectReminders(NOW, { send })).toEqual({ sent: 1, failed: 0 });
    expect(sent.map((mail) => mail.to)).toEqual([lead.email, member.email, coordinator.email]);
    expect(sent[0]!.subject).toBe(`RP${counter} — Reminded project ${counter}: D2.1 Deliverable D2.1 is due in 14 days`);
    expect(sent[0]!.text).toContain(`/dashboard/projects/${project.id}/work-plan`);
    expect(sent[1]!.subject).toBe(`RP${counter} — Reminded project ${counter}: D2.1 Deliverable D2.1 — до срока сдачи осталось 14 дней`);
    await db.user.update({ where: { id: member.id }, data: { locale: null } });
    expect(await db.projectReminder.findMany({ where: { projectId: project.id }, select: { key: true } })).toEqual([
      { key: `deliverable:${(await db.deliverable.findFirstOrThrow({ where: { projectId: project.id } })).id}:${addDays(TODAY, 14)}:14` },
    ]);
  });

  it("sends each reminder once however often it runs (run twice → one mail per reminder and person)", async () => {
    await runningProject({
      endsIn: 90,
      deliverables: [
        { code: "D1", dueIn: 3 },
        { code: "R1", dueIn: 10, kind: "REPORT" },
        { code: "D9", dueIn: 3, status: "SUBMITTED" },
        { code: "D10", dueIn: 20 },
      ],
    });
    const first = recorder();
    expect(await sendDueProjectReminders(NOW, { send: first.send })).toEqual({ sent: 3, failed: 0 });
    // Three reminders (D1 in 3 days, the report in 10, the end in 90), each to the three people.
    expect(first.sent).toHaveLength(9);
    expect(first.sent.filter((mail) => mail.to === lead.email).map((mail) => mail.subject).sort()).toEqual(
      [
        `RP${counter} — Reminded project ${counter} ends in 90 days`,
        `RP${counter} — Reminded project ${counter}: D1 Deliverable D1 is due in 3 days`,
        `RP${counter} — Reminded project ${counter}: the report R1 Deliverable R1 is due in 10 days`,
      ].sort(),
    );
    const second = recorder();
    expect(await sendDueProjectReminders(NOW, { send: second.send })).toEqual({ sent: 0, failed: 0 });
    expect(second.send).not.toHaveBeenCalled();
    // Overlapping runs (several instances) still send nothing more.
    const third = recorder();
    await Promise.all([sendDueProjectReminders(NOW, { send: third.send }), sendDueProjectReminders(NOW, { send: third.send })]);
    expect(third.send).not.toHaveBeenCalled();
  });

  it("reminds a moved due date again, and retries a reminder whose mail failed", async () => {
    const project = await runningProject({ endsIn: 500, deliverables: [{ code: "D3", dueIn: 12 }] });
    const failing = vi.fn(async () => {
      throw new Error("SMTP down");
    });
    expect(await sendDueProjectReminders(NOW, { send: failing })).toEqual({ sent: 0, failed: 1 });
    expect(await db.projectReminder.count({ where: { projectId: project.id } })).toBe(0);
    const retry = recorder();
    expect(await sendDueProjectReminders(NOW, { send: retry.send })).toEqual({ sent: 1, failed: 0 });
    await db.deliverable.updateMany({ where: { projectId: project.id }, data: { dueDate: fromIsoDay(addDays(TODAY, 13)) } });
    const moved = recorder();
    expect(await sendDueProjectReminders(NOW, { send: moved.send })).toEqual({ sent: 1, failed: 0 });
  });

  it("is a daily job of the queue", () => {
    expect(SCHEDULED_JOBS.find((job) => job.name === "project-reminders")?.cron).toBe("30 6 * * *");
  });
});
