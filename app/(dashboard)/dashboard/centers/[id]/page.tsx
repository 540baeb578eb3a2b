import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { ArrowLeft, ExternalLink } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { centerPictureUrl } from "@/lib/centers/public-queries";
import { getCenterDetail, STAFF_VIEW } from "@/lib/centers/queries";
import { centerFormValues } from "@/lib/centers/schemas";
import { env } from "@/lib/env";
import { can } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { CenterForm } from "../_components/center-form";
import { PictureUpload } from "../_components/picture-upload";
import { PublishToggle } from "../_components/publish-toggle";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centers");
  return { title: t("form.editMetaTitle") };
}

export default async function CenterAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/centers/${id}`, "center:read", STAFF_VIEW);
  const center = await loadRecordOr404(id, (centerId) => getCenterDetail(user, centerId));
  const [t, format, messages, defaultLanguage] = await Promise.all([
    getTranslations("centers"),
    getFormatter(),
    getClientMessages(["common", "errors", "centers"]),
    getDefaultContentLanguage(),
  ]);
  const canEdit = can(user, "center:update");

  return (
    <div className="space-y-8">
      <Link href="/dashboard/centers" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("form.back")}
      </Link>
      <PageHeader
        title={center.name}
        description={t("form.updated", { date: format.dateTime(center.updatedAt, { dateStyle: "long", timeStyle: "short" }) })}
        actions={
          <>
            {center.isPublic && (
              <LinkButton href={`/centers/${center.slug}`} variant="outline">
                <ExternalLink aria-hidden="true" />
                {t("form.publicPage")}
              </LinkButton>
            )}
            {canEdit && (
              <NextIntlClientProvider messages={messages}>
                <PublishToggle id={center.id} version={center.version} isPublic={center.isPublic} />
              </NextIntlClientProvider>
            )}
          </>
        }
      />
      <Badge variant={center.isPublic ? "success" : "neutral"}>{center.isPublic ? t("publish.isPublished") : t("publish.isHidden")}</Badge>
      <NextIntlClientProvider messages={messages}>
        <section aria-labelledby="center-picture" className="space-y-3">
          <h2 id="center-picture" className="text-xl font-semibold">
            {t("picture.title")}
          </h2>
          {canEdit ? (
            <PictureUpload slug={center.slug} pictureUrl={centerPictureUrl(center.slug, center.picture?.id ?? null)} centerName={center.name} maxMb={env().UPLOAD_MAX_MB} />
          ) : (
            <p className="text-muted-foreground">{center.picture ? center.picture.fileName : t("picture.none")}</p>
          )}
        </section>
        <section aria-labelledby="center-details" className="space-y-3">
          <h2 id="center-details" className="text-xl font-semibold">
            {t("form.detailsTitle")}
          </h2>
          {canEdit ? (
            <CenterForm
              key={center.version}
              center={{ id: center.id, version: center.version, values: centerFormValues(center) }}
              defaultLanguage={defaultLanguage}
            />
          ) : (
            <p className="max-w-prose whitespace-pre-line">{center.description}</p>
          )}
        </section>
      </NextIntlClientProvider>
    </div>
  );
}
