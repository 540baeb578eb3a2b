import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import type { AppLocale } from "@/i18n/config";
import { getClientMessages } from "@/i18n/client-messages";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/dates/format";
import type { PublicEvent } from "@/lib/events/queries";
import { findOwnRegistration } from "@/lib/events/registration-queries";
import { RegistrationForm } from "./registration-form";
import { SignedInRegistration } from "./signed-in-registration";

/**
 * The event page's registration box: how many places are left (never who took them), and the way to
 * register that fits the reader: a signed-in person's one button or their registration's status, a
 * visitor's name-and-address form, or a link to sign in when the event wants accounts.
 */
export async function RegistrationPanel({ event, user, locale }: { event: PublicEvent; user: SessionUser | null; locale: AppLocale }) {
  if (event.registration === "none") return null;
  const t = await getTranslations("events.registration");
  const own = event.registration === "open" ? await findOwnRegistration(user, event.id) : null;
  const messages = event.registration === "open" ? await getClientMessages(["common", "errors", "events"]) : null;

  let body;
  if (event.registration !== "open") {
    body = <p>{t(event.registration)}</p>;
  } else if (own) {
    body = (
      <div className="space-y-2">
        <p className="font-medium">{t(`yours.${own.status}`, { position: own.waitlistPosition ?? 0 })}</p>
        <Link href={`/events/${event.slug}/registration?token=${encodeURIComponent(own.token)}`} className="text-link underline underline-offset-4">
          {t("manage")}
        </Link>
      </div>
    );
  } else if (user) {
    body = <SignedInRegistration eventId={event.id} name={user.name} email={user.email} />;
  } else if (event.registrationMode === "SIGNED_IN") {
    body = (
      <div className="space-y-2">
        <p>{t("signInRequired")}</p>
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/events/${event.slug}`)}`} className="font-medium text-link underline underline-offset-4">
          {t("signIn")}
        </Link>
      </div>
    );
  } else {
    body = <RegistrationForm eventId={event.id} locale={locale} />;
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle id="event-registration">{t("heading")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        {event.registration === "open" && (
          <div className="space-y-1 text-sm">
            <p>
              {event.placesLeft === null
                ? t("noLimit")
                : event.placesLeft === 0
                  ? t("full", { capacity: event.capacity ?? 0 })
                  : t("placesLeft", { count: event.placesLeft, capacity: event.capacity ?? 0 })}
            </p>
            {event.registrationClosesAt && <p>{t("closesAt", { date: formatDateTime(event.registrationClosesAt, { locale, timeZone: event.timeZone }) })}</p>}
          </div>
        )}
        {messages ? <NextIntlClientProvider messages={messages}>{body}</NextIntlClientProvider> : body}
      </CardContent>
    </Card>
  );
}
