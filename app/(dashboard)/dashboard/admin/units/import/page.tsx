import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { ArrowLeft } from "lucide-react";
import { ImportWizard } from "@/components/import/import-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { isLocale, localeLabels } from "@/i18n/config";
import { getTranslations } from "@/i18n/server";
import { requirePageAccess } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { IMPORTERS } from "@/lib/import-export/importers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units");
  return { title: t("import.metaTitle") };
}

/** Units from CSV or Excel through the shared import wizard (dry run, then all or nothing). */
export default async function ImportUnitsPage() {
  await requirePageAccess("/dashboard/admin/units/import", IMPORTERS.units.permission);
  const [t, messages] = await Promise.all([getTranslations("units"), getClientMessages(["common", "errors", "units", "importExport"])]);
  // "name.az" is the name in Azerbaijani, labelled with the language's own name.
  const fieldLabel = (key: string) => {
    const [field, language] = key.split(".");
    if (language && isLocale(language)) return t("import.fields.nameIn", { language: localeLabels[language] });
    return t(`import.fields.${field as "code" | "name" | "kind"}`);
  };
  return (
    <div className="space-y-6">
      <Link href="/dashboard/admin/units" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("form.back")}
      </Link>
      <PageHeader title={t("import.title")} description={t("import.description")} />
      <NextIntlClientProvider messages={messages}>
        <ImportWizard
          entity="units"
          fields={IMPORTERS.units.fields.map((field) => ({ key: field.key, label: fieldLabel(field.key), required: field.required ?? false }))}
          maxMb={env().UPLOAD_MAX_MB}
          listHref="/dashboard/admin/units"
          texts={{ fileHint: "units.import.fileHint", commit: "units.import.commit", done: "units.import.done", seeList: "units.import.seeList" }}
        />
      </NextIntlClientProvider>
    </div>
  );
}
