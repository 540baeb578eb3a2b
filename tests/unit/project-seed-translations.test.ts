import { describe, expect, it } from "vitest";
import { PROJECTS, activityTranslations, projectTranslations, type ProjectSeed } from "@/prisma/seed-data/projects";

/** The demo projects' Azerbaijani and Russian texts follow the English ones item for item. */
describe("demo project translations", () => {
  const pawer: ProjectSeed = PROJECTS.find((project) => project.code === "pawer")!;

  it("gives every project its texts in both languages, lists as long as the English ones", () => {
    for (const project of PROJECTS as readonly ProjectSeed[]) {
      const stored = projectTranslations(project);
      expect(Object.keys(stored).sort(), project.code).toEqual(["az", "ru"]);
      expect(stored.az!.objectives, project.code).toHaveLength(project.objectives.length);
    }
  });

  it("pairs each activity with its own translation", () => {
    const index = pawer.activities.findIndex((activity) => activity.title === "Training in Europe");
    expect(activityTranslations(pawer, index)).toEqual({
      az: { title: "Avropada təlim", description: "Layihənin «Avropada təlim» tədbiri." },
      ru: { title: "Тренинг в Европе", description: "Мероприятие проекта «Тренинг в Европе»." },
    });
  });

  it("refuses a translation whose list does not match the English one", () => {
    const broken: ProjectSeed = { ...pawer, translations: { ...pawer.translations, ru: { ...pawer.translations.ru, activities: pawer.translations.ru.activities.slice(1) } } };
    expect(() => projectTranslations(broken)).toThrow(/ru activities has 5 items, English 6/);
  });
});
