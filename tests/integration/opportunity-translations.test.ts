import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getCallIcs } from "@/app/api/public/opportunities/[id]/calendar.ics/route";
import { GET as getIcs } from "@/app/api/public/opportunities.ics/route";
import { GET as getJson } from "@/app/api/public/opportunities/route";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getCatalogueFilterOptions, getPublicOpportunity, listPublicOpportunities } from "@/lib/opportunities/catalogue";
import { parseCatalogueFilter } from "@/lib/opportunities/catalogue-filter";
import { translatedTitles } from "@/lib/opportunities/catalogue-sql";
import { createOpportunityAction } from "@/lib/opportunities/actions";
import { callTitlesIn } from "@/lib/opportunities/localized-titles";
import { listStaffOpportunities } from "@/lib/opportunities/queries";
import { createOpportunitySchema, OPPORTUNITY_TEXT_FIELDS, staffOpportunityFilterSchema } from "@/lib/opportunities/schemas";
import { createOpportunity, transitionOpportunity } from "@/lib/opportunities/service";
import { createProgramAction } from "@/lib/programs/actions";
import { createProgramSchema, programFormValues, updateProgramSchema } from "@/lib/programs/schemas";
import { createProgram, updateProgram } from "@/lib/programs/service";
import { readTranslations } from "@/lib/translations/content";
import { PROGRAMS } from "@/prisma/seed-data/programs";
import { seedPrograms } from "@/prisma/seed/seed-directory";
import { demoCallTexts } from "@/prisma/seed/seed-opportunities";
import { actAs } from "@/tests/helpers/act-as";
import { ensureInstitution } from "@/tests/helpers/factories";
import { createOpportunity as makeOpportunity, createPartner, createUser, opportunityInput } from "../helpers/opportunity-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Programs and calls in three languages (decision 010): what staff write in each language is stored
 * beside the plain (default language, here English) columns, found by a search in any language, and
 * read back in the reader's language, a missing translation falling back to English marked `en`.
 */

let officer: SessionUser;
let programId: string;
/** A published call written in English, Azerbaijani and Russian, hosted in Norway. */
let callId: string;
/** A published call written in English and Azerbaijani only. */
let azOnlyId: string;

const PROGRAM = {
  en: { name: "Nordic exchange scheme", description: "Semester exchanges with Nordic universities." },
  az: { name: "Şimal ölkələri ilə mübadilə proqramı", description: "Şimal ölkələrinin universitetləri ilə semestr mübadiləsi." },
  ru: { name: "Программа обмена с северными странами", description: "Семестровые обмены с университетами Северной Европы." },
};

const CALL = {
  en: { title: "Fjord semester in marine ecology", description: "Fieldwork on glaciers and fjords.", academicPeriod: "Spring 2027", funding: "Travel grant" },
  az: { title: "Dəniz ekologiyası üzrə fyord semestri", description: "Buzlaqlarda və fyordlarda çöl işləri.", academicPeriod: "Yaz 2027", funding: "Yol qrantı" },
  ru: { title: "Фьордовый семестр по морской экологии", description: "Полевые работы на ледниках и во фьордах.", academicPeriod: "Весна 2027", funding: "Грант на проезд" },
};

beforeAll(async () => {
  await ensureInstitution();
  officer = await createUser("OFFICER");
  programId = (
    await createProgram(
      officer,
      createProgramSchema.parse({ code: "NORDIC_TEST", ...PROGRAM.en, translations: { az: PROGRAM.az, ru: PROGRAM.ru } }),
    )
  ).id;
  const partner = await createPartner({ name: "Bergen Fjord University", countryCode: "NO", city: "Bergen", slug: "bergen-fjord-university" });
  const { id } = await createOpportunity(
    officer,
    createOpportunitySchema.parse(opportunityInput({ programId, partnerId: partner.id, ...CALL.en, translations: { az: CALL.az, ru: CALL.ru } })),
  );
  await transitionOpportunity(officer, { id, version: 1 }, "publish");
  callId = id;
  azOnlyId = (
    await makeOpportunity({
      programId,
      partnerId: null,
      title: "Volcano field school",
      academicPeriod: "Summer 2027",
      translations: { az: { title: "Vulkanşünaslıq üzrə çöl məktəbi" } },
    })
  ).id;
});

async function search(q: string, language?: "en" | "az" | "ru") {
  return (await listPublicOpportunities(parseCatalogueFilter({ q }), { language })).items;
}

describe("writing texts in three languages", () => {
  it("stores a program's other languages beside its plain columns, audited, and fills the edit form from them", async () => {
    const stored = await db.mobilityProgram.findUniqueOrThrow({ where: { id: programId } });
    expect(stored).toMatchObject({ name: PROGRAM.en.name, translations: { az: PROGRAM.az, ru: PROGRAM.ru } });
    const form = programFormValues(stored);
    expect(form.translations).toMatchObject({ az: PROGRAM.az, ru: PROGRAM.ru });

    // The default language's tab edits the plain columns: its key in `translations` is not stored.
    const renamed = { ...PROGRAM.ru, name: "Северная программа обмена" };
    await updateProgram(officer, updateProgramSchema.parse({ ...form, id: programId, version: 1, translations: { en: { name: "ignored" }, az: PROGRAM.az, ru: renamed } }));
    expect((await db.mobilityProgram.findUniqueOrThrow({ where: { id: programId } })).translations).toEqual({ az: PROGRAM.az, ru: renamed });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: programId, action: "program.update" } });
    expect(audit.before).toMatchObject({ translations: { ru: PROGRAM.ru } });
    expect(audit.after).toMatchObject({ translations: { ru: renamed } });
    await updateProgram(officer, updateProgramSchema.parse({ ...form, id: programId, version: 2 }));
  });

  it("stores a call's texts in each language and audits them", async () => {
    const stored = await db.opportunity.findUniqueOrThrow({ where: { id: callId } });
    expect(stored).toMatchObject({ title: CALL.en.title, funding: CALL.en.funding, translations: { az: CALL.az, ru: CALL.ru } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: callId, action: "opportunity.create" } });
    expect(audit.after).toMatchObject({ translations: { az: CALL.az, ru: CALL.ru } });
  });

  it("refuses a translation that is too long or in an unknown language next to its field, and stores nothing", async () => {
    actAs(officer);
    const [programs, calls, audits] = await Promise.all([db.mobilityProgram.count(), db.opportunity.count(), db.auditLog.count()]);

    const program = await createProgramAction({ code: "REFUSED_RU", name: "Refused", translations: { ru: { name: "я".repeat(201) } } });
    expect(program).toMatchObject({ ok: false, fieldErrors: { "translations.ru.name": ["common.form.errors.tooLong|max=200"] } });
    // A hand-made request (the form offers no such tab) with a language the portal does not speak.
    const german = await createProgramAction({ code: "REFUSED_DE", name: "Refused", translations: { de: { name: "Austausch" } } } as never);
    expect(german.ok).toBe(false);

    const call = await createOpportunityAction(opportunityInput({ programId, translations: { az: { title: "ə".repeat(201) } } }) as never);
    expect(call).toMatchObject({ ok: false, fieldErrors: { "translations.az.title": ["common.form.errors.tooLong|max=200"] } });

    expect([await db.mobilityProgram.count(), await db.opportunity.count(), await db.auditLog.count()]).toEqual([programs, calls, audits]);
  });

  it("finds a call by its title in the staff list in any language", async () => {
    const staffSearch = async (q: string) =>
      (await listStaffOpportunities(officer, staffOpportunityFilterSchema.parse({ q }))).rows.map((row) => row.id);
    for (const q of ["Fjord semester", "fyord semestri", "Фьордовый"]) expect(await staffSearch(q)).toContain(callId);
  });
});

describe("the catalogue in the reader's language", () => {
  it("shows the reader's language, and falls back to the default language marked with it", async () => {
    const titleIn = async (language: "en" | "az" | "ru" | undefined, id: string) =>
      (await listPublicOpportunities(parseCatalogueFilter({}), { language })).items.find((item) => item.id === id);
    expect((await titleIn("az", callId))?.title).toEqual({ text: CALL.az.title, lang: "az" });
    expect((await titleIn("ru", callId))?.programName).toEqual({ text: PROGRAM.ru.name, lang: "ru" });
    expect((await titleIn("ru", callId))?.academicPeriod).toEqual({ text: CALL.ru.academicPeriod, lang: "ru" });
    // No Russian title: the English one, marked English; the Azerbaijani reader gets theirs.
    expect((await titleIn("ru", azOnlyId))?.title).toEqual({ text: "Volcano field school", lang: "en" });
    expect((await titleIn("az", azOnlyId))?.title).toEqual({ text: "Vulkanşünaslıq üzrə çöl məktəbi", lang: "az" });
    // Without a language: the institution's default.
    expect((await titleIn(undefined, callId))?.title).toEqual({ text: CALL.en.title, lang: "en" });
  });

  it("reads a call's page in the reader's language, with its program's name and description", async () => {
    const page = await getPublicOpportunity(callId, "ru");
    expect(page).toMatchObject({
      title: { text: CALL.ru.title, lang: "ru" },
      description: { text: CALL.ru.description, lang: "ru" },
      funding: { text: CALL.ru.funding, lang: "ru" },
      program: { code: "NORDIC_TEST", name: { text: PROGRAM.ru.name, lang: "ru" }, description: { text: PROGRAM.ru.description, lang: "ru" } },
    });
    // Nothing was written for the other requirements in any language: empty, in the default language.
    expect(page?.otherRequirements).toEqual({ text: "", lang: "en" });
    expect((await getPublicOpportunity(azOnlyId, "ru"))?.description.lang).toBe("en");
  });

  it("names the calls a student reached (application form, their applications) in the reader's language", async () => {
    const titles = await callTitlesIn([callId, azOnlyId], "ru");
    expect(titles.get(callId)).toEqual({ title: { text: CALL.ru.title, lang: "ru" }, programName: { text: PROGRAM.ru.name, lang: "ru" } });
    expect(titles.get(azOnlyId)?.title).toEqual({ text: "Volcano field school", lang: "en" });
  });

  it("names the programs of the filter menu in the reader's language", async () => {
    expect((await getCatalogueFilterOptions("az")).programs).toContainEqual({ code: "NORDIC_TEST", name: PROGRAM.az.name });
    expect((await getCatalogueFilterOptions("ru")).programs).toContainEqual({ code: "NORDIC_TEST", name: PROGRAM.ru.name });
  });

  it.each([
    ["en", "marine ecology"],
    ["az", "dəniz ekologiyası"],
    ["ru", "морской экологии"],
    ["az", "buzlaqlarda"],
    ["ru", "ледниках"],
  ])("finds the call by words of its %s texts: %s", async (_language, q) => {
    expect((await search(q)).map((item) => item.id)).toContain(callId);
  });

  it.each([
    ["az", "Vulkanşünaslq"],
    ["az", "ekologiyasi"],
    ["ru", "Фьордавый семестр"],
  ])("finds a call by its %s title typed with a mistake: %s", async (_language, q) => {
    const expected = q.startsWith("Vulkan") ? azOnlyId : callId;
    expect((await search(q)).map((item) => item.id)).toContain(expected);
  });

  it.each(["Norway", "Norveç", "Норвегия"])("finds the calls hosted in a country named in any language: %s", async (q) => {
    expect((await search(q)).map((item) => item.id)).toEqual([callId]);
  });
});

describe("the public feeds in the language asked for", () => {
  type Item = { id: string; title: string; titleLang?: string; academicPeriod: string; program: { name: string; nameLang?: string }; partner: { country: { name: string }; url: string } | null; url: string };
  const feed = async (query: string) => {
    const response = await getJson(new Request(`http://localhost/api/public/opportunities?${query}`), undefined);
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: Item[] }).data;
  };

  it("answers the JSON list in ?lang=, country names included, marking a fallback", async () => {
    const [az] = await feed(`country=NO&lang=az`);
    expect(az).toMatchObject({ id: callId, title: CALL.az.title, academicPeriod: CALL.az.academicPeriod, program: { name: PROGRAM.az.name }, partner: { country: { name: "Norveç" } } });
    expect(az).not.toHaveProperty("titleLang");
    expect(az!.url).toMatch(new RegExp(`/opportunities/${callId}\\?lang=az$`));
    expect(az!.partner!.url).toMatch(/\/partners\/bergen-fjord-university\?lang=az$/);

    const [ru] = await feed(`q=${encodeURIComponent("Норвегия")}&lang=ru`);
    expect(ru).toMatchObject({ title: CALL.ru.title, program: { name: PROGRAM.ru.name }, partner: { country: { name: "Норвегия" } } });

    const volcano = (await feed("lang=ru")).find((item) => item.id === azOnlyId);
    expect(volcano).toMatchObject({ title: "Volcano field school", titleLang: "en", academicPeriod: "Summer 2027", academicPeriodLang: "en" });

    // Without lang, or with one the portal does not speak: the default language, addresses without lang.
    for (const query of ["country=NO", "country=NO&lang=de"]) {
      const [item] = await feed(query);
      expect(item).toMatchObject({ title: CALL.en.title, partner: { country: { name: "Norway" } } });
      expect(item!.url).toMatch(new RegExp(`/opportunities/${callId}$`));
    }
    expect((await feed("country=NO&lang=RU-ru"))[0]?.title).toBe(CALL.ru.title);
  });

  it("writes the iCalendar feed's and a single call's events in ?lang=", async () => {
    const ics = async (handler: typeof getIcs, url: string) => (await handler(new Request(url), undefined as never)).text();
    // iCalendar folds long lines: unfold before reading.
    const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");
    const ru = unfold(await ics(getIcs, "http://localhost/api/public/opportunities.ics?country=NO&lang=ru"));
    expect(ru).toContain(`SUMMARY:Срок подачи заявок: ${CALL.ru.title}`);
    expect(ru).toContain(PROGRAM.ru.name);
    const az = unfold(
      await (await getCallIcs(new Request(`http://localhost/api/public/opportunities/${callId}/calendar.ics?lang=az`), { params: Promise.resolve({ id: callId }) })).text(),
    );
    expect(az).toContain(CALL.az.title);
    expect(az).not.toContain(CALL.en.title);
    const en = unfold(await ics(getIcs, "http://localhost/api/public/opportunities.ics?country=NO&lang=en"));
    expect(en).toContain(`SUMMARY:Application deadline: ${CALL.en.title}`);
  });
});

describe("the demo data in three languages", () => {
  it("gives every program its name and description in Azerbaijani and Russian", async () => {
    await db.$transaction((tx) => seedPrograms(tx));
    const programs = await db.mobilityProgram.findMany({ where: { code: { in: PROGRAMS.map((program) => program.code) } } });
    expect(programs).toHaveLength(PROGRAMS.length);
    for (const program of programs) {
      const texts = readTranslations(program.translations, ["name", "description"]);
      expect(texts.az?.name, program.code).toBeTruthy();
      expect(texts.ru?.name, program.code).toBeTruthy();
      // Written in each language, not copied from the English.
      expect(texts.az?.description, program.code).toMatch(/[əğışçöü]/i);
      expect(texts.ru?.description, program.code).toMatch(/[а-яё]/i);
      if (program.code !== "TEMPUS") expect([texts.az?.name, texts.ru?.name], program.code).not.toContain(program.name);
    }
  });

  it("writes the demo calls in Azerbaijani and Russian, naming the program as each language does", () => {
    const texts = demoCallTexts({ semester: "Fall", year: 2026, partnerName: "University of Tartu", programCode: "ERASMUS_KA171" });
    expect(texts.title).toBe("Fall semester exchange at University of Tartu");
    expect(texts.translations.az.title).toBe("Payız semestri üzrə mübadilə: University of Tartu");
    expect(texts.translations.ru.title).toBe("Обмен на осенний семестр: University of Tartu");
    expect(texts.translations.az.description).toContain("Erasmus+ KA171 – Beynəlxalq kredit mobilliyi");
    expect(texts.translations.ru.description).toContain("Erasmus+ KA171 – Международная кредитная мобильность");
    expect([texts.translations.az.academicPeriod, texts.translations.ru.academicPeriod]).toEqual(["Payız 2026", "Осень 2026"]);
    for (const field of OPPORTUNITY_TEXT_FIELDS) {
      expect(texts.translations.az[field], field).not.toBe(texts[field]);
      expect(texts.translations.ru[field], field).not.toBe(texts[field]);
    }
    // They fit the form's limits, so an officer can open and save a demo call as it is.
    expect(createOpportunitySchema.safeParse(opportunityInput({ programId, ...texts })).success).toBe(true);
  });
});

describe("the typo match on translated titles", () => {
  it("can be answered by a trigram index on its expression (the migration the catalogue expects)", async () => {
    // Fails if the expression stops being immutable (concat_ws is not) and so cannot be indexed.
    await db.$executeRawUnsafe(
      `CREATE INDEX IF NOT EXISTS "Opportunity_translated_titles_trgm_idx" ON "Opportunity" USING GIN (${translatedTitles().sql} gin_trgm_ops)`,
    );
    const [, plan] = await db.$transaction([
      db.$queryRaw`SELECT set_config('enable_seqscan', 'off', true)`,
      db.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT "id" FROM "Opportunity" WHERE ${translatedTitles()} %> ${"Vulkanşünaslq"}`,
    ]);
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Opportunity_translated_titles_trgm_idx");
    expect((await search("Vulkanşünaslq")).map((item) => item.id)).toContain(azOnlyId);
  });
});
