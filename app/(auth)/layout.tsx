import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { MAIN_CONTENT_ID } from "@/components/layout/skip-link";
import { getInstitution } from "@/lib/institution/queries";
import { NOINDEX } from "@/lib/seo/page-metadata";

/** Sign-in and account pages stay out of search engines (proxy.ts also sends `X-Robots-Tag: noindex`). */
export const metadata: Metadata = { robots: NOINDEX };

/**
 * Sign-in, registration and password pages: a single centred card without the site navigation,
 * so the task stays in focus. Pages render their own h1 inside the card.
 */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const [institution, locale, t] = await Promise.all([getInstitution(), getLocale(), getTranslations("common")]);
  return (
    <>
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/" className="rounded-md font-semibold">
            {institution.name}
          </Link>
          <LanguageSwitch current={locale} label={t("language.label")} />
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="flex flex-1 items-start justify-center px-4 py-10 sm:items-center">
        <div className="w-full max-w-md rounded-lg border border-border bg-surface p-6 shadow-sm sm:p-8">{children}</div>
      </main>
    </>
  );
}
