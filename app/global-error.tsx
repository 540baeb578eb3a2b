"use client";

import { useSyncExternalStore } from "react";
import { ErrorReference, errorDigest } from "@/components/layout/error-reference";
import { Button, buttonClasses } from "@/components/ui/button";
import { LOCALE_COOKIE, defaultLocale, isLocale, type AppLocale } from "@/i18n/config";
import { localeFromAcceptLanguage } from "@/i18n/negotiate-locale";
import az from "@/messages/az/errors.json";
import en from "@/messages/en/errors.json";
import ru from "@/messages/ru/errors.json";
import "./globals.css";

const catalogues: Record<AppLocale, typeof en> = { en, az, ru };

/** The root layout failed, so there is no i18n provider: pick the language the way the server would. */
function browserLocale(): AppLocale {
  const cookie = document.cookie
    .split("; ")
    .find((entry) => entry.startsWith(`${LOCALE_COOKIE}=`))
    ?.split("=")[1];
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(navigator.languages.join(",")) ?? defaultLocale;
}

const noSubscription = () => () => {};

/** Replaces the whole document when the root layout itself fails; never shows the error message. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useSyncExternalStore(noSubscription, browserLocale, () => defaultLocale);
  const t = catalogues[locale].error;

  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <title>{t.metaTitle}</title>
        <main className="mx-auto w-full max-w-2xl flex-1 space-y-4 px-4 py-16 text-center">
          <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
          <p className="text-lg text-muted-foreground">{t.description}</p>
          <ErrorReference digest={errorDigest(error)} hint={t.reportHint} label={t.referenceLabel} />
          <div className="flex flex-col justify-center gap-3 pt-4 sm:flex-row">
            <Button onClick={() => retry()}>{t.tryAgain}</Button>
            {/* A full page load: the client router may be what broke. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className={buttonClasses({ variant: "outline" })}>
              {t.home}
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
