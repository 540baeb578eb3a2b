import Link from "next/link";
import { ArrowRight } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { listNextPublicEvents } from "@/lib/events/queries";
import { contentReader } from "@/lib/translations/reader";
import { EventCard } from "./event-card";

/** The home page's next three events that are not over, in the reader's language, and the way to all of them. */
export async function NextEvents() {
  const reader = await contentReader();
  const [events, t] = await Promise.all([listNextPublicEvents(reader, 3), getTranslations("events")]);
  return (
    <section aria-labelledby="home-events" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="home-events" className="text-2xl font-bold tracking-tight">
          {t("home.heading")}
        </h2>
        <Link href="/events" className="inline-flex items-center gap-1.5 font-medium text-link underline underline-offset-4">
          {t("home.all")}
          <ArrowRight aria-hidden="true" className="size-4" />
        </Link>
      </div>
      {events.length === 0 ? (
        <p className="text-muted-foreground">{t("home.none")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {events.map((event) => (
            <li key={event.slug}>
              <EventCard event={event} locale={reader.locale} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
