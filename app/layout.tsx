import type { Metadata, Viewport } from "next";
import { Suspense, type ReactNode } from "react";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { SkipLink } from "@/components/layout/skip-link";
import { getClientMessages } from "@/i18n/client-messages";
import { AddressLocaleSync } from "@/i18n/address-locale-sync";
import { ADDRESS_LOCALE_HEADER, isLocale } from "@/i18n/config";
import { getInstitution } from "@/lib/institution/queries";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  // The locale comes first: it reads the request cookies, which keeps this route out of the
  // build-time prerender before anything touches the database.
  const locale = await getLocale();
  const [institution, t] = await Promise.all([getInstitution(), getTranslations({ locale, namespace: "home" })]);
  return {
    title: { default: institution.name, template: `%s · ${institution.shortName}` },
    description: t("metaDescription", { name: institution.name }),
    applicationName: institution.name,
    icons: institution.logoPath ? { icon: institution.logoPath } : undefined,
  };
}

export const viewport: Viewport = {
  themeColor: "#1d4ed8",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, requestHeaders] = await Promise.all([getLocale(), headers()]);
  // The language the address named (`?lang=`), if any, as proxy.ts handed it on.
  const addressLocale = requestHeaders.get(ADDRESS_LOCALE_HEADER);
  const [t, clientMessages] = await Promise.all([
    getTranslations({ locale, namespace: "common" }),
    // Client Components get the shared strings and the error page's; feature forms add their own
    // namespace with a nested provider (see i18n/client-messages.ts).
    getClientMessages(["common", "errors"]),
  ]);

  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <SkipLink label={t("skipToContent")} />
        <NextIntlClientProvider messages={clientMessages}>{children}</NextIntlClientProvider>
        <Suspense fallback={null}>
          <AddressLocaleSync renderedFor={isLocale(addressLocale) ? addressLocale : null} />
        </Suspense>
      </body>
    </html>
  );
}
