import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { ArrowLeft } from "lucide-react";
import { ImportWizard } from "@/components/import/import-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { requirePageAccess } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { IMPORTERS } from "@/lib/import-export/importers";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("internationalStudents");
  return { title: t("import.metaTitle") };
}

/** The registrar's CSV or Excel export, through the shared import wizard (dry run, then all or nothing). */
export default async function ImportInternationalStudentsPage() {
  const user = await requirePageAccess("/dashboard/international-students/import");
  if (!can(user, IMPORTERS.internationalStudents.permission) || !can(user, "international-student:update")) forbidden();
  const [t, messages] = await Promise.all([
    getTranslations("internationalStudents"),
    getClientMessages(["common", "errors", "internationalStudents", "importExport"]),
  ]);
  return (
    <div className="space-y-6">
      <Link href="/dashboard/international-students" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("import.back")}
      </Link>
      <PageHeader title={t("import.title")} description={t("import.description")} />
      <NextIntlClientProvider messages={messages}>
        <ImportWizard
          entity="internationalStudents"
          fields={IMPORTERS.internationalStudents.fields.map((field) => ({ key: field.key, label: t(`import.fields.${field.key}`), required: field.required ?? false }))}
          maxMb={env().UPLOAD_MAX_MB}
          listHref="/dashboard/international-students"
          texts={{
            fileHint: "internationalStudents.import.fileHint",
            commit: "internationalStudents.import.commit",
            done: "internationalStudents.import.done",
            seeList: "internationalStudents.import.seeList",
          }}
        />
      </NextIntlClientProvider>
    </div>
  );
}
