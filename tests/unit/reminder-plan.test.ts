import { describe, expect, it } from "vitest";
import { reminderLeadFor } from "@/lib/agreements/reminder-plan";
import { parseEnv } from "@/lib/env";

const leads = [180, 90, 30];

describe("which expiry reminder is due", () => {
  it("is the nearest lead time the remaining days fall within", () => {
    expect(reminderLeadFor("2027-06-01", "2026-11-22", leads)).toBeNull();
    expect(reminderLeadFor("2027-05-21", "2026-11-22", leads)).toBe(180);
    expect(reminderLeadFor("2027-02-20", "2026-11-22", leads)).toBe(90);
    expect(reminderLeadFor("2026-12-22", "2026-11-22", leads)).toBe(30);
    expect(reminderLeadFor("2026-11-22", "2026-11-22", leads)).toBe(30);
    expect(reminderLeadFor("2026-11-21", "2026-11-22", leads)).toBeNull();
    expect(reminderLeadFor("2026-12-01", "2026-11-22", [])).toBeNull();
  });

  it("reads AGREEMENT_REMINDER_DAYS as distinct positive days, longest first, 180/90/30 by default", () => {
    expect(parseEnv({ NODE_ENV: "test" }).AGREEMENT_REMINDER_DAYS).toEqual([180, 90, 30]);
    expect(parseEnv({ NODE_ENV: "test", AGREEMENT_REMINDER_DAYS: " 30, 120,30 ,7" }).AGREEMENT_REMINDER_DAYS).toEqual([120, 30, 7]);
    expect(() => parseEnv({ NODE_ENV: "test", AGREEMENT_REMINDER_DAYS: "90 days" })).toThrow(/AGREEMENT_REMINDER_DAYS/);
    expect(parseEnv({ NODE_ENV: "test", JOBS_DISABLED: "1" }).JOBS_DISABLED).toBe(true);
    expect(parseEnv({ NODE_ENV: "test" }).JOBS_DISABLED).toBe(false);
  });
});
