/**
 * Dates for people, in one place: the day, or the day with the time and the zone, in the reader's
 * language and the institution's time zone. Pure (the browser may use it too).
 *
 * The day and the time are formatted apart and joined with a comma, never with `dateStyle` and
 * `timeStyle` together: CLDR's combined pattern for Azerbaijani is "{date}/{time}", which reads
 * "14 noyabr 2026/23:59".
 */

export interface DateContext {
  /** The reader's language ("en", "az", "ru"). */
  locale: string;
  /** IANA zone the dates are shown in: the institution's. */
  timeZone: string;
}

export type DayStyle = "long" | "medium";

const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const cacheKey = `${locale}|${options.timeZone}|${key}`;
  let format = formats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(cacheKey, format);
  }
  return format;
}

/** "14 November 2026" / "14 noyabr 2026" / "14 ноября 2026 г." (long), or the medium style. */
export function formatDay(date: Date, { locale, timeZone }: DateContext, style: DayStyle = "long"): string {
  return formatOf(`day-${style}`, locale, { dateStyle: style, timeZone }).format(date);
}

/** "11:59 PM" / "23:59": the reader's clock. */
export function formatTime(date: Date, { locale, timeZone }: DateContext): string {
  return formatOf("time", locale, { timeStyle: "short", timeZone }).format(date);
}

/** The zone as an offset the reader can compare with their own: "GMT+4" (or "UTC"). */
export function formatZone(date: Date, { locale, timeZone }: DateContext): string {
  const parts = formatOf("zone", locale, { timeZone, timeZoneName: "short", hour: "numeric" }).formatToParts(date);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

/** "14 noyabr 2026, 23:59 (GMT+4)": a moment with its zone, e.g. a deadline. */
export function formatDateTime(date: Date, context: DateContext, style: DayStyle = "long"): string {
  return `${formatDay(date, context, style)}, ${formatTime(date, context)} (${formatZone(date, context)})`;
}
