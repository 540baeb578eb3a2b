import type { ReactNode } from "react";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { StudentDashboard } from "@/app/(dashboard)/dashboard/_components/student-dashboard";
import AccountPage from "@/app/(dashboard)/dashboard/account/page";
import DashboardPage from "@/app/(dashboard)/dashboard/page";
import type { AppLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/load-messages";
import { loadStudentDashboard } from "@/lib/dashboard/student";
import { db } from "@/lib/db/client";
import type { StudyLevel } from "@/lib/generated/prisma/enums";
import { getOwnAccount } from "@/lib/users/queries";
import { setStudyLevelAction } from "@/lib/users/study-level";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";
import { createOpportunity } from "@/tests/helpers/opportunity-factories";
import { seedUsers } from "@/prisma/seed/seed-institution";
import { intlProvider, renderServerTree } from "@/tests/helpers/render-server-tree";

/**
 * Issue 13: a student says their level of study on their account page, and their dashboard offers
 * the calls for that level (still only their unit's and the whole institution's). The action, the
 * dashboard's query, and the two pages rendered in each language with every text from the catalogue.
 */

const NOW = new Date();
/** The catalogues the account page and the student's dashboard read. */
const NAMESPACES = ["common", "errors", "auth", "dashboard", "applications", "internationalStudents"] as const;
let locale: AppLocale = "en";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));
vi.mock("@/i18n/server", async () => {
  const [{ createTranslator }, { loadMessages }] = await Promise.all([import("next-intl"), import("@/i18n/load-messages")]);
  return {
    getTranslations: async (options?: string | { locale: AppLocale; namespace?: string }) => {
      const { locale: chosen = locale, namespace } = typeof options === "object" ? options : { namespace: options };
      return createTranslator({
        locale: chosen,
        messages: await loadMessages(chosen, NAMESPACES),
        namespace: namespace as never,
        timeZone: "Asia/Baku",
        onError: (error) => {
          throw error;
        },
      });
    },
  };
});
vi.mock("next-intl/server", async () => {
  const [{ createFormatter }, { loadMessages }] = await Promise.all([import("next-intl"), import("@/i18n/load-messages")]);
  return {
    getLocale: async () => locale,
    getNow: async () => NOW,
    getMessages: async () => loadMessages(locale, NAMESPACES),
    getFormatter: async () => createFormatter({ locale, timeZone: "Asia/Baku", now: NOW }),
  };
});
// In Next.js a page's own provider takes the request's locale from the server; here it is given.
vi.mock("next-intl", async (original) => {
  const actual = await original<typeof import("next-intl")>();
  return {
    ...actual,
    NextIntlClientProvider: (props: Parameters<typeof actual.NextIntlClientProvider>[0]) => actual.NextIntlClientProvider({ locale, timeZone: "Asia/Baku", now: NOW, ...props }),
  };
});

let unit: { id: string };
let otherUnit: { id: string };

beforeAll(async () => {
  await ensureInstitution();
  unit = await createUnit({ code: "LEVEL", name: "School of Levels" });
  otherUnit = await createUnit({ code: "OTHER" });
  // Open calls, each with the levels it takes.
  await createOpportunity({ title: "Bachelor exchange in Bologna", audience: ["BACHELOR"], unitId: unit.id });
  await createOpportunity({ title: "Master exchange in Tartu", audience: ["MASTER"], unitId: null });
  await createOpportunity({ title: "Doctoral school in Leuven", audience: ["MASTER", "DOCTORAL"], unitId: unit.id });
  await createOpportunity({ title: "Master exchange of another school", audience: ["MASTER"], unitId: otherUnit.id });
  await createOpportunity({ title: "Staff training week", audience: ["STAFF"], unitId: unit.id });
});

beforeEach(() => {
  locale = "en";
  actAsVisitor();
});

const levelOf = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { studyLevel: true } })).studyLevel;
const levelChanges = (userId: string) =>
  db.auditLog.findMany({ where: { entityType: "User", entityId: userId, action: "user.set-study-level" }, orderBy: { id: "asc" }, select: { actorId: true, before: true, after: true } });

async function studentAt(studyLevel: StudyLevel | null, unitId: string = unit.id): Promise<TestUser> {
  const student = await createUser({ role: "STUDENT", unitId });
  if (studyLevel) await db.user.update({ where: { id: student.id }, data: { studyLevel } });
  return student;
}

describe("a student's own level of study", () => {
  it("is set, changed and cleared by the student, each change audited, and read back for the form", async () => {
    const student = await studentAt(null);
    actAs(student);
    expect(await setStudyLevelAction({ studyLevel: "BACHELOR" })).toEqual({ ok: true, data: undefined });
    expect(await levelOf(student.id)).toBe("BACHELOR");
    // The form posts what the select holds.
    const form = new FormData();
    form.set("studyLevel", "MASTER");
    expect((await setStudyLevelAction(form)).ok).toBe(true);
    expect((await getOwnAccount(student)).studyLevel).toBe("MASTER");
    // Saving the same level again changes nothing and logs nothing.
    expect((await setStudyLevelAction({ studyLevel: "MASTER" })).ok).toBe(true);
    // "Not set" is the select's empty option.
    expect((await setStudyLevelAction({ studyLevel: "" })).ok).toBe(true);
    expect(await levelOf(student.id)).toBeNull();
    expect((await getOwnAccount(student)).studyLevel).toBeNull();
    expect(await levelChanges(student.id)).toEqual([
      { actorId: student.id, before: { studyLevel: null }, after: { studyLevel: "BACHELOR" } },
      { actorId: student.id, before: { studyLevel: "BACHELOR" }, after: { studyLevel: "MASTER" } },
      { actorId: student.id, before: { studyLevel: "MASTER" }, after: { studyLevel: null } },
    ]);
  });

  it.each(["COORDINATOR", "OFFICER", "ADMIN"] as const)("refuses %s staff, who apply to no call: nothing stored", async (role) => {
    const staff = await createUser({ role, unitId: unit.id });
    actAs(staff);
    expect(await setStudyLevelAction({ studyLevel: "MASTER" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await levelOf(staff.id)).toBeNull();
    expect(await levelChanges(staff.id)).toEqual([]);
  });

  it("refuses a visitor", async () => {
    expect(await setStudyLevelAction({ studyLevel: "MASTER" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("answers a level that does not exist, or no level field at all, with the field's error, storing nothing", async () => {
    const student = await studentAt("BACHELOR");
    actAs(student);
    expect(await setStudyLevelAction({ studyLevel: "POSTDOC" as StudyLevel })).toEqual({
      ok: false,
      code: "VALIDATION",
      formError: "errors.generic.validation",
      fieldErrors: { studyLevel: ["common.form.errors.invalidOption"] },
    });
    // An empty post must not read as "Not set".
    expect(await setStudyLevelAction(new FormData())).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { studyLevel: ["common.form.errors.required"] } });
    expect(await levelOf(student.id)).toBe("BACHELOR");
    expect(await levelChanges(student.id)).toEqual([]);
  });

  it("never changes another user's level: the input names no user", async () => {
    const student = await studentAt("BACHELOR");
    const other = await studentAt("BACHELOR");
    actAs(student);
    expect(await setStudyLevelAction({ studyLevel: "DOCTORAL", userId: other.id } as never)).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await levelOf(other.id)).toBe("BACHELOR");
    expect(await levelOf(student.id)).toBe("BACHELOR");
  });
});

describe("the calls a student's dashboard offers", () => {
  const titles = async (student: TestUser) => (await loadStudentDashboard(student))!.openCalls.map((call) => call.title).sort();

  it("offers a MASTER student the calls for masters of their unit and of the whole institution, and no bachelor-only call", async () => {
    expect(await titles(await studentAt("MASTER"))).toEqual(["Doctoral school in Leuven", "Master exchange in Tartu"]);
  });

  it("matches a short cycle with the calls for bachelors, and a doctoral student with the calls for doctoral students", async () => {
    expect(await titles(await studentAt("SHORT_CYCLE"))).toEqual(["Bachelor exchange in Bologna"]);
    expect(await titles(await studentAt("BACHELOR"))).toEqual(["Bachelor exchange in Bologna"]);
    expect(await titles(await studentAt("DOCTORAL"))).toEqual(["Doctoral school in Leuven"]);
  });

  it("offers a student without a level every student call of their unit and of the whole institution, never staff only", async () => {
    const dashboard = await loadStudentDashboard(await studentAt(null));
    expect(dashboard!.studyLevel).toBeNull();
    expect(dashboard!.openCalls.map((call) => call.title).sort()).toEqual(["Bachelor exchange in Bologna", "Doctoral school in Leuven", "Master exchange in Tartu"]);
  });

  it("never offers another unit's call, whatever the level", async () => {
    expect(await titles(await studentAt("MASTER", otherUnit.id))).toEqual(["Master exchange in Tartu", "Master exchange of another school"]);
    const elsewhere = await createUnit();
    expect(await titles(await studentAt("MASTER", elsewhere.id))).toEqual(["Master exchange in Tartu"]);
    expect(await titles(await studentAt(null, elsewhere.id))).toEqual(["Master exchange in Tartu"]);
  });

  it("follows the level the student saves on their account page", async () => {
    const student = await studentAt(null);
    actAs(student);
    expect((await setStudyLevelAction({ studyLevel: "MASTER" })).ok).toBe(true);
    expect((await loadStudentDashboard(student))!.studyLevel).toBe("MASTER");
    expect(await titles(student)).toEqual(["Doctoral school in Leuven", "Master exchange in Tartu"]);
  });
});

async function render(user: TestUser, page: () => Promise<unknown>): Promise<string> {
  actAs(user);
  const messages = await loadMessages(locale, NAMESPACES);
  return renderServerTree((await page()) as ReactNode, intlProvider({ locale, messages, timeZone: "Asia/Baku", now: NOW }));
}

describe("the pages", () => {
  it.each(["en", "az", "ru"] as const)("give a student the level form on their account page, and staff none (%s)", async (language) => {
    locale = language;
    const student = await studentAt("MASTER");
    const studentPage = await render(student, () => AccountPage());
    expect(studentPage).toContain({ en: "Level of study", az: "Təhsil səviyyəsi", ru: "Уровень обучения" }[language]);
    const select = /<select[^>]*name="studyLevel"[^>]*>([\s\S]*?)<\/select>/.exec(studentPage);
    expect(select, "the level select").not.toBeNull();
    expect([...select![1]!.matchAll(/<option value="([^"]*)"/g)].map((match) => match[1])).toEqual(["", "SHORT_CYCLE", "BACHELOR", "MASTER", "DOCTORAL"]);
    const officerPage = await render(await createUser({ role: "OFFICER" }), () => AccountPage());
    expect(officerPage).not.toContain('name="studyLevel"');
  });

  it.each(["en", "az", "ru"] as const)("asks a student without a level to say it, with a link to their account page (%s)", async (language) => {
    locale = language;
    const student = await studentAt(null);
    const html = await render(student, () => DashboardPage());
    const expected = { en: "Say your level of study on", az: "təhsil səviyyənizi qeyd edin", ru: "Укажите уровень обучения" }[language];
    expect(html).toContain(expected);
    expect(html).toContain('href="/dashboard/account"');
  });

  it("tells a student with a level which level the calls are for, without asking again", async () => {
    const student = await studentAt("MASTER");
    const html = await render(student, async () => StudentDashboard((await loadStudentDashboard(student))!));
    expect(html).toContain("Your level of study: Master&#x27;s.");
    expect(html).toContain("Master exchange in Tartu");
    expect(html).not.toContain("Bachelor exchange in Bologna");
    expect(html).not.toContain("Say your level of study");
  });
});

describe("the demo", () => {
  it("gives the main demo student a level of study, so their dashboard shows what the feature does", async () => {
    const unitIds = new Map([["SHSS", unit.id], ["SEAS", otherUnit.id]]);
    const userIds = await db.$transaction((tx) => seedUsers(tx, unitIds), { timeout: 30_000 });
    expect(await levelOf(userIds.get("student@khazar.org")!)).toBe("BACHELOR");
    expect(await levelOf(userIds.get("officer@khazar.org")!)).toBeNull();
  });
});
