import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { MAIN_CONTENT_ID } from "@/components/layout/skip-link";
import { NOINDEX } from "@/lib/seo/page-metadata";

/** The first-run setup stays out of search engines: it exists only until the first admin does. */
export const metadata: Metadata = { robots: NOINDEX };

/**
 * The first-run setup: no site navigation (there is no institution yet to show), the language switch,
 * and one wide card. The page renders its own h1.
 */
export default async function SetupLayout({ children }: { children: ReactNode }) {
  const [locale, t, tSetup] = await Promise.all([getLocale(), getTranslations("common"), getTranslations("setup")]);
  return (
    <>
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <p className="font-semibold">{tSetup("product")}</p>
          <LanguageSwitch current={locale} label={t("language.label")} />
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="flex flex-1 justify-center px-4 py-8 sm:py-12">
        <div className="w-full max-w-3xl rounded-lg border border-border bg-surface p-5 shadow-sm sm:p-8">{children}</div>
      </main>
    </>
  );
}
