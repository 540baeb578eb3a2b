import "server-only";
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import az from "@/messages/az/letters.json";
import en from "@/messages/en/letters.json";
import ru from "@/messages/ru/letters.json";

const catalogues: Record<AppLocale, typeof en> = { en, az, ru };

/**
 * The printed words of letters and agendas in the document's language, which is the guest's and
 * not the reader's: a Russian letter made from an English page still says "Исх. №".
 */
export function pdfWording(language: AppLocale) {
  return createTranslator({ locale: language, messages: { letters: catalogues[language] }, namespace: "letters.pdf" });
}

export type PdfWording = ReturnType<typeof pdfWording>;
