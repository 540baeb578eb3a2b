import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { requirePageAccess } from "@/lib/auth/guards";
import { getEventFormChoices } from "@/lib/events/staff-queries";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { EventForm } from "../_components/event-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("events");
  return { title: t("staff.form.newTitle") };
}

/** A new event; a coordinator's starts in their own unit (the only one they may choose). */
export default async function NewEventPage() {
  const user = await requirePageAccess("/dashboard/events/new", "event:create");
  const [t, messages, defaultLanguage, choices] = await Promise.all([
    getTranslations("events"),
    getClientMessages(["common", "errors", "events"]),
    getDefaultContentLanguage(),
    getEventFormChoices(user),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("staff.form.newTitle")} description={t("staff.form.newDescription")} />
      <NextIntlClientProvider messages={messages}>
        <EventForm choices={choices} defaultLanguage={defaultLanguage} initial={choices.officeWide ? undefined : { unitId: user.unitId ?? "" }} />
      </NextIntlClientProvider>
    </div>
  );
}
