import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getFeed } from "@/app/api/public/opportunities.ics/route";
import { GET as getOne } from "@/app/api/public/opportunities/[id]/calendar.ics/route";
import { withdrawApplicationAction } from "@/lib/applications/actions";
import { db } from "@/lib/db/client";
import { endOfDayIn } from "@/lib/dates/zoned";
import { listPublicOpportunities } from "@/lib/opportunities/catalogue";
import { parseCatalogueFilter } from "@/lib/opportunities/catalogue-filter";
import { getMyApplicationToCall } from "@/lib/opportunities/catalogue-my-application";
import { actAs } from "@/tests/helpers/act-as";
import { createApplication } from "@/tests/helpers/application-factories";
import { createUser, ensureInstitution } from "@/tests/helpers/factories";
import { createOpportunity, createPartner, createProgram } from "@/tests/helpers/opportunity-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Deadlines as a first-time user met them. "Add the deadline to my calendar" on one call subscribed
 * to the whole feed; a deadline stored at midnight UTC read "12:00 AM"; after applying or
 * withdrawing, the call's page still said "Apply now". A deadline is the end of its day in the
 * institution's zone (Asia/Baku here), and every calendar entry says the same moment.
 */

const BAKU = "Asia/Baku";
/** Two days that are surely ahead, as "YYYY-MM-DD". */
const dayAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const firstDay = dayAhead(20);
const secondDay = dayAhead(40);

const ids: Record<string, string> = {};

beforeAll(async () => {
  await ensureInstitution();
  await db.institution.update({ where: { id: 1 }, data: { timeZone: BAKU } });
  const program = await createProgram({ name: "Deadline program" });
  const partner = await createPartner({ name: "Universität Deadline", countryCode: "DE" });
  ids.first = (await createOpportunity({ title: "First deadline call", programId: program.id, partnerId: partner.id, closesAt: endOfDayIn(firstDay, BAKU) })).id;
  ids.second = (await createOpportunity({ title: "Second deadline call", programId: program.id, partnerId: partner.id, closesAt: endOfDayIn(secondDay, BAKU) })).id;
  ids.draft = (await createOpportunity({ title: "Draft deadline call", programId: program.id, partnerId: partner.id, status: "DRAFT" })).id;
});

/** iCalendar folds long lines at 75 octets; unfolded, each property is one line. */
function unfold(body: string): string {
  return body.replace(/\r\n[ \t]/g, "");
}

function events(body: string): string[] {
  return unfold(body).split("BEGIN:VEVENT").slice(1);
}

/** The UTC form iCalendar writes: 2026-11-14T19:59:59Z → 20261114T195959Z. */
function icalUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

async function oneCalendar(id: string, lang = "en"): Promise<Response> {
  return getOne(new Request(`http://localhost/api/public/opportunities/${id}/calendar.ics?lang=${lang}`), { params: Promise.resolve({ id }) });
}

describe("one call's deadline in my calendar", () => {
  it("is a calendar with that deadline alone", async () => {
    const response = await oneCalendar(ids.first!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const found = events(await response.text());
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`UID:opportunity-${ids.first}@`);
    expect(found[0]).toContain("SUMMARY:Application deadline: First deadline call");
  });

  it("sits at 23:59:59 of the deadline day in the institution's zone, written in UTC", async () => {
    const [event] = events(await (await oneCalendar(ids.first!)).text());
    const moment = icalUtc(endOfDayIn(firstDay, BAKU));
    expect(event).toContain(`DTSTART:${moment}`);
    expect(event).toContain(`DTEND:${moment}`);
    // 23:59:59 in Baku is 19:59:59 UTC.
    expect(moment.endsWith("T195959Z")).toBe(true);
  });

  it("says the deadline with its time and zone in the reader's language", async () => {
    const [english] = events(await (await oneCalendar(ids.first!, "en")).text());
    expect(english).toMatch(/DESCRIPTION:Deadline: .*11:59\sPM \(GMT\+4\)/);
    const [azerbaijani] = events(await (await oneCalendar(ids.first!, "az")).text());
    expect(azerbaijani).toMatch(/DESCRIPTION:Son tarix: \d{1,2} \p{L}+ \d{4}\\, 23:59 \(GMT\+4\)/u);
    expect(azerbaijani).not.toMatch(/\d{4}\/\d{2}:\d{2}/);
  });

  it("is not there for a draft or an unknown id", async () => {
    expect((await oneCalendar(ids.draft!)).status).toBe(404);
    expect((await oneCalendar("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await oneCalendar("not-an-id")).status).toBe(404);
  });
});

describe("the whole feed", () => {
  it("keeps every deadline, at the same moments and with the same UIDs as the single files", async () => {
    const found = events(await (await getFeed(new Request("http://localhost/api/public/opportunities.ics?lang=en"), undefined)).text());
    const first = found.find((event) => event.includes(`UID:opportunity-${ids.first}@`));
    const second = found.find((event) => event.includes(`UID:opportunity-${ids.second}@`));
    expect(first).toContain(`DTSTART:${icalUtc(endOfDayIn(firstDay, BAKU))}`);
    expect(second).toContain(`DTSTART:${icalUtc(endOfDayIn(secondDay, BAKU))}`);
    expect(found.some((event) => event.includes(ids.draft!))).toBe(false);
  });
});

describe("the deadline filter", () => {
  it("includes the whole chosen day in the institution's zone", async () => {
    const search = async (before: string) =>
      (await listPublicOpportunities(parseCatalogueFilter({ before }))).items.map((item) => item.id).filter((id) => id === ids.first);
    expect(await search(firstDay)).toEqual([ids.first]);
    expect(await search(dayAhead(19))).toEqual([]);
  });
});

describe("a student's own application on the call's page", () => {
  it("is there once they applied, with its status, and after they withdrew", async () => {
    const student = await createUser({ role: "STUDENT" });
    expect(await getMyApplicationToCall(student, ids.first!)).toBeNull();

    const application = await createApplication({ opportunityId: ids.first!, studentId: student.id, status: "SUBMITTED" });
    expect(await getMyApplicationToCall(student, ids.first!)).toMatchObject({ id: application.id, status: "SUBMITTED" });

    actAs(student);
    expect(await withdrawApplicationAction({ applicationId: application.id })).toMatchObject({ ok: true });
    expect(await getMyApplicationToCall(student, ids.first!)).toMatchObject({ id: application.id, status: "WITHDRAWN" });
  });

  it("is nobody else's: another student, staff and visitors see none", async () => {
    const owner = await createUser({ role: "STUDENT" });
    await createApplication({ opportunityId: ids.second!, studentId: owner.id, status: "SUBMITTED" });
    expect(await getMyApplicationToCall(await createUser({ role: "STUDENT" }), ids.second!)).toBeNull();
    expect(await getMyApplicationToCall(await createUser({ role: "OFFICER" }), ids.second!)).toBeNull();
    expect(await getMyApplicationToCall(null, ids.second!)).toBeNull();
  });
});
