import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addDays, todayIso } from "@/lib/agreements/dates";
import { sendDueExpiryReminders } from "@/lib/agreements/reminders";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getAgreementReminderDays, getInstitutionSettings } from "@/lib/institution/settings";
import { updateReminderDaysAction } from "@/lib/institution/settings-actions";
import type { MailMessage } from "@/lib/mail/send-mail";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { createStoredAgreement, createTestPartner } from "@/tests/helpers/agreement-factories";
import { countAllRows, createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Issue 14, item 2: the agreement expiry reminders' lead times are the office's choice. An admin
 * types them on the settings page; the daily job uses them, and the server's
 * AGREEMENT_REMINDER_DAYS (180, 90, 30 here) while the office has chosen none.
 */

const NOW = new Date("2026-11-22T06:00:00Z");
const TODAY = todayIso(NOW);

let admin: TestUser;
let officer: TestUser;
let unitId: string;
let partnerId: string;

beforeAll(async () => {
  await ensureInstitution();
  admin = await createUser({ role: "ADMIN" });
  officer = await createUser({ role: "OFFICER" });
  unitId = (await createUnit()).id;
  partnerId = (await createTestPartner()).id;
});

beforeEach(() => actAsVisitor());

async function saveDays(text: string) {
  actAs(admin);
  const { updatedAt } = await getInstitutionSettings(admin);
  return updateReminderDaysAction({ agreementReminderDays: text, updatedAt });
}

function endingIn(days: number) {
  return createStoredAgreement({ unitId, partnerIds: [partnerId], status: "ACTIVE", startsOn: "2022-01-01", endsOn: addDays(TODAY, days), responsibleId: officer.id });
}

/** Runs the job as the scheduler does (no lead times given) and returns the lead each reminder was sent at. */
async function runJob(agreementId: string): Promise<number[]> {
  const sent: MailMessage[] = [];
  await sendDueExpiryReminders(NOW, { send: async (message) => void sent.push(message) });
  const rows = await db.expiryReminder.findMany({ where: { agreementId }, orderBy: { leadDays: "desc" } });
  return rows.map((row) => row.leadDays);
}

describe("reminder lead times", () => {
  it("are the server's until the office chooses its own, which the daily job then reminds at", async () => {
    expect(env().AGREEMENT_REMINDER_DAYS).toEqual([180, 90, 30]);
    expect(await getAgreementReminderDays()).toEqual([180, 90, 30]);

    // Typed in any order, with spaces or semicolons: stored longest first.
    expect(await saveDays(" 14; 60 ,45 ")).toMatchObject({ ok: true, data: { agreementReminderDays: [60, 45, 14] } });
    expect((await db.institution.findUniqueOrThrow({ where: { id: 1 } })).agreementReminderDays).toEqual([60, 45, 14]);
    expect(await getAgreementReminderDays()).toEqual([60, 45, 14]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Institution", action: "institution.update" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ before: { agreementReminderDays: [] }, after: { agreementReminderDays: [60, 45, 14] } });

    // 50 days left: the office's 60-day reminder, where the server's lead times would have sent the 90-day one.
    const agreement = await endingIn(50);
    expect(await runJob(agreement.id)).toEqual([60]);

    // Cleared, the server's lead times apply again: 40 days left is within the 90-day one.
    expect(await saveDays("")).toMatchObject({ ok: true, data: { agreementReminderDays: [] } });
    const later = await endingIn(40);
    expect(await runJob(later.id)).toEqual([90]);
  });

  it("answers a list that is not whole days 1–730, more than six, or repeated, next to the field", async () => {
    const before = await countAllRows();
    const cases: [string, string][] = [
      ["180, ninety, 30", "admin.settings.validation.reminderDaysFormat"],
      ["30.5", "admin.settings.validation.reminderDaysFormat"],
      ["-30", "admin.settings.validation.reminderDaysFormat"],
      ["0, 30", "admin.settings.validation.reminderDaysRange|min=1&max=730"],
      ["731", "admin.settings.validation.reminderDaysRange|min=1&max=730"],
      ["1, 2, 3, 4, 5, 6, 7", "admin.settings.validation.reminderDaysTooMany|most=6"],
      ["90, 30, 90", "admin.settings.validation.reminderDaysRepeated"],
    ];
    for (const [text, message] of cases) {
      expect(await saveDays(text), text).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { agreementReminderDays: [message] } });
    }
    expect(await saveDays("730, 1")).toMatchObject({ ok: true, data: { agreementReminderDays: [730, 1] } });
    expect(await updateReminderDaysAction({ agreementReminderDays: "30", updatedAt: new Date(0).toISOString() })).toMatchObject({ ok: false, code: "CONFLICT" });
    for (const [who, code] of [[officer, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      actAs(who);
      expect(await updateReminderDaysAction({ agreementReminderDays: "30", updatedAt: new Date().toISOString() })).toMatchObject({ ok: false, code });
    }
    expect((await db.institution.findUniqueOrThrow({ where: { id: 1 } })).agreementReminderDays).toEqual([730, 1]);
    // Only the audit of the one valid save was added.
    expect({ ...(await countAllRows()), AuditLog: before.AuditLog }).toEqual(before);
  });
});
