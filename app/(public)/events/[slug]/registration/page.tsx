import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { Localized } from "@/components/content/localized";
import { Alert, type AlertVariant } from "@/components/ui/alert";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { firstValues } from "@/lib/forms/fields";
import { formatEventTime } from "@/lib/events/format";
import { getRegistrationForLink } from "@/lib/events/registration-queries";
import type { EventRegistrationStatus } from "@/lib/generated/prisma/enums";
import { NOINDEX } from "@/lib/seo/page-metadata";
import { contentReader } from "@/lib/translations/reader";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("events.link");
  // The address holds the registration's key: kept out of search engines and of other sites' logs
  // ("same-origin", not "no-referrer", under which the page's own forms would send the opaque Origin "null").
  return { title: t("metaTitle"), robots: NOINDEX, referrer: "same-origin" };
}

const STATUS_BADGE: Record<EventRegistrationStatus, BadgeVariant> = { PENDING: "warning", CONFIRMED: "success", WAITLISTED: "info", CANCELLED: "neutral" };
const DONE: Record<string, AlertVariant> = { confirmed: "success", waitlisted: "info", cancelled: "success", started: "warning", failed: "error" };

/**
 * Where the link of every registration e-mail leads: the registration's status, with a button to
 * confirm it (while unconfirmed) and one to cancel it. Opening the page changes nothing, so mail
 * scanners that follow links neither confirm nor cancel; the buttons post plain forms, so they work
 * without JavaScript and without signing in. `?cancel=1` (the e-mails' cancel link) puts the
 * cancellation first.
 */
export default async function RegistrationLinkPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<SearchParamsRecord> }) {
  const [{ slug }, query, reader, t] = await Promise.all([params, searchParams.then(firstValues), contentReader(), getTranslations("events.link")]);
  const token = query.token ?? "";
  const found = token ? await getRegistrationForLink(token, reader) : null;
  if (!found || found.event.slug !== slug) {
    return (
      <div className="max-w-prose space-y-6">
        <h1 className="text-3xl font-bold">{t("invalidTitle")}</h1>
        <Alert variant="warning">{t("invalidBody")}</Alert>
        <p>
          <Link href="/events" className="text-link underline underline-offset-4">
            {t("toEvents")}
          </Link>
        </p>
      </div>
    );
  }
  const { registration, event, canConfirm, canCancel } = found;
  const done = query.done && query.done in DONE ? query.done : null;
  const hidden = (
    <>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="slug" value={event.slug} />
    </>
  );
  const confirmSection = canConfirm && (
    <section aria-labelledby="registration-confirm" className="space-y-3 rounded-lg border border-border bg-surface p-5">
      <h2 id="registration-confirm" className="text-lg font-semibold">
        {t("confirm")}
      </h2>
      <p>{t("confirmExplain")}</p>
      <form method="post" action="/api/events/registrations/confirm">
        {hidden}
        <Button type="submit">{t("confirm")}</Button>
      </form>
    </section>
  );
  const cancelSection = canCancel && (
    <section aria-labelledby="registration-cancel" className="space-y-3 rounded-lg border border-border bg-surface p-5">
      <h2 id="registration-cancel" className="text-lg font-semibold">
        {t("cancel")}
      </h2>
      <p>{t("cancelQuestion")}</p>
      <form method="post" action="/api/events/registrations/cancel">
        {hidden}
        <Button type="submit" variant="destructive">
          {t("cancel")}
        </Button>
      </form>
    </section>
  );
  const cancelFirst = query.cancel === "1";

  return (
    <div className="max-w-3xl space-y-8">
      <Link href={`/events/${event.slug}`} className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("eventPage")}
      </Link>
      <header className="space-y-2 border-b border-border pb-6">
        <p className="text-sm font-semibold tracking-wide text-primary uppercase">{t("title")}</p>
        <Localized value={event.title} locale={reader.locale} as="h1" className="text-3xl font-bold tracking-tight text-balance" />
        <p className="text-lg text-muted-foreground">
          {formatEventTime(event, reader.locale)}
          {event.place.text && (
            <>
              {" · "}
              <Localized value={event.place} locale={reader.locale} />
            </>
          )}
        </p>
      </header>
      {done && (
        <Alert variant={DONE[done]} live="polite">
          {t(`done.${done}`)}
        </Alert>
      )}
      <div className="space-y-2">
        <p className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-medium text-muted-foreground">{t("statusLabel")}:</span>
          <Badge variant={STATUS_BADGE[registration.status]}>{t(`status.${registration.status}`, { position: registration.waitlistPosition ?? 0 })}</Badge>
        </p>
        <p className="break-words">{t("registrant", { name: registration.name, email: registration.email })}</p>
      </div>
      {cancelFirst ? (
        <>
          {cancelSection}
          {confirmSection}
        </>
      ) : (
        <>
          {confirmSection}
          {cancelSection}
        </>
      )}
      {!canCancel && registration.status !== "CANCELLED" && <p className="text-muted-foreground">{t("startedNote")}</p>}
    </div>
  );
}
