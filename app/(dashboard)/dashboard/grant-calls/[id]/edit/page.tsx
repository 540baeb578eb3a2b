import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { isEditable } from "@/lib/grant-calls/lifecycle";
import { grantCallFormProps } from "../../_components/form-props";
import { GrantCallForm } from "../../_components/grant-call-form";
import { loadStaffGrantCall } from "../../_components/load-grant-call";

interface PageProps {
  params: Promise<{ id: string }>;
}

/** The call to edit: 403 for a role that may not edit calls, 404 for an unknown one. */
const loadForEdit = async (id: string) => loadStaffGrantCall(id, `/dashboard/grant-calls/${id}/edit`, "grant-call:update");

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const [{ call }, t] = await Promise.all([loadForEdit((await params).id), getTranslations("grantCalls.staff")]);
  return { title: t("editMetaTitle", { title: call.title }) };
}

export default async function EditGrantCallPage({ params }: PageProps) {
  const { call } = await loadForEdit((await params).id);
  const [t, messages] = await Promise.all([getTranslations("grantCalls.staff"), getClientMessages(["common", "errors", "grantCalls"])]);
  if (!isEditable(call.status)) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("editTitle")} description={call.title} />
        <Alert variant="info">{t("closedNote")}</Alert>
      </div>
    );
  }
  const props = await grantCallFormProps(await getLocale(), call);
  return (
    <div className="space-y-6">
      <PageHeader title={t("editTitle")} description={call.title} />
      <NextIntlClientProvider messages={messages}>
        <GrantCallForm key={call.version} {...props} />
      </NextIntlClientProvider>
    </div>
  );
}
