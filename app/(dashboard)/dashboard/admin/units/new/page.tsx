import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { ArrowLeft } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { requirePageAccess } from "@/lib/auth/guards";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { UnitForm } from "../_components/unit-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units");
  return { title: t("form.newTitle") };
}

export default async function NewUnitPage() {
  await requirePageAccess("/dashboard/admin/units/new", "unit:manage");
  const [t, messages, defaultLanguage] = await Promise.all([
    getTranslations("units"),
    getClientMessages(["common", "errors", "units"]),
    getDefaultContentLanguage(),
  ]);
  return (
    <div className="space-y-6">
      <Link href="/dashboard/admin/units" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("form.back")}
      </Link>
      <PageHeader title={t("form.newTitle")} description={t("form.newDescription")} />
      <NextIntlClientProvider messages={messages}>
        <UnitForm defaultLanguage={defaultLanguage} />
      </NextIntlClientProvider>
    </div>
  );
}
