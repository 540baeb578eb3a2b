import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import { ArrowLeft } from "lucide-react";
import { ImportWizard } from "@/components/import/import-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { isLocale, localeLabels } from "@/i18n/config";
import { requirePageAccess } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { IMPORTERS } from "@/lib/import-export/importers";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partners");
  return { title: t("import.metaTitle") };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"partners">>>;

/** A field's name in the wizard; a text in one language ("description.az") reads "Public description (Azərbaycanca)". */
function fieldLabel(key: string, t: Translate): string {
  const [field = key, language] = key.split(".");
  const name = t.has(`fields.${field}`) ? t(`fields.${field}` as never) : field;
  return language && isLocale(language) ? t("detail.inLanguage", { field: name, language: localeLabels[language] }) : name;
}

export default async function ImportPartnersPage() {
  const user = await requirePageAccess("/dashboard/partners/import");
  if (!can(user, IMPORTERS.partners.permission)) forbidden();
  const [t, messages] = await Promise.all([getTranslations("partners"), getClientMessages(["common", "errors", "partners", "importExport"])]);
  return (
    <div className="space-y-6">
      <Link href="/dashboard/partners" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("detail.back")}
      </Link>
      <PageHeader title={t("import.title")} description={t("import.description")} />
      <NextIntlClientProvider messages={messages}>
        <ImportWizard
          entity="partners"
          fields={IMPORTERS.partners.fields.map((field) => ({
            key: field.key,
            label: fieldLabel(field.key, t),
            required: field.required ?? false,
          }))}
          maxMb={env().UPLOAD_MAX_MB}
          listHref="/dashboard/partners?sort=updated&dir=desc"
          texts={{ fileHint: "partners.import.fileHint", commit: "partners.import.commit", done: "partners.import.done", seeList: "partners.import.seeList" }}
        />
      </NextIntlClientProvider>
    </div>
  );
}
