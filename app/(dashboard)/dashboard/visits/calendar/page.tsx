import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FormField } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { fromIsoDay } from "@/lib/agreements/dates";
import { requirePageAccess } from "@/lib/auth/guards";
import { formatDay, formatTime } from "@/lib/dates/format";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { dayIn } from "@/lib/dates/zoned";
import { contentReader } from "@/lib/translations/reader";
import { hasCalendarLink } from "@/lib/visits/calendar/feed-token";
import { calendarPeriod, entriesByDay, CALENDAR_VIEWS } from "@/lib/visits/calendar/grid";
import { listCalendarEntries, listCalendarUnits, type CalendarEntry } from "@/lib/visits/calendar/queries";
import { calendarQuerySchema } from "@/lib/visits/calendar/schemas";
import { CalendarLinkPanel } from "./_components/calendar-link-panel";
import { CALENDAR_PATH, calendarHref } from "./_components/calendar-href";
import { DayList } from "./_components/day-list";
import { KIND_CLASSES } from "./_components/entry-link";
import { MonthGrid, SHOWN_PER_DAY } from "./_components/month-grid";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar");
  return { title: t("page.metaTitle") };
}

/** Monday to Sunday of any week (2024-01-01 was a Monday), named in the reader's language. */
function weekdayNames(locale: string) {
  const short = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  const long = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  return Array.from({ length: 7 }, (_, index) => {
    const date = new Date(Date.UTC(2024, 0, 1 + index));
    return { short: short.format(date), long: long.format(date) };
  });
}

/**
 * The staff calendar: visits (whole days), their agenda items and events, by month or week,
 * filtered by unit. Server-rendered links only, so it works with the keyboard and without
 * JavaScript; the month becomes a list of days on a phone. Below it, the private calendar link.
 */
export default async function CalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageAccess(CALENDAR_PATH, "visit:read");
  const query = calendarQuerySchema.parse(await searchParams);
  const [t, timeZone, reader] = await Promise.all([getTranslations("calendar"), getInstitutionTimeZone(), contentReader()]);
  const locale = reader.locale;
  const today = dayIn(new Date(), timeZone);
  const period = calendarPeriod(query.view, query.date ?? today);
  const [entries, units, hasLink, messages] = await Promise.all([
    listCalendarEntries(user, period, { unitId: query.unit ?? null }, { timeZone, locale, defaultLanguage: reader.defaultLanguage }),
    listCalendarUnits(user, { locale, defaultLanguage: reader.defaultLanguage }),
    hasCalendarLink(user),
    getClientMessages(["common", "errors", "calendar"]),
  ]);
  const byDay = entriesByDay(entries, period);
  const days = period.weeks.flat();
  const monthDays = period.view === "month" ? days.filter((day) => day.startsWith(period.anchor.slice(0, 7))) : days;

  const context = { locale, timeZone };
  const dayContext = { locale, timeZone: "UTC" };
  const fullDayFormat = new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
  const fullDay = (day: string) => fullDayFormat.format(fromIsoDay(day));
  const heading =
    period.view === "month"
      ? new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(fromIsoDay(period.anchor))
      : t("page.weekRange", { from: formatDay(fromIsoDay(period.first), dayContext, "medium"), to: formatDay(fromIsoDay(period.last), dayContext, "medium") });
  const kindLabel = (kind: CalendarEntry["kind"]) => t(`kinds.${kind}`);
  const timeOf = (entry: CalendarEntry) => (entry.allDay ? null : formatTime(entry.start, context));
  const timeRangeOf = (entry: CalendarEntry) => {
    if (entry.allDay) return null;
    return entry.end && entry.end.getTime() !== entry.start.getTime() ? `${formatTime(entry.start, context)}–${formatTime(entry.end, context)}` : formatTime(entry.start, context);
  };
  const href = (view: typeof query.view, date: string) => calendarHref(view, date, query.unit);

  return (
    <div className="space-y-6">
      <PageHeader title={t("page.title")} description={t("page.description")} />

      <form method="get" action={CALENDAR_PATH} role="search" aria-label={t("page.filterLabel")} className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-4 sm:flex-row sm:items-end">
        <input type="hidden" name="view" value={period.view} />
        <input type="hidden" name="date" value={period.anchor} />
        <FormField label={t("page.unit")} className="sm:w-80">
          <Select id="calendar-unit" name="unit" defaultValue={query.unit ?? ""} placeholder={t("page.allUnits")} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} />
        </FormField>
        <Button type="submit">{t("page.apply")}</Button>
      </form>

      <nav aria-label={t("page.navigationLabel")} className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <h2 className="text-2xl font-semibold first-letter:uppercase">
          {heading}
        </h2>
        <div className="flex flex-wrap items-center gap-2">
          <Link href={href(period.view, period.previous)} className="inline-flex min-h-11 items-center gap-1 rounded-md border border-input px-3 hover:bg-muted">
            <ChevronLeft aria-hidden="true" className="size-4" />
            {period.view === "month" ? t("page.previousMonth") : t("page.previousWeek")}
          </Link>
          <Link href={href(period.view, today)} className="inline-flex min-h-11 items-center rounded-md border border-input px-3 hover:bg-muted">
            {t("page.today")}
          </Link>
          <Link href={href(period.view, period.next)} className="inline-flex min-h-11 items-center gap-1 rounded-md border border-input px-3 hover:bg-muted">
            {period.view === "month" ? t("page.nextMonth") : t("page.nextWeek")}
            <ChevronRight aria-hidden="true" className="size-4" />
          </Link>
          <ul className="flex gap-1" aria-label={t("page.viewLabel")}>
            {CALENDAR_VIEWS.map((view) => (
              <li key={view}>
                <Link
                  href={href(view, period.anchor)}
                  aria-current={view === period.view ? "page" : undefined}
                  className={cn("inline-flex min-h-11 items-center rounded-md px-3", view === period.view ? "bg-primary text-primary-foreground" : "border border-input hover:bg-muted")}
                >
                  {t(`page.views.${view}`)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </nav>

      <ul aria-label={t("page.legendLabel")} className="flex flex-wrap gap-2 text-sm">
        {(["visit", "agenda", "event"] as const).map((kind) => (
          <li key={kind} className={cn("rounded border px-2 py-0.5", KIND_CLASSES[kind])}>
            {kindLabel(kind)}
          </li>
        ))}
      </ul>

      {period.view === "month" ? (
        <>
          <div className="hidden md:block">
            <MonthGrid
              caption={t("page.monthCaption", { month: heading })}
              weeks={period.weeks}
              month={period.anchor.slice(0, 7)}
              today={today}
              locale={locale}
              byDay={byDay}
              weekdays={weekdayNames(locale)}
              dayLabel={(day, count) => t("page.dayLink", { day: fullDay(day), count })}
              timeOf={timeOf}
              kindLabel={kindLabel}
              moreLabel={(count) => t("page.more", { count })}
              weekHref={(day) => href("week", day)}
            />
          </div>
          <div className="md:hidden">
            <DayList
              days={monthDays}
              today={today}
              locale={locale}
              byDay={byDay}
              skipEmptyDays
              headingOf={fullDay}
              timeRangeOf={timeRangeOf}
              kindLabel={kindLabel}
              emptyDayLabel={t("page.emptyDay")}
              emptyLabel={t("page.emptyMonth")}
              more={{ shownPerDay: SHOWN_PER_DAY, label: (count) => t("page.more", { count }), href: (day) => href("week", day) }}
            />
          </div>
        </>
      ) : (
        <DayList days={days} today={today} locale={locale} byDay={byDay} skipEmptyDays={false} headingOf={fullDay} timeRangeOf={timeRangeOf} kindLabel={kindLabel} emptyDayLabel={t("page.emptyDay")} emptyLabel={t("page.emptyMonth")} columns />
      )}

      <section aria-labelledby="calendar-link" className="space-y-3 border-t border-border pt-6">
        <h2 id="calendar-link" className="text-xl font-semibold">
          {t("link.heading")}
        </h2>
        <NextIntlClientProvider messages={messages}>
          <CalendarLinkPanel hasLink={hasLink} />
        </NextIntlClientProvider>
      </section>
    </div>
  );
}
