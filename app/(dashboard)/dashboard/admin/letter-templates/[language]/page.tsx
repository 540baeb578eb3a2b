import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { ArrowLeft } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { isLocale, localeLabels } from "@/i18n/config";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { requirePageAccess } from "@/lib/auth/guards";
import { getLetterTemplate } from "@/lib/visits/letters/templates";
import { LETTER_PLACEHOLDERS } from "@/lib/visits/letters/placeholders";
import { LetterTemplateForm } from "../_components/letter-template-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("letters");
  return { title: t("templates.editMetaTitle") };
}

/** One language's letter template, with the placeholders it may use listed beside the editor. */
export default async function LetterTemplatePage({ params }: { params: Promise<{ language: string }> }) {
  const { language } = await params;
  const user = await requirePageAccess(`/dashboard/admin/letter-templates/${language}`, "institution:update");
  if (!isLocale(language)) notFound();
  const [t, template, messages] = await Promise.all([getTranslations("letters"), getLetterTemplate(user, language), getClientMessages(["common", "errors", "letters"])]);

  return (
    <div className="space-y-8">
      <Link href="/dashboard/admin/letter-templates" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("templates.back")}
      </Link>
      <PageHeader title={t("templates.editTitle", { language: localeLabels[language] })} description={t("templates.editDescription")} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <NextIntlClientProvider messages={messages}>
          <LetterTemplateForm key={template.version} template={{ language, subject: template.subject, body: template.body, version: template.version }} />
        </NextIntlClientProvider>
        <aside aria-labelledby="placeholders-heading" className="space-y-3 lg:order-last">
          <h2 id="placeholders-heading" className="text-xl font-semibold">
            {t("templates.placeholdersHeading")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("templates.placeholdersIntro")}</p>
          <dl className="space-y-2 text-sm">
            {LETTER_PLACEHOLDERS.map((name) => (
              <div key={name}>
                <dt>
                  <code className="rounded bg-muted px-1 py-0.5 break-all">{`{{${name}}}`}</code>
                </dt>
                <dd className="text-muted-foreground">{t(`placeholders.${name}`)}</dd>
              </div>
            ))}
          </dl>
        </aside>
      </div>
      <Link href={`/dashboard/admin/audit?entityType=LetterTemplate&entityId=${language}`} className="inline-block text-sm text-link underline underline-offset-4">
        {t("templates.history")}
      </Link>
    </div>
  );
}
