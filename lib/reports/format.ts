import type { AppLocale } from "@/i18n/config";
import { fromIsoDay } from "@/lib/agreements/dates";
import type { ReportKind } from "@/lib/generated/prisma/enums";
import { periodShape, type ReportPeriod } from "./periods";

/**
 * Numbers, days and titles in a report's language. Days are calendar days (stored at UTC midnight),
 * so they are formatted in UTC and never move by a day. Pure, shared by the PDF, the workbook, the
 * e-mail and the reports page.
 */

export interface ReportFormat {
  number(value: number): string;
  percent(share: number): string;
  day(date: Date | string): string;
  range(period: ReportPeriod): string;
  money(amount: number, currency: string | null): string;
}

export function reportFormat(language: AppLocale): ReportFormat {
  const numbers = new Intl.NumberFormat(language);
  const percents = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 });
  const days = new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" });
  const asDate = (value: Date | string) => (typeof value === "string" ? fromIsoDay(value) : value);
  return {
    number: (value) => numbers.format(value),
    percent: (share) => percents.format(share),
    day: (date) => days.format(asDate(date)),
    range: (period) => days.formatRange(asDate(period.start), asDate(period.end)),
    money: (amount, currency) =>
      currency ? new Intl.NumberFormat(language, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount) : numbers.format(amount),
  };
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "Annual activity report 2025", "Quarterly activity report, Q3 2026", "Rankings data pack 2025". */
export function reportTitle(t: Translate, kind: ReportKind, period: ReportPeriod, format: ReportFormat): string {
  const shape = periodShape(period);
  if (kind === "RANKINGS") return shape.kind === "year" ? t("titles.rankingsYear", { year: shape.year }) : t("titles.rankingsPeriod", { period: format.range(period) });
  if (shape.kind === "year") return t("titles.annual", { year: shape.year });
  if (shape.kind === "quarter") return t("titles.quarterly", { year: shape.year, quarter: t(`quarterNames.${shape.quarter}`) });
  return t("titles.custom", { period: format.range(period) });
}
