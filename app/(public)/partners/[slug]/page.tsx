import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { ArrowLeft, ExternalLink, Mail, MapPin, Phone } from "lucide-react";
import { Localized } from "@/components/content/localized";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { countryName } from "@/lib/partners/country-names";
import { getPublicPartner } from "@/lib/partners/public-queries";
import { contentReader } from "@/lib/translations/reader";
import { listPublicVisitsForPartnerSlug } from "@/lib/visits/public-queries";

interface PageProps {
  params: Promise<{ slug: string }>;
}

function summary(text: string, fallback: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (!clean) return fallback;
  return clean.length > 160 ? `${clean.slice(0, 157).replace(/\s+\S*$/, "")}…` : clean;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  const [data, t, reader] = await Promise.all([getPublicPartner(slug), getTranslations("directory.partner"), contentReader()]);
  if (!data) return { title: t("notFoundTitle") };
  const { partner } = data;
  const where = countryName(partner.countryCode, reader.locale);
  const { description } = reader.pick(partner, ["description"]);
  return {
    title: partner.name,
    // A description only in another language would mislabel the page's language: the generic text then.
    description: summary(description.lang === reader.locale ? description.text : "", t("metaDescription", { name: partner.name, country: where })),
  };
}

/**
 * A partner's public page: what the office publishes about it, its public contacts and how many
 * agreements are active with it, by kind. Everything comes from the public DTO (no notes, no
 * internal contacts, no agreement details).
 */
export default async function PublicPartnerPage({ params }: PageProps) {
  const { slug } = await params;
  const [data, t, tp, reader] = await Promise.all([
    getPublicPartner(slug),
    getTranslations("directory"),
    getTranslations("partners"),
    contentReader(),
  ]);
  if (!data) notFound();
  const { partner, cooperation } = data;
  const { locale } = reader;
  // Visits staff marked public: their title, dates and public summary only, never who came.
  const visits = await listPublicVisitsForPartnerSlug(partner.slug);
  // In the reader's language, else the default language's text, marked with its `lang`.
  const { description } = reader.pick(partner, ["description"]);
  const country = countryName(partner.countryCode, locale);
  const totalActive = cooperation.reduce((sum, entry) => sum + entry.count, 0);

  return (
    <article className="space-y-8">
      <Link href="/partners" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("partner.back")}
      </Link>

      <header className="space-y-3 border-b border-border pb-6">
        <div className="flex flex-wrap items-center gap-2">
          <Badge>{tp(`kinds.${partner.kind}`)}</Badge>
        </div>
        <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{partner.name}</h1>
        <p className="flex items-center gap-1.5 text-muted-foreground">
          <MapPin aria-hidden="true" className="size-4 shrink-0" />
          {partner.city ? `${partner.city}, ` : ""}
          <Link href={`/partners?country=${partner.countryCode}`} className="text-link underline underline-offset-4 hover:text-link-hover">
            {country}
          </Link>
        </p>
      </header>

      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          <section aria-labelledby="partner-about" className="space-y-3">
            <h2 id="partner-about" className="text-xl font-semibold">
              {t("partner.about")}
            </h2>
            {description.text ? (
              <Localized as="p" className="max-w-prose whitespace-pre-line" value={description} locale={locale} />
            ) : (
              <p className="text-muted-foreground">{t("partner.noDescription")}</p>
            )}
            {partner.areas.length > 0 && (
              <div className="space-y-2">
                <h3 className="font-semibold">{tp("fields.areas")}</h3>
                <ul className="flex flex-wrap gap-2">
                  {partner.areas.map((area) => (
                    <li key={area}>
                      <Link
                        href={`/partners?area=${area}`}
                        prefetch={false}
                        className="inline-flex min-h-8 items-center rounded-full border border-info-border bg-info-subtle px-3 text-sm font-medium text-info hover:underline"
                      >
                        {tp(`areas.${area}`)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>

          <section aria-labelledby="partner-cooperation" className="space-y-3">
            <h2 id="partner-cooperation" className="text-xl font-semibold">
              {t("partner.cooperation")}
            </h2>
            {totalActive === 0 ? (
              <p className="text-muted-foreground">{t("partner.noActiveAgreements")}</p>
            ) : (
              <>
                <p>{t("partner.activeAgreements", { count: totalActive })}</p>
                <dl className="divide-y divide-border rounded-lg border border-border bg-surface">
                  {cooperation.map((entry) => (
                    <div key={entry.kind} className="flex items-center justify-between gap-4 px-4 py-3">
                      <dt>{t(`agreementKinds.${entry.kind}`)}</dt>
                      <dd className="font-semibold tabular-nums">{entry.count}</dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
          </section>

          {visits.length > 0 && (
            <section aria-labelledby="partner-visits" className="space-y-3">
              <h2 id="partner-visits" className="text-xl font-semibold">
                {t("partner.recentVisits")}
              </h2>
              <ul className="space-y-3">
                {visits.map((visit) => {
                  const texts = reader.pick(visit, ["title", "publicSummary"]);
                  return (
                    <li key={visit.id} className="rounded-lg border border-border bg-surface p-4">
                      <p className="font-semibold">
                        <Localized value={texts.title} locale={locale} />
                      </p>
                      <p className="text-sm text-muted-foreground">
                        {t("partner.visitDates", { start: visit.startDate, end: visit.endDate })}
                      </p>
                      {texts.publicSummary.text && <Localized as="p" value={texts.publicSummary} locale={locale} className="mt-2" />}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </div>

        <aside className="space-y-4" aria-label={t("partner.contactsLabel")}>
          {partner.website && (
            <Card>
              <CardHeader>
                <CardTitle>{t("partner.website")}</CardTitle>
              </CardHeader>
              <CardContent>
                <a
                  href={partner.website}
                  rel="noopener noreferrer external"
                  className="inline-flex items-center gap-1.5 break-all text-link underline underline-offset-4 hover:text-link-hover"
                >
                  {partner.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                  <ExternalLink aria-hidden="true" className="size-4 shrink-0" />
                </a>
              </CardContent>
            </Card>
          )}
          <Card>
            <CardHeader>
              <CardTitle>{t("partner.contacts")}</CardTitle>
            </CardHeader>
            <CardContent>
              {partner.contacts.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("partner.noContacts")}</p>
              ) : (
                <ul className="space-y-4">
                  {partner.contacts.map((contact) => (
                    <li key={contact.id} className="space-y-1">
                      <p className="font-medium">{contact.name}</p>
                      {contact.position && <p className="text-sm text-muted-foreground">{contact.position}</p>}
                      {contact.email && (
                        <p className="flex items-center gap-1.5 text-sm">
                          <Mail aria-hidden="true" className="size-4 shrink-0" />
                          <a href={`mailto:${contact.email}`} className="break-all text-link underline underline-offset-4">
                            {contact.email}
                          </a>
                        </p>
                      )}
                      {contact.phone && (
                        <p className="flex items-center gap-1.5 text-sm">
                          <Phone aria-hidden="true" className="size-4 shrink-0" />
                          <a href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`} className="text-link underline underline-offset-4">
                            {contact.phone}
                          </a>
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
        </aside>
      </div>
    </article>
  );
}
