import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { ArrowLeft, ExternalLink } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates/format";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { env } from "@/lib/env";
import { NEWS_READ, NEWS_WRITE } from "@/lib/news/access";
import { newsPictureUrl } from "@/lib/news/public-queries";
import { getNews } from "@/lib/news/queries";
import { newsFormValues } from "@/lib/news/schemas";
import { can } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { NewsForm } from "../_components/news-form";
import { PictureUpload } from "../_components/picture-upload";
import { PublishToggle } from "../_components/publish-toggle";
import { NewsStatusBadge } from "../_components/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("news");
  return { title: t("form.editMetaTitle") };
}

/** One news item for staff: its state, picture and texts; writers edit, coordinators read. */
export default async function NewsItemAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/news/${id}`, NEWS_READ);
  const item = await loadRecordOr404(id, (newsId) => getNews(user, newsId));
  const [t, locale, timeZone, messages, defaultLanguage] = await Promise.all([
    getTranslations("news"),
    getLocale(),
    getInstitutionTimeZone(),
    getClientMessages(["common", "errors", "news"]),
    getDefaultContentLanguage(),
  ]);
  const canEdit = can(user, NEWS_WRITE);
  const dates = { locale, timeZone };

  return (
    <div className="space-y-8">
      <Link href="/dashboard/news" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("form.back")}
      </Link>
      <PageHeader
        title={item.title}
        description={t("form.updated", { date: formatDateTime(item.updatedAt, dates, "medium") })}
        actions={
          <>
            {item.status === "published" && (
              <LinkButton href={`/news/${item.slug}`} variant="outline">
                <ExternalLink aria-hidden="true" />
                {t("form.publicPage")}
              </LinkButton>
            )}
            {canEdit && (
              <NextIntlClientProvider messages={messages}>
                <PublishToggle id={item.id} version={item.version} isPublished={item.isPublished} />
              </NextIntlClientProvider>
            )}
          </>
        }
      />
      <div className="flex flex-wrap items-center gap-3">
        <NewsStatusBadge status={item.status} />
        {item.status === "scheduled" && item.publishedAt && <p className="text-sm">{t("form.scheduledFor", { date: formatDateTime(item.publishedAt, dates) })}</p>}
      </div>
      <NextIntlClientProvider messages={messages}>
        <section aria-labelledby="news-picture" className="space-y-3">
          <h2 id="news-picture" className="text-xl font-semibold">
            {t("picture.title")}
          </h2>
          {canEdit ? (
            <PictureUpload slug={item.slug} pictureUrl={newsPictureUrl(item.slug, item.picture?.id ?? null)} title={item.title} maxMb={env().UPLOAD_MAX_MB} />
          ) : (
            <p className="text-muted-foreground">{item.picture ? item.picture.fileName : t("picture.none")}</p>
          )}
        </section>
        <section aria-labelledby="news-texts" className="space-y-3">
          <h2 id="news-texts" className="text-xl font-semibold">
            {t("form.textsTitle")}
          </h2>
          {canEdit ? (
            <NewsForm key={item.version} item={{ id: item.id, version: item.version, values: newsFormValues(item, item.publishedAtInput) }} defaultLanguage={defaultLanguage} />
          ) : (
            <div className="max-w-prose space-y-3">
              {item.summary && <p className="text-lg">{item.summary}</p>}
              <p className="whitespace-pre-line">{item.body}</p>
            </div>
          )}
        </section>
      </NextIntlClientProvider>
    </div>
  );
}
