import "server-only";
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/load-messages";

/** The words of the deadlines calendar in `locale`: its name, each event's summary and the deadline line. */
export async function calendarWording(locale: AppLocale) {
  const messages = await loadMessages(locale, ["grantCalls"]);
  // Catalogues are loosely typed (see i18n/next-intl.d.ts), so the translator is narrowed by hand.
  const t = createTranslator({ locale, messages }) as unknown as (key: string, values?: Record<string, string>) => string;
  return {
    name: t("grantCalls.feed.name"),
    summaryOf: (title: string) => t("grantCalls.feed.eventSummary", { title }),
    deadlineOf: (date: string) => t("grantCalls.feed.deadline", { date }),
  };
}
