import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { ArrowLeft, Clock, ExternalLink, Mail, MapPin, Phone } from "lucide-react";
import { Localized } from "@/components/content/localized";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getPublicCenter } from "@/lib/centers/public-queries";
import { CENTER_TEXT_FIELDS } from "@/lib/centers/schemas";
import { contentReader } from "@/lib/translations/reader";

interface PageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  const [center, t, reader] = await Promise.all([getPublicCenter(slug), getTranslations("centers.public"), contentReader()]);
  if (!center) return { title: t("notFoundTitle") };
  const texts = reader.pick(center, CENTER_TEXT_FIELDS);
  const text = texts.description.text.replace(/\s+/g, " ").trim();
  return {
    title: texts.name.text,
    description: text ? (text.length > 160 ? `${text.slice(0, 157).replace(/\s+\S*$/, "")}…` : text) : t("centerMetaDescription", { name: texts.name.text, organization: center.organization }),
  };
}

export default async function CenterPage({ params }: PageProps) {
  const { slug } = await params;
  const [center, t, reader] = await Promise.all([getPublicCenter(slug), getTranslations("centers.public"), contentReader()]);
  if (!center) notFound();
  const texts = reader.pick(center, CENTER_TEXT_FIELDS);

  return (
    <article className="space-y-8">
      <Link href="/centers" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("back")}
      </Link>
      <header className="space-y-2 border-b border-border pb-6">
        <Localized value={texts.name} locale={reader.locale} as="h1" className="text-3xl font-bold tracking-tight text-balance sm:text-4xl" />
        <p className="text-lg text-muted-foreground">{t("runBy", { organization: center.organization })}</p>
      </header>
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {center.pictureUrl && (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={center.pictureUrl} alt={t("pictureAlt", { name: texts.name.text })} lang={texts.name.lang !== reader.locale ? texts.name.lang : undefined} width={960} height={540} decoding="async" className="aspect-video w-full rounded-lg object-cover" />
          )}
          <section aria-labelledby="center-about" className="space-y-3">
            <h2 id="center-about" className="text-xl font-semibold">
              {t("about")}
            </h2>
            {texts.description.text ? (
              <Localized value={texts.description} locale={reader.locale} as="p" className="max-w-prose whitespace-pre-line" />
            ) : (
              <p className="max-w-prose">{t("noDescription")}</p>
            )}
          </section>
        </div>
        <aside aria-label={t("visitLabel")}>
          <Card>
            <CardHeader>
              <CardTitle>{t("visit")}</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="space-y-4 text-sm">
                {texts.location.text && (
                  <div className="space-y-1">
                    <dt className="flex items-center gap-1.5 font-semibold">
                      <MapPin aria-hidden="true" className="size-4" />
                      {t("location")}
                    </dt>
                    <Localized value={texts.location} locale={reader.locale} as="dd" />
                  </div>
                )}
                {texts.openingHours.text && (
                  <div className="space-y-1">
                    <dt className="flex items-center gap-1.5 font-semibold">
                      <Clock aria-hidden="true" className="size-4" />
                      {t("openingHours")}
                    </dt>
                    <Localized value={texts.openingHours} locale={reader.locale} as="dd" className="whitespace-pre-line" />
                  </div>
                )}
                {center.email && (
                  <div className="space-y-1">
                    <dt className="flex items-center gap-1.5 font-semibold">
                      <Mail aria-hidden="true" className="size-4" />
                      {t("email")}
                    </dt>
                    <dd>
                      <a href={`mailto:${center.email}`} className="break-all text-link underline underline-offset-4">
                        {center.email}
                      </a>
                    </dd>
                  </div>
                )}
                {center.phone && (
                  <div className="space-y-1">
                    <dt className="flex items-center gap-1.5 font-semibold">
                      <Phone aria-hidden="true" className="size-4" />
                      {t("phone")}
                    </dt>
                    <dd>
                      <a href={`tel:${center.phone.replace(/[^\d+]/g, "")}`} className="text-link underline underline-offset-4">
                        {center.phone}
                      </a>
                    </dd>
                  </div>
                )}
                {center.website && (
                  <div className="space-y-1">
                    <dt className="flex items-center gap-1.5 font-semibold">
                      <ExternalLink aria-hidden="true" className="size-4" />
                      {t("website")}
                    </dt>
                    <dd>
                      <a href={center.website} rel="noopener noreferrer external" className="break-all text-link underline underline-offset-4">
                        {center.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                      </a>
                    </dd>
                  </div>
                )}
              </dl>
            </CardContent>
          </Card>
        </aside>
      </div>
    </article>
  );
}
