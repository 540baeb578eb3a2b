import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getOwnDigestSubscription, listDigestUnits } from "@/lib/grant-calls/digest";
import { subjectPickOptions } from "@/lib/opportunities/display";
import { contentReader } from "@/lib/translations/reader";
import { DigestForm } from "../_components/digest-form";
import { requireStaffGrantCallPage } from "../_components/load-grant-call";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("grantCalls.digest");
  return { title: t("metaTitle") };
}

/** One's own weekly digest of new grant calls: what it covers, subscribe and unsubscribe. */
export default async function GrantCallDigestPage() {
  const user = await requireStaffGrantCallPage("/dashboard/grant-calls/digest");
  const [subscription, units, t, tStaff, format, reader, messages] = await Promise.all([
    getOwnDigestSubscription(user),
    listDigestUnits(user),
    getTranslations("grantCalls.digest"),
    getTranslations("grantCalls.staff"),
    getFormatter(),
    contentReader(),
    getClientMessages(["common", "errors", "grantCalls"]),
  ]);
  return (
    <div className="space-y-6">
      <Link href="/dashboard/grant-calls" className="inline-flex items-center gap-2 text-sm text-link underline hover:text-link-hover">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {tStaff("back")}
      </Link>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-1">
        <p className="font-medium">{subscription ? t("subscribedNote", { email: user.email }) : t("notSubscribedNote")}</p>
        {subscription?.lastSentAt && <p className="text-sm text-muted-foreground">{t("lastSent", { date: format.dateTime(subscription.lastSentAt, { dateStyle: "long" }) })}</p>}
      </div>
      <NextIntlClientProvider messages={messages}>
        <DigestForm
          key={subscription?.id ?? "new"}
          subscribed={subscription !== null}
          defaults={{ subjectAreas: subscription?.subjectAreas ?? [], unitIds: subscription?.unitIds ?? [] }}
          subjects={subjectPickOptions(reader.locale)}
          units={units.map((unit) => ({ value: unit.id, label: `${reader.pick(unit, ["name"]).name.text} (${unit.code})` }))}
        />
      </NextIntlClientProvider>
    </div>
  );
}
