import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import { ArrowLeft } from "lucide-react";
import { ImportWizard } from "@/components/import/import-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { requirePageAccess } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { IMPORTERS } from "@/lib/import-export/importers";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("agreements");
  return { title: t("import.metaTitle") };
}

export default async function ImportAgreementsPage() {
  const user = await requirePageAccess("/dashboard/agreements/import");
  if (!can(user, IMPORTERS.agreements.permission)) forbidden();
  const [t, messages] = await Promise.all([getTranslations("agreements"), getClientMessages(["common", "errors", "agreements", "importExport"])]);
  return (
    <div className="space-y-6">
      <Link href="/dashboard/agreements" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("import.back")}
      </Link>
      <PageHeader title={t("import.title")} description={t("import.description")} />
      <NextIntlClientProvider messages={messages}>
        <ImportWizard
          entity="agreements"
          fields={IMPORTERS.agreements.fields.map((field) => ({ key: field.key, label: t(`import.fields.${field.key}` as never), required: field.required ?? false }))}
          maxMb={env().UPLOAD_MAX_MB}
          listHref="/dashboard/agreements"
          texts={{ fileHint: "agreements.import.fileHint", commit: "agreements.import.commit", done: "agreements.import.done", seeList: "agreements.import.seeList" }}
        />
      </NextIntlClientProvider>
    </div>
  );
}
