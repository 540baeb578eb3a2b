import type { Metadata } from "next";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Localized } from "@/components/content/localized";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listPublicEvents } from "@/lib/events/queries";
import { contentReader } from "@/lib/translations/reader";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("events");
  return { title: t("metaTitle"), description: t("description") };
}

type PublicEvent = Awaited<ReturnType<typeof listPublicEvents>>["upcoming"][number];

async function EventList({ events, headingId, heading, locale }: { events: PublicEvent[]; headingId: string; heading: string; locale: string }) {
  const [t, format] = await Promise.all([getTranslations("events"), getFormatter()]);
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h2 id={headingId} className="text-2xl font-bold">
        {heading}
      </h2>
      {events.length === 0 ? (
        <EmptyState title={t("none")} headingLevel="h3" />
      ) : (
        <ul className="space-y-4">
          {events.map((event) => (
            <li key={event.slug} className="rounded-lg border border-border bg-surface p-5 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge variant="info">{t(`kind.${event.kind}`)}</Badge>
                <time dateTime={event.startsAt.toISOString()} className="text-sm font-medium">
                  {format.dateTime(event.startsAt, { dateStyle: "full" })}
                </time>
              </div>
              <Localized value={event.title} locale={locale} as="h3" className="mt-2 text-lg font-semibold" />
              <p className="text-sm text-muted-foreground">
                {event.place}
                {event.organizer && ` · ${event.organizer}`}
              </p>
              {event.description.text && <Localized value={event.description} locale={locale} as="p" className="mt-2" />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Conferences, seminars, webinars and summer schools the office announces. */
export default async function EventsPage() {
  const reader = await contentReader();
  const [{ upcoming, past }, t] = await Promise.all([listPublicEvents(reader), getTranslations("events")]);
  return (
    <div className="space-y-10">
      <PageHeader title={t("title")} description={t("description")} />
      <EventList events={upcoming} headingId="upcoming" heading={t("upcoming")} locale={reader.locale} />
      <EventList events={past} headingId="past" heading={t("past")} locale={reader.locale} />
    </div>
  );
}
