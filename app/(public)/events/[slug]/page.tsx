import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, Building2, CalendarDays, CalendarPlus, ExternalLink, Handshake, MapPin, MonitorPlay, Users } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { Localized } from "@/components/content/localized";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatEventTime } from "@/lib/events/format";
import { getPublicEvent } from "@/lib/events/queries";
import { contentReader } from "@/lib/translations/reader";
import { RegistrationPanel } from "./_components/registration-panel";
import { requirePublicSection } from "@/lib/institution/public-section-guard";

interface PageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  const [reader, t] = await Promise.all([contentReader(), getTranslations("events.public")]);
  const event = await getPublicEvent(slug, reader.locale, reader.defaultLanguage);
  if (!event) return { title: t("notFoundTitle") };
  const text = event.description.text.replace(/\s+/g, " ").trim();
  return { title: event.title.text, description: text.length > 160 ? `${text.slice(0, 157).replace(/\s+\S*$/, "")}…` : text || undefined };
}

/** One published event: when and where, who organizes it, its description, a calendar file, and registration when it takes any. */
export default async function EventPage({ params }: PageProps) {
  // Not from a folder layout: the section's personal e-mail links must keep working (public-section-guard.ts).
  await requirePublicSection("events");
  const { slug } = await params;
  const reader = await contentReader();
  const [event, t, user] = await Promise.all([getPublicEvent(slug, reader.locale, reader.defaultLanguage), getTranslations("events"), getCurrentUser()]);
  if (!event) notFound();
  const { locale } = reader;

  const facts = [
    { key: "when", Icon: CalendarDays, label: t("public.when"), value: <time dateTime={event.startsAt.toISOString()}>{formatEventTime(event, locale)}</time> },
    event.place.text ? { key: "where", Icon: MapPin, label: t("public.where"), value: <Localized value={event.place} locale={locale} /> } : null,
    event.onlineUrl
      ? {
          key: "online",
          Icon: MonitorPlay,
          label: t("public.online"),
          value: (
            <a href={event.onlineUrl} rel="noopener noreferrer external" className="break-all text-link underline underline-offset-4">
              {t("public.joinOnline")}
            </a>
          ),
        }
      : null,
    event.organizer || event.unitName ? { key: "organizer", Icon: Users, label: t("public.organizer"), value: event.organizer ?? (event.unitName && <Localized value={event.unitName} locale={locale} />) } : null,
    event.organizer && event.unitName ? { key: "unit", Icon: Building2, label: t("staff.fields.unitId"), value: <Localized value={event.unitName} locale={locale} /> } : null,
    event.partners.length > 0
      ? {
          key: "partners",
          Icon: Handshake,
          label: t("public.partners"),
          value: (
            <ul className="space-y-1">
              {event.partners.map((partner) => (
                <li key={partner.slug}>
                  <Link href={`/partners/${partner.slug}`} className="text-link underline underline-offset-4">
                    {partner.name}
                  </Link>
                </li>
              ))}
            </ul>
          ),
        }
      : null,
    event.url
      ? {
          key: "url",
          Icon: ExternalLink,
          label: t("public.moreInfo"),
          value: (
            <a href={event.url} rel="noopener noreferrer external" className="break-all text-link underline underline-offset-4">
              {event.url.replace(/^https?:\/\//, "").replace(/\/$/, "")}
            </a>
          ),
        }
      : null,
  ].filter((fact) => fact !== null);

  return (
    <article className="space-y-8">
      <Link href="/events" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("public.back")}
      </Link>
      <header className="space-y-3 border-b border-border pb-6">
        <Badge variant="info">{t(`kind.${event.kind}`)}</Badge>
        <Localized value={event.title} locale={locale} as="h1" className="text-3xl font-bold tracking-tight text-balance sm:text-4xl" />
        <p className="text-lg text-muted-foreground">{formatEventTime(event, locale)}</p>
      </header>
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {event.pictureUrl && (
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={event.pictureUrl}
              alt={t("public.pictureAlt", { title: event.title.text })}
              lang={event.title.lang !== locale ? event.title.lang : undefined}
              width={960}
              height={540}
              decoding="async"
              className="aspect-video w-full rounded-lg object-cover"
            />
          )}
          <section aria-labelledby="event-about" className="space-y-3">
            <h2 id="event-about" className="text-xl font-semibold">
              {t("public.about")}
            </h2>
            {event.description.text ? (
              <Localized value={event.description} locale={locale} as="p" className="max-w-prose whitespace-pre-line" />
            ) : (
              <p className="max-w-prose">{t("public.noDescription")}</p>
            )}
          </section>
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("public.details")}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-5">
              <dl className="space-y-4 text-sm">
                {facts.map(({ key, Icon, label, value }) => (
                  <div key={key} className="space-y-1">
                    <dt className="flex items-center gap-1.5 font-semibold">
                      <Icon aria-hidden="true" className="size-4" />
                      {label}
                    </dt>
                    <dd className="break-words">{value}</dd>
                  </div>
                ))}
              </dl>
              <a href={`/api/events/${encodeURIComponent(event.slug)}/calendar.ics?lang=${locale}`} className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline underline-offset-4">
                <CalendarPlus aria-hidden="true" className="size-4" />
                {t("public.addToCalendar")}
              </a>
            </CardContent>
          </Card>
          <RegistrationPanel event={event} user={user} locale={locale} />
        </div>
      </div>
    </article>
  );
}
