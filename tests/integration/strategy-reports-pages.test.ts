import type { ReactNode } from "react";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import ReportsPage from "@/app/(dashboard)/dashboard/reports/page";
import GoalPage from "@/app/(dashboard)/dashboard/strategy/goals/[id]/page";
import IndicatorPage from "@/app/(dashboard)/dashboard/strategy/indicators/[id]/page";
import StrategyPage from "@/app/(dashboard)/dashboard/strategy/page";
import type { AppLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/load-messages";
import { db } from "@/lib/db/client";
import { actAs } from "@/tests/helpers/act-as";
import { createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";
import { intlProvider, renderServerTree } from "@/tests/helpers/render-server-tree";

/**
 * The strategy pages and the reports page rendered whole, as each role that may open them and in
 * each language, with a message missing from any catalogue failing the test (not shown as a key).
 */

const NOW = new Date("2026-07-01T08:00:00Z");
const NAMESPACES = ["common", "errors", "strategy", "reports", "agreements", "partners", "events", "visits", "mobility", "internationalStudents", "projects"] as const;
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
// Client components call the App Router, which is not mounted here.
vi.mock("next/navigation", async (original) => ({ ...(await original<object>()), useRouter: () => ({ push() {}, refresh() {} }) }));
vi.mock("@/components/ui/pagination", () => ({ Pagination: () => null }));

let admin: TestUser;
let officer: TestUser;
let coordinator: TestUser;
let goalId: string;
let manualId: string;

beforeAll(async () => {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
  await ensureInstitution();
  const unit = await createUnit({ code: "PAGES", name: "School of Pages" });
  admin = await createUser({ role: "ADMIN" });
  officer = await createUser({ role: "OFFICER", name: "Nigar Officer" });
  coordinator = await createUser({ role: "COORDINATOR", unitId: unit.id });
  const goal = await db.strategyGoal.create({
    data: {
      title: "Expand student mobility",
      description: "Send more students abroad.",
      translations: { az: { title: "Tələbə mobilliyini genişləndirmək" }, ru: { title: "Расширять мобильность студентов" } },
      indicators: {
        create: [
          { title: "Students sent abroad", metric: "OUTGOING_MOBILITIES", filter: { participantType: "STUDENT" }, targets: { create: [{ year: 2025, target: 10 }, { year: 2026, target: 12 }, { year: 2027, target: 14 }] } },
          { title: "Press releases", metric: null, targets: { create: [{ year: 2025, target: 5 }] }, actuals: { create: [{ year: 2025, value: 6, evidence: "Six press releases on the site." }] } },
        ],
      },
    },
    include: { indicators: true },
  });
  goalId = goal.id;
  manualId = goal.indicators.find((indicator) => indicator.metric === null)!.id;
  await db.activityReport.create({
    data: { kind: "QUARTERLY", periodStart: new Date("2026-04-01"), periodEnd: new Date("2026-06-30"), language: "en", status: "RUNNING", progress: 40, createdById: officer.id },
  });
  await db.activityReport.create({ data: { kind: "ANNUAL", periodStart: new Date("2025-01-01"), periodEnd: new Date("2025-12-31"), language: "az", status: "FAILED", error: "0badcafe" } });
  await db.activityHighlight.create({ data: { happenedOn: new Date("2026-05-05"), title: "Erasmus+ accreditation renewed", createdById: officer.id } });
});

beforeEach(() => {
  locale = "en";
});

async function render(user: TestUser, page: () => Promise<unknown>): Promise<string> {
  actAs(user);
  const messages = await loadMessages(locale, NAMESPACES);
  return renderServerTree((await page()) as ReactNode, intlProvider({ locale, messages, timeZone: "Asia/Baku", now: NOW }));
}

describe("the strategy pages", () => {
  it.each(["en", "az", "ru"] as const)("render the strategy for the office, a coordinator and the admin in %s", async (language) => {
    locale = language;
    for (const user of [officer, coordinator, admin]) {
      const html = await render(user, () => StrategyPage());
      expect(html).toContain(language === "en" ? "Expand student mobility" : language === "az" ? "Tələbə mobilliyini genişləndirmək" : "Расширять мобильность студентов");
    }
  });

  it("shows the office the status and the edit links to admins only; a coordinator their unit's share", async () => {
    const officerPage = await render(officer, () => StrategyPage());
    expect(officerPage).toContain("On track");
    expect(officerPage).toContain("Six press releases on the site.");
    expect(officerPage).not.toContain("Edit goal");
    expect(await render(admin, () => StrategyPage())).toContain(`href="/dashboard/strategy/goals/${goalId}"`);
    const coordinatorPage = await render(coordinator, () => StrategyPage());
    expect(coordinatorPage).toContain("Figures of School of Pages");
    expect(coordinatorPage).toContain("Share of the target");
  });

  it.each(["en", "az", "ru"] as const)("render a goal's and an indicator's edit pages for the admin in %s", async (language) => {
    locale = language;
    expect(await render(admin, () => GoalPage({ params: Promise.resolve({ id: goalId }) }))).toContain(`href="/dashboard/strategy/indicators/${manualId}"`);
    expect(await render(admin, () => IndicatorPage({ params: Promise.resolve({ id: manualId }) }))).toContain("Six press releases on the site.");
  });
});

describe("the reports page", () => {
  it.each(["en", "az", "ru"] as const)("renders the form, the reports with their progress and the highlights in %s", async (language) => {
    locale = language;
    const html = await render(officer, () => ReportsPage());
    expect(html).toContain("Erasmus+ accreditation renewed");
    expect(html).toContain('max="100"');
    expect(html).toContain("0badcafe");
  });
});
