import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { Alert } from "@/components/ui/alert";
import { firstValue } from "@/lib/forms/fields";
import { allCountriesSorted } from "@/lib/partners/country-names";
import { isSetupNeeded } from "@/lib/setup/state";
import { isSetupTokenValid } from "@/lib/setup/token";
import { SetupForm } from "./_components/setup-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("setup");
  return { title: t("metaTitle") };
}

/**
 * The first-run setup: the institution and its first admin. It exists only while no admin does
 * (404 afterwards), and shows its form only with the one-time token printed in the server log.
 */
export default async function SetupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await isSetupNeeded())) notFound();
  const given = firstValue((await searchParams).token);
  const token = typeof given === "string" ? given : undefined;
  const [t, valid] = await Promise.all([getTranslations("setup"), isSetupTokenValid(token)]);

  if (!token || !valid) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("locked.title")}</h1>
        <p>{t("locked.body")}</p>
        <Alert variant="info">{t(token ? "locked.wrongToken" : "locked.noToken")}</Alert>
      </div>
    );
  }

  const [messages, locale] = await Promise.all([getClientMessages(["common", "errors", "auth", "admin", "setup"]), getLocale()]);
  const countries = allCountriesSorted(locale).map((country) => ({ value: country.code, label: country.name }));
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("description")}</p>
      </div>
      <NextIntlClientProvider messages={messages}>
        <SetupForm token={token} timeZones={Intl.supportedValuesOf("timeZone")} countries={countries} />
      </NextIntlClientProvider>
    </div>
  );
}
