import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { requirePageAccess } from "@/lib/auth/guards";
import { getMobilityOptions } from "@/lib/mobility/queries";
import { MobilityForm } from "./_components/mobility-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mobility.form");
  return { title: t("metaTitle") };
}

/** Staff record incoming students and staff mobilities directly. */
export default async function NewMobilityPage() {
  const user = await requirePageAccess("/dashboard/mobility/new", "mobility:create");
  const [options, t, messages] = await Promise.all([
    getMobilityOptions(user, { forForm: true }),
    getTranslations("mobility.form"),
    getClientMessages(["common", "errors", "mobility"]),
  ]);
  const now = new Date();
  // The academic year starts in autumn: from July on, records default to the coming year.
  const defaultYear = now.getMonth() >= 6 ? now.getFullYear() : now.getFullYear() - 1;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <NextIntlClientProvider messages={messages}>
        <MobilityForm options={{ countries: options.countries, programs: options.programs, units: options.units, partners: options.partners, agreements: options.agreements }} defaultYear={defaultYear} />
      </NextIntlClientProvider>
    </div>
  );
}
