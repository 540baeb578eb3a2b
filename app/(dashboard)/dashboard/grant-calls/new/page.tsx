import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { grantCallFormProps } from "../_components/form-props";
import { GrantCallForm } from "../_components/grant-call-form";
import { requireStaffGrantCallPage } from "../_components/load-grant-call";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("grantCalls.staff");
  return { title: t("newMetaTitle") };
}

export default async function NewGrantCallPage() {
  await requireStaffGrantCallPage("/dashboard/grant-calls/new", "grant-call:create");
  const [t, messages, props] = await Promise.all([getTranslations("grantCalls.staff"), getClientMessages(["common", "errors", "grantCalls"]), getLocale().then((locale) => grantCallFormProps(locale))]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <NextIntlClientProvider messages={messages}>
        <GrantCallForm {...props} />
      </NextIntlClientProvider>
    </div>
  );
}
