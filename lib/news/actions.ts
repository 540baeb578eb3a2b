"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { NEWS_WRITE } from "./access";
import { createNewsSchema, setNewsPublishedSchema, updateNewsSchema } from "./schemas";
import { createNews, setNewsPublished, updateNews } from "./service";

/** The staff pages, the public list and pages, and the home page's latest news. */
function refreshNewsPages(): void {
  revalidatePath("/dashboard/news", "layout");
  revalidatePath("/news", "layout");
  revalidatePath("/");
}

export const createNewsAction = safeAction({
  name: "news.create",
  access: NEWS_WRITE,
  schema: createNewsSchema,
  handler: async (input, { user }) => {
    const result = await createNews(user, input);
    refreshNewsPages();
    return result;
  },
});

export const updateNewsAction = safeAction({
  name: "news.update",
  access: NEWS_WRITE,
  schema: updateNewsSchema,
  handler: async (input, { user }) => {
    const result = await updateNews(user, input);
    refreshNewsPages();
    return result;
  },
});

export const setNewsPublishedAction = safeAction({
  name: "news.set-published",
  access: NEWS_WRITE,
  schema: setNewsPublishedSchema,
  handler: async (input, { user }) => {
    const result = await setNewsPublished(user, input);
    refreshNewsPages();
    return result;
  },
});
