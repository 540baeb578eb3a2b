import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { ArrowLeft, Clock, ExternalLink, Mail, MapPin, Phone } from "lucide-react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getPublicCenter } from "@/lib/centers/public-queries";

interface PageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  const [center, t] = await Promise.all([getPublicCenter(slug), getTranslations("centers.public")]);
  if (!center) return { title: t("notFoundTitle") };
  const text = center.description.replace(/\s+/g, " ").trim();
  return {
    title: center.name,
    description: text ? (text.length > 160 ? `${text.slice(0, 157).replace(/\s+\S*$/, "")}…` : text) : t("centerMetaDescription", { name: center.name, organization: center.organization }),
  };
}

export default async function CenterPage({ params }: PageProps) {
  const { slug } = await params;
  const [center, t] = await Promise.all([getPublicCenter(slug), getTranslations("centers.public")]);
  if (!center) notFound();

  return (
    <article className="space-y-8">
      <Link href="/centers" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("back")}
      </Link>
      <header className="space-y-2 border-b border-border pb-6">
        <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{center.name}</h1>
        <p className="text-lg text-muted-foreground">{t("runBy", { organization: center.organization })}</p>
      </header>
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {center.pictureUrl && (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={center.pictureUrl} alt={t("pictureAlt", { name: center.name })} width={960} height={540} decoding="async" className="aspect-video w-full rounded-lg object-cover" />
          )}
          <section aria-labelledby="center-about" className="space-y-3">
            <h2 id="center-about" className="text-xl font-semibold">
              {t("about")}
            </h2>
            <p className="max-w-prose whitespace-pre-line">{center.description || t("noDescription")}</p>
          </section>
        </div>
        <aside aria-label={t("visitLabel")}>
          <Card>
            <CardHeader>
              <CardTitle>{t("visit")}</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="space-y-4 text-sm">
                {center.location && (
                  <div className="space-y-1">
                    <dt className="flex items-center gap-1.5 font-semibold">
                      <MapPin aria-hidden="true" className="size-4" />
                      {t("location")}
                    </dt>
                    <dd>{center.location}</dd>
                  </div>
                )}
                {center.openingHours && (
                  <div className="space-y-1">
                    <dt className="flex items-center gap-1.5 font-semibold">
                      <Clock aria-hidden="true" className="size-4" />
                      {t("openingHours")}
                    </dt>
                    <dd className="whitespace-pre-line">{center.openingHours}</dd>
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
