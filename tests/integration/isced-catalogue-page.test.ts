import type { ReactNode } from "react";
import { prerender } from "react-dom/static";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppLocale } from "@/i18n/config";
import { createOpportunity } from "@/tests/helpers/opportunity-factories";

/**
 * Issue 10, part 1 (decision 015), as people see it: the catalogue's subject filter names the ISCED-F
 * fields in the page's language (it said "09 Health and welfare" on an Azerbaijani page), and so
 * does an agreement's table of conditions on a staff page.
 */

/** The page's language, as the request would give it (address, cookie or browser). */
const request = vi.hoisted(() => ({ locale: "en" as AppLocale }));

/** next-intl's request-scoped helpers, which need Next's request context, answered for that language. */
vi.mock("next-intl/server", async () => {
  const { createFormatter } = await import("next-intl");
  const messagesOf = async (locale: string) => ({
    common: (await import(`@/messages/${locale}/common.json`)).default,
    opportunities: (await import(`@/messages/${locale}/opportunities.json`)).default,
    agreements: (await import(`@/messages/${locale}/agreements.json`)).default,
  });
  return {
    getLocale: async () => request.locale,
    getMessages: async ({ locale }: { locale: AppLocale }) => messagesOf(locale),
    getTimeZone: async () => "Asia/Baku",
    getFormatter: async () => createFormatter({ locale: request.locale, timeZone: "Asia/Baku" }),
  };
});

/** The filters are a client component that navigates on submit; only its markup matters here. */
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, prefetch: () => {} }),
  usePathname: () => "/opportunities",
  useSearchParams: () => new URLSearchParams(),
}));

const { default: CataloguePage } = await import("@/app/(public)/opportunities/page");
const { ConditionsTable } = await import("@/app/(dashboard)/dashboard/agreements/_components/conditions-table");

beforeAll(async () => {
  await createOpportunity({ subjectAreas: ["0912"] });
});

/** A server component as HTML, rendered as the server would for a reader of `locale`. */
async function html(locale: AppLocale, render: () => Promise<ReactNode>): Promise<string> {
  request.locale = locale;
  const { prelude } = await prerender(await render());
  return new Response(prelude).text();
}

function cataloguePage(locale: AppLocale): Promise<string> {
  return html(locale, () => CataloguePage({ searchParams: Promise.resolve({}) }));
}

/** The subject filter's options, label by value (the indent of a narrow field dropped). */
function subjectOptions(html: string): Record<string, string> {
  const select = /<select[^>]*name="subject"[^>]*>([\s\S]*?)<\/select>/.exec(html);
  expect(select, "the subject filter").not.toBeNull();
  return Object.fromEntries([...select![1]!.matchAll(/<option value="(\d+)"[^>]*>([^<]*)<\/option>/g)].map(([, value, label]) => [value, label!.trim()]));
}

describe("the catalogue's subject filter", () => {
  it("names the fields in Azerbaijani for an Azerbaijani reader", async () => {
    const options = subjectOptions(await cataloguePage("az"));
    expect(options["09"]).toBe("09 Səhiyyə və sosial rifah");
    expect(options["091"]).toBe("091 Səhiyyə");
    expect(options["023"]).toBe("023 Dillər");
    expect(Object.values(options).join("\n")).not.toMatch(/Health|Languages|Education/);
  });

  it("names them in Russian for a Russian reader, and in English for an English one", async () => {
    const russian = subjectOptions(await cataloguePage("ru"));
    expect(russian["09"]).toBe("09 Здравоохранение и социальное обеспечение");
    expect(Object.values(russian).join("\n")).not.toMatch(/\p{Script=Latin}/u);

    const english = subjectOptions(await cataloguePage("en"));
    expect(english["09"]).toBe("09 Health and welfare");
    expect(Object.keys(english)).toEqual(Object.keys(russian));
    expect(Object.keys(english).length).toBeGreaterThan(40);
  });
});

describe("an agreement's conditions", () => {
  const condition = {
    id: "c1",
    direction: "OUTGOING",
    mobilityType: "STUDENT_STUDY",
    level: null,
    iscedCode: "0231",
    placesPerYear: 2,
    monthsPerPlace: null,
    daysPerPlace: null,
    language: null,
    languageLevel: null,
    fromAcademicYear: null,
    toAcademicYear: null,
    iscedField: { name: "Language acquisition" },
  } as unknown as Parameters<typeof ConditionsTable>[0]["conditions"][number];

  it("name the subject area in the reader's language", async () => {
    expect(await html("ru", () => ConditionsTable({ conditions: [condition] }))).toContain(">0231 Изучение языков</td>");
    expect(await html("az", () => ConditionsTable({ conditions: [condition] }))).toContain(">0231 Dillərin öyrənilməsi</td>");
  });
});
