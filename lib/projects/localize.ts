import type { AppLocale } from "@/i18n/config";
import { localize, localizeList } from "@/lib/translations/content";
import type { getPublicProject, listPublicProjects } from "./queries";

/**
 * A project's public texts in the reader's language (decision 010): the plain columns hold the
 * default language, `translations` the others (`objectives` as a list, `outcomes` one per line, as
 * the plain columns). Work packages translate their title, activities their title and description.
 * What leaves here holds no `translations`: a page gets the texts it shows, each with its language.
 */
export const PROJECT_TRANSLATED_FIELDS = ["title", "summary", "objectives", "outcomes"] as const;
export const WORK_PACKAGE_TRANSLATED_FIELDS = ["title", "description"] as const;
export const ACTIVITY_TRANSLATED_FIELDS = ["title", "description"] as const;
const SUMMARY_FIELDS = ["title", "summary"] as const;

/** The page's language and the fallback: a `ContentReader` fits. */
export interface ContentLanguages {
  locale: AppLocale;
  defaultLanguage: AppLocale;
}

type ProjectListRow = Awaited<ReturnType<typeof listPublicProjects>>[number];
type ProjectRow = NonNullable<Awaited<ReturnType<typeof getPublicProject>>>;

/** A project of the public list: title and summary localized, everything else as stored. */
export function localizeProjectSummary({ translations, ...project }: ProjectListRow, { locale, defaultLanguage }: ContentLanguages) {
  return { ...project, ...localize({ ...project, translations }, SUMMARY_FIELDS, locale, defaultLanguage) };
}

/** A project page: every text in the reader's language, each marked with the language it is in. */
export function localizeProject({ translations, workPackages, activities, ...project }: ProjectRow, { locale, defaultLanguage }: ContentLanguages) {
  const record = { ...project, translations };
  return {
    ...project,
    ...localize(record, ["title", "summary", "outcomes"] as const, locale, defaultLanguage),
    objectives: localizeList(record, "objectives", locale, defaultLanguage),
    workPackages: workPackages.map(({ translations: texts, ...workPackage }) => ({
      ...workPackage,
      title: localize({ ...workPackage, translations: texts }, ["title"] as const, locale, defaultLanguage).title,
    })),
    activities: activities.map(({ translations: texts, ...activity }) => ({
      ...activity,
      ...localize({ ...activity, translations: texts }, ACTIVITY_TRANSLATED_FIELDS, locale, defaultLanguage),
    })),
  };
}
