import type { Metadata } from "next";
import { CalendarPlus } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { listPublicEventMonths, listPublicEvents, type PublicEvent } from "@/lib/events/queries";
import { publicEventFilterSchema } from "@/lib/events/schemas";
import { contentReader } from "@/lib/translations/reader";
import { EventCard } from "./_components/event-card";
import { EventFilters } from "./_components/event-filters";
import { requirePublicSection } from "@/lib/institution/public-section-guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("events");
  return { title: t("metaTitle"), description: t("description") };
}

async function EventList({ events, headingId, heading, locale, note }: { events: PublicEvent[]; headingId: string; heading: string; locale: string; note?: string }) {
  const t = await getTranslations("events");
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h2 id={headingId} className="text-2xl font-bold">
        {heading}
      </h2>
      {events.length === 0 ? (
        <EmptyState title={t("none")} headingLevel="h3" />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {events.map((event) => (
            <li key={event.slug}>
              <EventCard event={event} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      {note && <p className="text-sm text-muted-foreground">{note}</p>}
    </section>
  );
}

/** Conferences, seminars, webinars and summer schools the office announces: the coming ones first, by kind and month. */
export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  // Not from a folder layout: the section's personal e-mail links must keep working (public-section-guard.ts).
  await requirePublicSection("events");
  const filter = publicEventFilterSchema.parse(await searchParams);
  const reader = await contentReader();
  const [{ upcoming, past, upcomingTotal }, months, t] = await Promise.all([listPublicEvents(reader, filter), listPublicEventMonths(), getTranslations("events")]);
  const calendarHref = `/api/events/calendar.ics?lang=${reader.locale}`;
  return (
    <div className="space-y-10">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <a href={calendarHref} className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline underline-offset-4">
            <CalendarPlus aria-hidden="true" className="size-4" />
            {t("public.subscribe")}
          </a>
        }
      />
      <EventFilters filter={filter} months={months} locale={reader.locale} />
      <EventList
        events={upcoming}
        headingId="upcoming"
        heading={t("upcoming")}
        locale={reader.locale}
        note={upcomingTotal > upcoming.length ? t("public.moreUpcoming", { shown: upcoming.length, total: upcomingTotal }) : undefined}
      />
      <EventList events={past} headingId="past" heading={t("past")} locale={reader.locale} />
    </div>
  );
}
