import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { listPublicEvents } from "@/lib/events/queries";
import { getInstitution } from "@/lib/institution/queries";
import { updateInstitutionTextsAction } from "@/lib/institution/settings-actions";
import { getInstitutionTexts } from "@/lib/institution/texts";
import { localizeProject, localizeProjectSummary } from "@/lib/projects/localize";
import { getPublicProject, listPublicProjects } from "@/lib/projects/queries";
import { actAs } from "@/tests/helpers/act-as";
import { countAllRows, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Issue 10, part 1: the institution, its office contacts, projects and events in the reader's
 * language, falling back to the default language (English here) with the language marked; and the
 * admin's editor for the institution's texts.
 */

const EN = { locale: "en", defaultLanguage: "en" } as const;
const AZ = { locale: "az", defaultLanguage: "en" } as const;
const RU = { locale: "ru", defaultLanguage: "en" } as const;

let admin: TestUser;
let contactId: string;

beforeAll(async () => {
  await ensureInstitution();
  admin = await createUser({ role: "ADMIN" });
  await db.institution.update({
    where: { id: 1 },
    data: {
      name: "Test University",
      shortName: "TU",
      address: "1 Test Street, Baku",
      officeHeadTitle: "Director of the International Office",
      about: { mission: "Connect the university with the world.", objectives: ["More exchange."], functions: ["Sign agreements."], tasks: ["Write reports."] },
      // Azerbaijani has the name and part of the about texts; Russian the name only.
      translations: {
        az: { name: "Test Universiteti", shortName: "TU-az", mission: "Universiteti dünya ilə birləşdirmək.", objectives: ["Daha çox mübadilə."] },
        ru: { name: "Тестовый университет" },
      },
    },
  });
  await db.officeContact.deleteMany({});
  contactId = (
    await db.officeContact.create({
      data: { name: "Leyla Hasanova", position: "Director", translations: { az: { position: "Direktor" } }, email: "leyla@test.example.edu", sortOrder: 0 },
    })
  ).id;
});

describe("the institution in the reader's language", () => {
  it("shows the Azerbaijani texts and falls back to English, marked, where there is none", async () => {
    const az = await getInstitution("az");
    expect(az.locale).toBe("az");
    expect(az.name).toBe("Test Universiteti");
    expect(az.texts.name).toEqual({ text: "Test Universiteti", lang: "az" });
    expect(az.texts.address).toEqual({ text: "1 Test Street, Baku", lang: "en" });
    expect(az.about.mission).toEqual({ text: "Universiteti dünya ilə birləşdirmək.", lang: "az" });
    expect(az.about.objectives).toEqual({ items: ["Daha çox mübadilə."], lang: "az" });
    expect(az.about.functions).toEqual({ items: ["Sign agreements."], lang: "en" });
    expect(az.contacts).toEqual([expect.objectContaining({ id: contactId, position: { text: "Direktor", lang: "az" } })]);
  });

  it("shows the Russian name and the English about texts and positions, marked English", async () => {
    const ru = await getInstitution("ru");
    expect(ru.name).toBe("Тестовый университет");
    expect(ru.shortName).toBe("TU");
    expect(ru.texts.shortName).toEqual({ text: "TU", lang: "en" });
    expect(ru.texts.officeHeadTitle).toEqual({ text: "Director of the International Office", lang: "en" });
    expect(ru.about.mission.lang).toBe("en");
    expect(ru.about.tasks).toEqual({ items: ["Write reports."], lang: "en" });
    expect(ru.contacts[0]!.position).toEqual({ text: "Director", lang: "en" });
  });

  it("answers in the default language outside a request (no visitor)", async () => {
    const institution = await getInstitution();
    expect(institution.locale).toBe("en");
    expect(institution.texts.name).toEqual({ text: "Test University", lang: "en" });
  });
});

describe("projects and events in the reader's language", () => {
  const slug = "translated-project";

  beforeAll(async () => {
    await db.project.create({
      data: {
        slug,
        title: "Migration Studies",
        fundingProgram: "Erasmus+",
        coordinatorInstitution: "Tbilisi State University",
        ourRole: "PARTNER",
        startDate: new Date("2016-10-15"),
        endDate: new Date("2019-10-14"),
        summary: "Encourages migration studies.",
        objectives: ["Improve programs.", "Train staff."],
        outcomes: "A master's program.",
        translations: {
          az: { title: "Miqrasiya tədqiqatları", summary: "Miqrasiya tədqiqatlarını təşviq edir.", objectives: ["Proqramları təkmilləşdirmək.", "Əməkdaşları hazırlamaq."] },
          ru: { title: "Миграционные исследования" },
        },
        workPackages: { create: [{ code: "WP1", title: "Management", translations: { az: { title: "İdarəetmə" } } }] },
        activities: {
          create: [
            {
              title: "Summer School",
              description: "A week in Tbilisi.",
              startDate: new Date("2018-07-01"),
              translations: { ru: { title: "Летняя школа", description: "Неделя в Тбилиси." } },
            },
          ],
        },
      },
    });
    await db.event.create({
      data: {
        slug: "translated-event",
        title: "Information session",
        kind: "SEMINAR",
        startsAt: new Date(Date.now() + 86_400_000),
        place: "Room 301",
        description: "How to apply.",
        translations: { az: { title: "Məlumat sessiyası" } },
        isPublished: true,
      },
    });
  });

  it("gives a project page in Azerbaijani, with the untranslated outcomes and activity marked English", async () => {
    const project = localizeProject((await getPublicProject(slug))!, AZ);
    expect(project.title).toEqual({ text: "Miqrasiya tədqiqatları", lang: "az" });
    expect(project.summary).toEqual({ text: "Miqrasiya tədqiqatlarını təşviq edir.", lang: "az" });
    expect(project.objectives).toEqual({ items: ["Proqramları təkmilləşdirmək.", "Əməkdaşları hazırlamaq."], lang: "az" });
    expect(project.outcomes).toEqual({ text: "A master's program.", lang: "en" });
    expect(project.workPackages).toEqual([{ code: "WP1", title: { text: "İdarəetmə", lang: "az" } }]);
    expect(project.activities[0]).toMatchObject({ title: { text: "Summer School", lang: "en" }, description: { text: "A week in Tbilisi.", lang: "en" } });
    // Only the texts leave: the page never gets the whole translations column.
    expect(project).not.toHaveProperty("translations");
    expect(project.activities[0]).not.toHaveProperty("translations");
  });

  it("gives the same project in Russian and in English", async () => {
    const row = (await getPublicProject(slug))!;
    const ru = localizeProject(row, RU);
    expect(ru.title).toEqual({ text: "Миграционные исследования", lang: "ru" });
    expect(ru.summary).toEqual({ text: "Encourages migration studies.", lang: "en" });
    expect(ru.objectives.lang).toBe("en");
    expect(ru.workPackages[0]!.title).toEqual({ text: "Management", lang: "en" });
    expect(ru.activities[0]).toMatchObject({ title: { text: "Летняя школа", lang: "ru" }, description: { text: "Неделя в Тбилиси.", lang: "ru" } });
    const en = localizeProject(row, EN);
    expect(en.title).toEqual({ text: "Migration Studies", lang: "en" });
    expect(en.objectives.items).toEqual(["Improve programs.", "Train staff."]);
  });

  it("lists projects with their title and summary in the reader's language", async () => {
    const listed = (await listPublicProjects()).map((row) => localizeProjectSummary(row, AZ)).find((project) => project.slug === slug)!;
    expect(listed.title).toEqual({ text: "Miqrasiya tədqiqatları", lang: "az" });
    expect(listed).not.toHaveProperty("translations");
  });

  it("lists events with their title in Azerbaijani and the untranslated description marked English", async () => {
    const { upcoming } = await listPublicEvents(AZ);
    const event = upcoming.find((row) => row.slug === "translated-event")!;
    expect(event.title).toEqual({ text: "Məlumat sessiyası", lang: "az" });
    expect(event.description).toEqual({ text: "How to apply.", lang: "en" });
    expect(event).not.toHaveProperty("translations");
  });
});

describe("the admin's editor for the institution's texts", () => {
  async function formValues() {
    actAs(admin);
    const form = await getInstitutionTexts(admin);
    return form!.values;
  }

  it("opens with every language's texts, lists one item per line", async () => {
    const values = await formValues();
    expect(values.translations?.az).toMatchObject({ name: "Test Universiteti", objectives: "Daha çox mübadilə.", functions: "" });
    expect(values.contacts).toEqual([{ id: contactId, position: "Director", translations: expect.objectContaining({ az: { position: "Direktor" } }) }]);
  });

  it("refuses a too-long translation next to its field and stores nothing", async () => {
    const values = await formValues();
    const before = { rows: await countAllRows(), institution: await db.institution.findUniqueOrThrow({ where: { id: 1 } }) };
    const tooLong = await updateInstitutionTextsAction({
      ...values,
      translations: { ...values.translations, az: { ...values.translations!.az, name: "X".repeat(201) } },
    });
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { "translations.az.name": ["common.form.errors.tooLong|max=200"] } });
    const contacts = values.contacts!;
    const tooLongPosition = await updateInstitutionTextsAction({
      ...values,
      contacts: [{ ...contacts[0]!, translations: { ru: { position: "Я".repeat(201) } } }],
    });
    expect(tooLongPosition).toMatchObject({ ok: false, fieldErrors: { "contacts.0.translations.ru.position": ["common.form.errors.tooLong|max=200"] } });
    expect(await countAllRows()).toEqual(before.rows);
    expect(await db.institution.findUniqueOrThrow({ where: { id: 1 } })).toEqual(before.institution);
  });

  it("saves every language, lists as lists, the contacts' positions too, with an audit row; a stale save is refused", async () => {
    const values = await formValues();
    const saved = await updateInstitutionTextsAction({
      ...values,
      translations: {
        ...values.translations,
        az: { ...values.translations!.az, functions: "Sazişlər imzalamaq.\n\n  Tərəfdaşlarla görüşmək.  " },
        ru: { ...values.translations!.ru, name: "Тестовый университет", mission: "Связывать университет с миром." },
      },
      contacts: [{ id: contactId, position: "Director", translations: { az: { position: "Direktor" }, ru: { position: "Директор" } } }],
    });
    expect(saved).toMatchObject({ ok: true });
    const ru = await getInstitution("ru");
    expect(ru.about.mission).toEqual({ text: "Связывать университет с миром.", lang: "ru" });
    expect(ru.contacts[0]!.position).toEqual({ text: "Директор", lang: "ru" });
    expect((await getInstitution("az")).about.functions).toEqual({ items: ["Sazişlər imzalamaq.", "Tərəfdaşlarla görüşmək."], lang: "az" });
    // The default language's texts stay in the plain columns, never in `translations`.
    const row = await db.institution.findUniqueOrThrow({ where: { id: 1 } });
    expect(Object.keys(row.translations as object).sort()).toEqual(["az", "ru"]);
    expect(await db.auditLog.count({ where: { action: "institution.update", entityType: "Institution", actorId: admin.id } })).toBe(1);

    // The form was read before that save: saving it again would overwrite it.
    expect(await updateInstitutionTextsAction(values)).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("is the admin's alone: an officer is refused and nothing changes", async () => {
    const values = await formValues();
    const before = await countAllRows();
    actAs(await createUser({ role: "OFFICER" }));
    expect(await updateInstitutionTextsAction({ ...values, name: "Hijacked" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.institution.findUniqueOrThrow({ where: { id: 1 } })).name).toBe("Test University");
    expect(await countAllRows()).toEqual({ ...before, User: before.User! + 1 });
  });
});
