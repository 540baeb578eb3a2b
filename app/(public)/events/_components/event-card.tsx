import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { CalendarDays, MapPin, MonitorPlay } from "lucide-react";
import { Localized } from "@/components/content/localized";
import { Badge } from "@/components/ui/badge";
import { formatEventTime } from "@/lib/events/format";
import type { PublicEvent } from "@/lib/events/queries";

/**
 * One event in a list: kind, time in the event's zone, title (the link to its page), place and, while
 * it takes registrations, how many places are left. Headed at `headingLevel` so lists nest correctly.
 */
export async function EventCard({ event, locale, headingLevel = "h3" }: { event: PublicEvent; locale: string; headingLevel?: "h2" | "h3" }) {
  const t = await getTranslations("events");
  const Heading = headingLevel;
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-border bg-surface p-5 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <Badge variant="info">{t(`kind.${event.kind}`)}</Badge>
        {event.registration === "open" && (
          <Badge variant={event.placesLeft === 0 ? "warning" : "success"}>
            {event.placesLeft === null ? t("public.registrationOpen") : t("public.placesLeft", { count: event.placesLeft })}
          </Badge>
        )}
      </div>
      <Heading className="text-lg font-semibold">
        <Link href={`/events/${event.slug}`} className="text-link underline-offset-4 hover:underline" lang={event.title.lang !== locale ? event.title.lang : undefined}>
          {event.title.text}
        </Link>
      </Heading>
      <p className="flex items-start gap-1.5 text-sm font-medium">
        <CalendarDays aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <time dateTime={event.startsAt.toISOString()}>{formatEventTime(event, locale)}</time>
      </p>
      {(event.place.text || event.onlineUrl) && (
        <p className="flex items-start gap-1.5 text-sm text-muted-foreground">
          {event.place.text ? <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0" /> : <MonitorPlay aria-hidden="true" className="mt-0.5 size-4 shrink-0" />}
          <span>
            {event.place.text ? <Localized value={event.place} locale={locale} /> : t("public.online")}
            {event.organizer && ` · ${event.organizer}`}
          </span>
        </p>
      )}
      {event.description.text && <Localized value={event.description} locale={locale} as="p" className="line-clamp-3 text-sm" />}
    </article>
  );
}
