import type { ReactNode } from "react";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import DashboardPage from "@/app/(dashboard)/dashboard/page";
import InternationalStudentsPage from "@/app/(dashboard)/dashboard/international-students/page";
import type { AppLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/load-messages";
import { db } from "@/lib/db/client";
import { actAs } from "@/tests/helpers/act-as";
import { createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";
import { intlProvider, renderServerTree } from "@/tests/helpers/render-server-tree";

/**
 * The dashboard and the international students' list rendered whole, as each role and in each
 * language, with a message that is missing in any catalogue failing the test (not shown as a key).
 */

const NOW = new Date("2026-12-05T08:00:00Z");
/** The catalogues these pages read (only these, so another feature's unfinished catalogue cannot fail this test). */
const NAMESPACES = ["common", "dashboard", "agreements", "partners", "applications", "internationalStudents"] as const;
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
// The list's pager is an async server component inside DataTable, which React DOM renders itself: out of scope here.
vi.mock("@/components/ui/pagination", () => ({ Pagination: () => null }));
vi.mock("next-intl/server", async () => {
  const { createFormatter } = await import("next-intl");
  return {
    getLocale: async () => locale,
    getNow: async () => NOW,
    getFormatter: async () => createFormatter({ locale, timeZone: "Asia/Baku", now: NOW }),
  };
});

let officer: TestUser;
let admin: TestUser;
let coordinator: TestUser;
let student: TestUser;
let agreementId: string;

beforeAll(async () => {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
  await ensureInstitution();
  const unit = await createUnit({ code: "PAGE", name: "School of Pages" });
  officer = await createUser({ role: "OFFICER", name: "Nigar Officer" });
  admin = await createUser({ role: "ADMIN" });
  coordinator = await createUser({ role: "COORDINATOR", unitId: unit.id });
  student = await createUser({ role: "STUDENT", unitId: unit.id });
  const partner = await db.partner.create({ data: { slug: "page-partner", name: "Page University", kind: "UNIVERSITY", countryCode: "DE", status: "ACTIVE" } });
  agreementId = (
    await db.agreement.create({
      data: {
        referenceNumber: "PAGE-001",
        title: "Erasmus+ with Page University",
        kind: "ERASMUS_KA171",
        status: "ACTIVE",
        unitId: unit.id,
        signedOn: new Date("2023-01-01"),
        startsOn: new Date("2023-01-01"),
        endsOn: new Date("2027-01-31"),
        partners: { create: [{ partnerId: partner.id }] },
      },
    })
  ).id;
  await db.mobilityRecord.create({
    data: { direction: "OUTGOING", participantType: "STUDENT", mobilityType: "STUDENT_STUDY", personName: "Aysel", partnerId: partner.id, unitId: unit.id, academicYear: 2026, startDate: new Date("2026-09-15"), endDate: new Date("2027-01-31") },
  });
  await db.internationalStudent.create({
    data: { studentNumber: "PAGE-1", fullName: "Giorgi Beridze", countryCode: "GE", programName: "Law", level: "BACHELOR", unitId: unit.id, intakeYear: 2024 },
  });
});

beforeEach(() => {
  locale = "en";
});

async function render(user: TestUser, page: () => Promise<unknown>): Promise<string> {
  actAs(user);
  const messages = await loadMessages(locale, NAMESPACES);
  return renderServerTree((await page()) as ReactNode, intlProvider({ locale, messages, timeZone: "Asia/Baku", now: NOW }));
}

describe("the dashboard page", () => {
  it.each(["en", "az", "ru"] as const)("renders for every role in %s, every text from the catalogue", async (language) => {
    locale = language;
    for (const user of [officer, admin, coordinator, student]) {
      const html = await render(user, () => DashboardPage());
      expect(html).toContain(user.name);
    }
  });

  it("leads the office from an attention item to the agreement, and names a coordinator's unit", async () => {
    const officerPage = await render(officer, () => DashboardPage());
    expect(officerPage).toContain(`href="/dashboard/agreements/${agreementId}"`);
    expect(officerPage).toContain("Needs attention today");
    expect(officerPage).toContain("How the office is doing");
    expect(officerPage).toContain("Mobilities per academic year, last ten years");
    expect(officerPage).toContain("<svg");
    expect(officerPage).not.toContain("Failed background jobs");
    expect(await render(admin, () => DashboardPage())).toContain("Failed background jobs");
    const coordinatorPage = await render(coordinator, () => DashboardPage());
    expect(coordinatorPage).toContain("How School of Pages is doing");
    const studentPage = await render(student, () => DashboardPage());
    expect(studentPage).toContain("Your applications");
    expect(studentPage).not.toContain("How the office is doing");
  });
});

describe("the international students page", () => {
  it.each(["en", "az", "ru"] as const)("renders the list and its statistics in %s", async (language) => {
    locale = language;
    const html = await render(officer, () => InternationalStudentsPage({ searchParams: Promise.resolve({}) }));
    expect(html).toContain("Giorgi Beridze");
    expect(html).toContain('href="/dashboard/international-students/import"');
  });
});
