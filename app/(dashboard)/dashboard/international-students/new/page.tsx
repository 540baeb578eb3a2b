import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { requirePageAccess } from "@/lib/auth/guards";
import { getStudentOptions } from "@/lib/international-students/queries";
import { allCountriesSorted } from "@/lib/partners/country-names";
import { StudentForm } from "../_components/student-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("internationalStudents");
  return { title: t("form.newTitle") };
}

export default async function NewInternationalStudentPage() {
  const user = await requirePageAccess("/dashboard/international-students/new", "international-student:create");
  const [t, locale, options, messages] = await Promise.all([
    getTranslations("internationalStudents"),
    getLocale(),
    getStudentOptions(user),
    getClientMessages(["common", "errors", "internationalStudents"]),
  ]);
  return (
    <div className="space-y-6">
      <Link href="/dashboard/international-students" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("form.back")}
      </Link>
      <PageHeader title={t("form.newTitle")} description={t("form.newDescription")} />
      <NextIntlClientProvider messages={messages}>
        <StudentForm countries={allCountriesSorted(locale)} units={options.units} programs={options.programs} />
      </NextIntlClientProvider>
    </div>
  );
}
