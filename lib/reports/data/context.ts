import "server-only";
import type { AppLocale } from "@/i18n/config";
import type { ReportKind } from "@/lib/generated/prisma/enums";
import { localize, type TranslatableRecord } from "@/lib/translations/content";
import type { ReportPeriod } from "../periods";

/** What every part of a report is read for: the period, the day "as of", the report's language. */
export interface ReportContext {
  kind: ReportKind;
  period: ReportPeriod;
  /** The period's last day, or today while the period runs: figures "in force" are counted then. */
  asOf: string;
  language: AppLocale;
  defaultLanguage: AppLocale;
  timeZone: string;
}

/** A staff-written text in the report's language, else in the default language (decision 010). */
export function textIn<F extends string>(context: Pick<ReportContext, "language" | "defaultLanguage">, record: TranslatableRecord<F>, field: F): string {
  return localize(record, [field], context.language, context.defaultLanguage)[field].text;
}
