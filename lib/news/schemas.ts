import { z } from "zod";
import { blankToNull, checkbox, dateTime, longText, pageParam, recordId, requiredText, versionField } from "@/lib/forms/fields";
import { readTranslations } from "@/lib/translations/content";
import { emptyTranslations, translationFormValues, translationsSchema } from "@/lib/translations/schema";

/**
 * News schemas shared by the staff form and the server actions (no server imports). The title,
 * summary and body are written in each language (decision 010); the publication date is a wall-clock
 * time in the institution's zone, read by the service. Messages are `news.validation.*` keys.
 */

export const NEWS_TEXT_MAX = { title: 200, summary: 600, body: 20_000 } as const;

export const NEWS_TEXT_FIELDS = Object.keys(NEWS_TEXT_MAX) as (keyof typeof NEWS_TEXT_MAX)[];

/** When the item appears (datetime-local, or a bare day: its start); blank means "when it is published". */
const publicationDate = z.preprocess(blankToNull, dateTime.nullable()).default(null);

const newsFields = {
  title: requiredText(NEWS_TEXT_MAX.title, 3),
  summary: longText(NEWS_TEXT_MAX.summary),
  body: longText(NEWS_TEXT_MAX.body),
  publishedAt: publicationDate,
  translations: translationsSchema(NEWS_TEXT_MAX),
};

export const newsFieldsSchema = z.strictObject(newsFields);
export const createNewsSchema = newsFieldsSchema;
export const updateNewsSchema = z.strictObject({ ...newsFields, id: recordId, version: versionField });
export const setNewsPublishedSchema = z.strictObject({ id: recordId, version: versionField, isPublished: checkbox });

export type NewsFieldsInput = z.input<typeof newsFieldsSchema>;
export type NewsFields = z.output<typeof newsFieldsSchema>;
export type UpdateNewsInput = z.output<typeof updateNewsSchema>;

export const EMPTY_NEWS_FORM: NewsFieldsInput = {
  title: "",
  summary: "",
  body: "",
  publishedAt: "",
  translations: emptyTranslations(NEWS_TEXT_FIELDS),
};

/** The form's values for a stored item; its date as the institution's wall clock shows it (the service's `toLocalInput`). */
export function newsFormValues(item: { title: string; summary: string; body: string; translations: unknown }, publishedAt: string): NewsFieldsInput {
  return {
    title: item.title,
    summary: item.summary,
    body: item.body,
    publishedAt,
    translations: translationFormValues(readTranslations(item.translations, NEWS_TEXT_FIELDS), NEWS_TEXT_FIELDS),
  };
}

/** A paged list's page number, from the address. */
export const newsPageSchema = z.object({ page: pageParam(10_000) });
