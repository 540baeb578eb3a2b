import { beforeAll, describe, expect, it } from "vitest";
import { expireEndedAgreements } from "@/lib/agreements/auto-expiry";
import { addDays, todayIso } from "@/lib/agreements/dates";
import { db } from "@/lib/db/client";
import { SCHEDULED_JOBS } from "@/lib/jobs/registry";
import { createStoredAgreement, createTestPartner } from "@/tests/helpers/agreement-factories";
import { createUnit } from "@/tests/helpers/factories";

const NOW = new Date("2026-11-22T00:10:00Z");
const TODAY = todayIso(NOW);

let unitId: string;
let partnerId: string;

beforeAll(async () => {
  unitId = (await createUnit()).id;
  partnerId = (await createTestPartner({ name: "University of Tartu" })).id;
});

const active = (endsOn: string) =>
  createStoredAgreement({ unitId, partnerIds: [partnerId], status: "ACTIVE", signedOn: "2021-01-10", startsOn: "2021-02-01", endsOn });

describe("the daily auto-expiry job", () => {
  it("marks active agreements that ended before today as expired, with a system version and audit row", async () => {
    const ended = await active(addDays(TODAY, -1));
    const endsToday = await active(TODAY);
    const draft = await createStoredAgreement({ unitId, partnerIds: [partnerId], status: "DRAFT", endsOn: addDays(TODAY, -30) });

    expect(await expireEndedAgreements(NOW)).toEqual({ expired: 1 });

    expect(await db.agreement.findUniqueOrThrow({ where: { id: ended.id }, select: { status: true, version: true } })).toEqual({ status: "EXPIRED", version: 2 });
    const version = await db.agreementVersion.findUniqueOrThrow({ where: { agreementId_version: { agreementId: ended.id, version: 2 } } });
    expect(version.changedById).toBeNull();
    expect(version.snapshot).toMatchObject({ status: "EXPIRED" });
    const audit = await db.auditLog.findMany({ where: { entityId: ended.id } });
    expect(audit).toEqual([expect.objectContaining({ action: "agreement.expire", actorId: null, before: { status: "ACTIVE" }, after: { status: "EXPIRED" } })]);

    // Its last day is today: still in force. A draft is not the job's business.
    expect((await db.agreement.findUniqueOrThrow({ where: { id: endsToday.id } })).status).toBe("ACTIVE");
    expect((await db.agreement.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("changes nothing on a second run the same day", async () => {
    await active(addDays(TODAY, -10));
    await expireEndedAgreements(NOW);
    const versions = await db.agreementVersion.count();
    const audits = await db.auditLog.count();
    expect(await expireEndedAgreements(NOW)).toEqual({ expired: 0 });
    expect(await db.agreementVersion.count()).toBe(versions);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("runs concurrently with itself without expiring an agreement twice", async () => {
    const ended = await active(addDays(TODAY, -3));
    const results = await Promise.all([expireEndedAgreements(NOW), expireEndedAgreements(NOW)]);
    expect(results[0]!.expired + results[1]!.expired).toBe(1);
    expect(await db.agreementVersion.count({ where: { agreementId: ended.id } })).toBe(2);
  });

  it("is scheduled every day", () => {
    expect(SCHEDULED_JOBS.find((job) => job.name === "agreement-auto-expiry")).toMatchObject({ cron: "10 0 * * *" });
  });
});
