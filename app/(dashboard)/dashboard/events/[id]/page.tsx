import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getLocale } from "next-intl/server";
import { ArrowLeft, ExternalLink, Users } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { toLocalInput } from "@/lib/dates/zoned";
import { env } from "@/lib/env";
import { formatEventTime } from "@/lib/events/format";
import { eventPictureUrl } from "@/lib/events/queries";
import { eventFormValues } from "@/lib/events/schemas";
import { getEventDetail, getEventFormChoices, STAFF_VIEW } from "@/lib/events/staff-queries";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { EventForm } from "../_components/event-form";
import { PictureUpload } from "../_components/picture-upload";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("events");
  return { title: t("staff.form.editMetaTitle") };
}

/** One event for staff: its registrations at a glance, the picture and the form for those who may change it, the details for the others. */
export default async function StaffEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/events/${id}`, "event:read", STAFF_VIEW);
  const event = await loadRecordOr404(id, (eventId) => getEventDetail(user, eventId));
  const [t, format, locale] = await Promise.all([getTranslations("events"), getFormatter(), getLocale()]);
  const zone = event.timeZone ?? event.institutionZone;
  const moment = (date: Date | null) => (date ? toLocalInput(date, zone) : "");

  let editor = null;
  if (event.canEdit) {
    const [messages, defaultLanguage, choices] = await Promise.all([getClientMessages(["common", "errors", "events"]), getDefaultContentLanguage(), getEventFormChoices(user)]);
    const values = eventFormValues(
      { ...event, partnerIds: event.partners.map(({ partner }) => partner.id) },
      { startsAt: moment(event.startsAt), endsAt: moment(event.endsAt), registrationClosesAt: moment(event.registrationClosesAt) },
    );
    // A partner archived since it was chosen stays listed, so saving does not drop it silently.
    const partners = [...choices.partners, ...event.partners.map(({ partner }) => ({ ...partner, countryCode: "—" })).filter((chosen) => !choices.partners.some((p) => p.id === chosen.id))];
    editor = (
      <NextIntlClientProvider messages={messages}>
        <section aria-labelledby="event-picture" className="space-y-3">
          <h2 id="event-picture" className="text-xl font-semibold">
            {t("picture.title")}
          </h2>
          <PictureUpload slug={event.slug} pictureUrl={eventPictureUrl(event.slug, event.picture?.id ?? null)} title={event.title} maxMb={env().UPLOAD_MAX_MB} />
        </section>
        <section aria-labelledby="event-details" className="space-y-3">
          <h2 id="event-details" className="text-xl font-semibold">
            {t("staff.form.detailsTitle")}
          </h2>
          <EventForm key={event.version} event={{ id: event.id, version: event.version, values }} choices={{ ...choices, partners }} defaultLanguage={defaultLanguage} />
        </section>
      </NextIntlClientProvider>
    );
  }

  const readOnlyFacts: [string, string | null][] = [
    [t("staff.fields.place"), event.place || null],
    [t("staff.fields.onlineUrl"), event.onlineUrl],
    [t("staff.fields.unitId"), event.unit ? `${event.unit.code} — ${event.unit.name}` : null],
    [t("staff.fields.organizer"), event.organizer],
    [t("public.partners"), event.partners.map(({ partner }) => partner.name).join(", ") || null],
    [t("staff.fields.registrationMode"), t(`staff.registrationModes.${event.registrationMode}`)],
    [t("staff.fields.description"), event.description || null],
  ];

  return (
    <div className="space-y-8">
      <Link href="/dashboard/events" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("staff.form.back")}
      </Link>
      <PageHeader
        title={event.title}
        description={`${t(`kind.${event.kind}`)} · ${formatEventTime({ ...event, timeZone: zone }, locale)}`}
        actions={
          <>
            {event.isPublished && (
              <LinkButton href={`/events/${event.slug}`} variant="outline">
                <ExternalLink aria-hidden="true" />
                {t("staff.form.publicPage")}
              </LinkButton>
            )}
            {event.canEdit && (
              <LinkButton href={`/dashboard/events/${event.id}/participants`} variant="outline">
                <Users aria-hidden="true" />
                {t("staff.form.participants")}
              </LinkButton>
            )}
          </>
        }
      />
      <div className="flex flex-wrap items-center gap-3">
        <Badge variant={event.isPublished ? "success" : "neutral"}>{event.isPublished ? t("staff.list.published") : t("staff.list.internal")}</Badge>
        {event.registrationMode !== "NONE" && (
          <span className="text-sm">
            {t("staff.form.registrationSummary")}:{" "}
            {event.capacity === null
              ? t("staff.list.registrations", { confirmed: event.counts.CONFIRMED, waitlisted: event.counts.WAITLISTED })
              : t("staff.list.registrationsOf", { confirmed: event.counts.CONFIRMED, capacity: event.capacity, waitlisted: event.counts.WAITLISTED })}
          </span>
        )}
        <span className="text-sm text-muted-foreground">{t("staff.form.updated", { date: format.dateTime(event.updatedAt, { dateStyle: "long" }) })}</span>
      </div>
      {event.visit && (
        <p>
          <Link href={`/dashboard/visits/${event.visit.id}`} className="text-link underline underline-offset-4">
            {t("staff.form.fromVisit", { title: event.visit.title })}
          </Link>
        </p>
      )}
      {editor ?? (
        <section aria-labelledby="event-details" className="space-y-3">
          <h2 id="event-details" className="text-xl font-semibold">
            {t("staff.form.detailsTitle")}
          </h2>
          <p className="text-muted-foreground">{t("staff.form.readOnly")}</p>
          <dl className="grid gap-4 rounded-lg border border-border bg-surface p-4 sm:grid-cols-2">
            {readOnlyFacts
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <div key={label}>
                  <dt className="text-sm font-medium text-muted-foreground">{label}</dt>
                  <dd className="break-words whitespace-pre-line">{value}</dd>
                </div>
              ))}
          </dl>
        </section>
      )}
    </div>
  );
}
