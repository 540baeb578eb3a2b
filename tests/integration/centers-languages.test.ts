import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as centersFeed } from "@/app/api/public/centers/route";
import { createCenterAction, updateCenterAction } from "@/lib/centers/actions";
import { getPublicCenter, listPublicCenters } from "@/lib/centers/public-queries";
import { getCenterDetail, listCenters } from "@/lib/centers/queries";
import { CENTER_TEXT_FIELDS, centerFormValues } from "@/lib/centers/schemas";
import { db } from "@/lib/db/client";
import { localize, missingLanguages, readTranslations } from "@/lib/translations/content";
import { CENTERS } from "@/prisma/seed-data/centers";
import { seedCenters } from "@/prisma/seed/seed-directory";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUser, type TestUser } from "@/tests/helpers/factories";
import { createCenter } from "@/tests/helpers/partner-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Issue 10, part 1 (decision 010): a center's name, description, location and opening hours are
 * written in each language; the public list, page and feed show the reader's language and fall
 * back to the default one (English in these tests) with the language it is in; a search in any
 * language finds the center; the demo gives every center Azerbaijani and Russian texts.
 */

let officer: TestUser;

beforeAll(async () => {
  officer = await createUser({ role: "OFFICER" });
});

beforeEach(() => actAsVisitor());

/** The form as the browser sends it: every language's inputs, blank where nothing was typed. */
const formInput = (name: string, translations: Record<string, Record<string, string>>) => ({
  name,
  organization: "Embassy of Testland",
  description: "Books, films and language courses.",
  location: "Main Building, Room 101",
  email: "",
  phone: "",
  website: "",
  openingHours: "Monday–Friday, 10:00–17:00",
  isPublic: "on",
  translations: {
    en: { name: "", description: "", location: "", openingHours: "" },
    az: { name: "", description: "", location: "", openingHours: "" },
    ru: { name: "", description: "", location: "", openingHours: "" },
    ...translations,
  },
});

async function feed(query: string): Promise<{ data: Record<string, unknown>[]; total: number }> {
  const response = await centersFeed(new Request(`http://localhost:3000/api/public/centers${query}`), undefined);
  expect(response.status).toBe(200);
  return (await response.json()) as { data: Record<string, unknown>[]; total: number };
}

describe("the staff form", () => {
  it("stores the other languages beside the plain columns, audits them and gives them back to the edit form", async () => {
    actAs(officer);
    const created = await createCenterAction(
      formInput("Tallinn Reading Room", {
        az: { name: "Tallinn Oxu Zalı", description: "Eston dilində kitablar.", location: "Baş bina, 101 nömrəli otaq", openingHours: "" },
        ru: { name: "Таллинский читальный зал", description: "", location: "", openingHours: "" },
      }),
    );
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? created.data.id : "";
    const stored = await db.center.findUniqueOrThrow({ where: { id } });
    // The default language lives in the plain columns only; blank inputs are not stored.
    expect(stored.translations).toEqual({
      az: { name: "Tallinn Oxu Zalı", description: "Eston dilində kitablar.", location: "Baş bina, 101 nömrəli otaq" },
      ru: { name: "Таллинский читальный зал" },
    });

    const updated = await updateCenterAction({
      ...formInput("Tallinn Reading Room", { ru: { name: "Таллинский читальный зал", description: "Книги на эстонском языке.", location: "", openingHours: "" } }),
      id,
      version: 1,
    });
    expect(updated).toMatchObject({ ok: true, data: { version: 2 } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "center.update" } });
    expect(audit.before).toMatchObject({ translations: { az: { name: "Tallinn Oxu Zalı" } } });
    expect(audit.after).toMatchObject({ translations: { ru: { description: "Книги на эстонском языке." } } });
    expect((audit.after as { translations: object }).translations).not.toHaveProperty("az");

    const detail = await getCenterDetail(officer, id);
    expect(centerFormValues(detail!).translations).toEqual({
      en: { name: "", description: "", location: "", openingHours: "" },
      az: { name: "", description: "", location: "", openingHours: "" },
      ru: { name: "Таллинский читальный зал", description: "Книги на эстонском языке.", location: "", openingHours: "" },
    });
  });

  it("refuses a too-long translation or an unknown language with a field error, storing nothing", async () => {
    actAs(officer);
    const cases = [
      {
        input: formInput("Too Long Center", { az: { name: "Uzun", description: "ə".repeat(5001), location: "", openingHours: "" } }),
        field: "translations.az.description",
        message: "common.form.errors.tooLong|max=5000",
      },
      { input: formInput("Too Long Center", { ru: { name: "Я".repeat(201), description: "", location: "", openingHours: "" } }), field: "translations.ru.name" },
      { input: { ...formInput("German Center", {}), translations: { de: { name: "Deutsches Zentrum" } } }, field: "translations" },
      { input: { ...formInput("Stray Field Center", {}), translations: { az: { organization: "Səfirlik" } } }, field: "translations.az" },
    ];
    for (const { input, field, message } of cases) {
      const before = await countAllRows();
      // Shapes no form sends (an unknown language or field) are what this test is about.
      const result = await createCenterAction(input as never);
      expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(result.ok === false && Object.keys(result.fieldErrors ?? {})).toEqual([field]);
      if (message) expect(result.ok === false && result.fieldErrors?.[field]).toEqual([message]);
      expect(await countAllRows()).toEqual(before);
    }

    const center = await createCenter({ name: "Unchanged Center", translations: { az: { name: "Dəyişməyən Mərkəz" } } });
    const refused = await updateCenterAction({
      ...formInput("Unchanged Center", { az: { name: "x".repeat(201), description: "", location: "", openingHours: "" } }),
      id: center.id,
      version: 1,
    });
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "translations.az.name": ["common.form.errors.tooLong|max=200"] } });
    expect(await db.center.findUniqueOrThrow({ where: { id: center.id } })).toMatchObject({ version: 1, translations: { az: { name: "Dəyişməyən Mərkəz" } } });
  });

  it("tells the staff list which languages a center lacks", async () => {
    const untranslated = await createCenter({ name: "Lacking Center", description: "Only in English." });
    const partly = await createCenter({ name: "Partly Center", translations: { az: { name: "Qismən Mərkəz" } } });
    const full = await createCenter({ name: "Full Center", translations: { az: { name: "Tam Mərkəz" }, ru: { name: "Полный центр" } } });
    const rows = (await listCenters(officer, { q: "Center", page: 1 })).rows;
    const missing = (id: string) => rows.find((row) => row.id === id)?.missingLanguages;
    expect(missing(untranslated.id)).toEqual(["az", "ru"]);
    expect(missing(partly.id)).toEqual(["ru"]);
    expect(missing(full.id)).toEqual([]);
  });
});

describe("the public centers", () => {
  const azerbaijani = { name: "Bərpa Mərkəzi", description: "Köhnə kitabların bərpası üzrə emalatxana." };
  const russian = { name: "Реставрационный центр", description: "Мастерская по реставрации старинных книг." };
  let slug: string;

  beforeAll(async () => {
    const center = await createCenter({
      name: "Restoration Center",
      description: "A workshop for restoring old books.",
      location: "Library Building, Room 9",
      openingHours: "Monday–Friday, 10:00–16:00",
      // Azerbaijani has its name and description only; Russian has no opening hours.
      translations: { az: azerbaijani, ru: { ...russian, location: "Здание библиотеки, кабинет 9" } },
    });
    slug = center.slug;
  });

  it("show the reader's language and fall back to the default language, saying which language each text is in", async () => {
    const center = (await getPublicCenter(slug))!;
    const inAzerbaijani = localize(center, CENTER_TEXT_FIELDS, "az", "en");
    expect(inAzerbaijani.name).toEqual({ text: "Bərpa Mərkəzi", lang: "az" });
    expect(inAzerbaijani.location).toEqual({ text: "Library Building, Room 9", lang: "en" });
    const inRussian = localize(center, CENTER_TEXT_FIELDS, "ru", "en");
    expect(inRussian.location).toEqual({ text: "Здание библиотеки, кабинет 9", lang: "ru" });
    expect(inRussian.openingHours).toEqual({ text: "Monday–Friday, 10:00–16:00", lang: "en" });
    expect(localize(center, CENTER_TEXT_FIELDS, "en", "en").name).toEqual({ text: "Restoration Center", lang: "en" });
  });

  it.each([
    ["English", "restoring old"],
    ["Azerbaijani", "bərpa mərkəzi"],
    ["Azerbaijani (description)", "KÖHNƏ KİTAB"],
    ["Russian", "реставрационный"],
    ["Russian (description)", "Старинных книг"],
  ])("are found by a search in %s, in any case", async (_language, q) => {
    const page = await listPublicCenters({ q, page: 1 }, 10);
    expect(page.rows.map((row) => row.slug)).toEqual([slug]);
    expect((await feed(`?q=${encodeURIComponent(q)}`)).data.map((item) => item.slug)).toEqual([slug]);
  });

  it("are not found by a text of another center or by a hidden center's translation", async () => {
    await createCenter({ name: "Hidden Center", isPublic: false, translations: { ru: { name: "Скрытый центр" } } });
    expect((await listPublicCenters({ q: "Скрытый", page: 1 }, 10)).total).toBe(0);
    expect((await listPublicCenters({ q: "Реставрационный центр Баку", page: 1 }, 10)).total).toBe(0);
  });
});

describe("the public centers feed", () => {
  let slug: string;

  beforeAll(async () => {
    const center = await createCenter({
      name: "Feed Language Center",
      description: "Courses in three languages.",
      location: "Main Building, Room 7",
      openingHours: "Monday–Friday, 09:00–18:00",
      translations: {
        az: { name: "Dillər Mərkəzi", description: "Üç dildə kurslar.", openingHours: "Bazar ertəsi–cümə, 09:00–18:00" },
        ru: { name: "Языковой центр", description: "Курсы на трёх языках.", location: "Главный корпус, кабинет 7", openingHours: "Понедельник–пятница, 09:00–18:00" },
      },
    });
    slug = center.slug;
  });

  const itemOf = async (query: string) => (await feed(query)).data.find((item) => item.slug === slug)!;

  it("answers in the language asked for with ?lang=, naming the language of each text that fell back", async () => {
    expect(await itemOf("?lang=az")).toMatchObject({
      name: "Dillər Mərkəzi",
      description: "Üç dildə kurslar.",
      location: "Main Building, Room 7",
      locationLang: "en",
      openingHours: "Bazar ertəsi–cümə, 09:00–18:00",
      url: `http://localhost:3000/centers/${slug}?lang=az`,
    });
    const russian = await itemOf("?lang=ru");
    expect(russian).toMatchObject({ name: "Языковой центр", location: "Главный корпус, кабинет 7", openingHours: "Понедельник–пятница, 09:00–18:00" });
    expect(Object.keys(russian).filter((key) => key.endsWith("Lang"))).toEqual([]);
    expect(await itemOf("?lang=RU-ru")).toMatchObject({ name: "Языковой центр" });
  });

  it("answers in the default language without ?lang= or with a language it does not know, as it does for a bad page size", async () => {
    for (const query of ["", "?lang=en", "?lang=de", "?lang=", "?lang=xx&lang=ru"]) {
      const item = await itemOf(query);
      expect(item, query).toMatchObject({ name: "Feed Language Center", location: "Main Building, Room 7", organization: "Embassy of Testland" });
      expect(Object.keys(item).filter((key) => key.endsWith("Lang")), query).toEqual([]);
    }
    expect((await itemOf("")).url).toBe(`http://localhost:3000/centers/${slug}`);
  });
});

describe("the demo centers", () => {
  it("give every center its name, description, location and opening hours in Azerbaijani and Russian", async () => {
    await db.$transaction((tx) => seedCenters(tx));
    const centers = await db.center.findMany({ where: { slug: { in: CENTERS.map((center) => center.code) } } });
    expect(centers).toHaveLength(17);
    for (const center of centers) {
      expect(missingLanguages(center, CENTER_TEXT_FIELDS, "en"), center.slug).toEqual([]);
      const translations = readTranslations(center.translations, CENTER_TEXT_FIELDS);
      for (const language of ["az", "ru"] as const) {
        for (const field of CENTER_TEXT_FIELDS) {
          const text = translations[language]?.[field];
          expect(typeof text === "string" && text.trim().length > 0, `${center.slug} ${language} ${field}`).toBe(true);
          // A translation, not a copy of the English text (names like "iBT" aside, every text differs).
          expect(text, `${center.slug} ${language} ${field}`).not.toBe(center[field]);
        }
      }
      // Russian is written in Cyrillic; Azerbaijani in the Latin script, never Cyrillic.
      expect(translations.ru?.description, center.slug).toMatch(/[а-яё]/i);
      expect(translations.az?.description, center.slug).not.toMatch(/[а-яё]/i);
    }
    const confucius = centers.find((center) => center.slug === "confucius-institute")!;
    expect(localize(confucius, CENTER_TEXT_FIELDS, "az", "en").name).toEqual({ text: "Konfutsi İnstitutu", lang: "az" });
    expect(localize(confucius, CENTER_TEXT_FIELDS, "ru", "en").name).toEqual({ text: "Институт Конфуция", lang: "ru" });
  });
});
