import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { MAIN_CONTENT_ID } from "@/components/layout/skip-link";
import { LinkButton } from "@/components/ui/link-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors.forbidden");
  return { title: t("metaTitle") };
}

/**
 * `forbidden()` anywhere: a signed-in user lacks the permission. Status 403; nothing of the page
 * leaks. Deliberately without the site header and footer, like app/not-found.tsx: Next.js prepares
 * this boundary on every request, and the full shell there doubled the render work of every page.
 */
export default async function Forbidden() {
  const t = await getTranslations("errors.forbidden");
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto w-full max-w-2xl flex-1 space-y-4 px-4 py-16 text-center sm:px-6">
      <p className="text-sm font-semibold text-muted-foreground">403</p>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("title")}</h1>
      <p className="text-lg text-muted-foreground">{t("description")}</p>
      <div className="pt-4">
        <LinkButton href="/">{t("home")}</LinkButton>
      </div>
    </main>
  );
}
