import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { MAIN_CONTENT_ID } from "@/components/layout/skip-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors.notFound");
  return { title: t("metaTitle") };
}

/**
 * Unknown URLs. Deliberately without the site header and footer: Next.js prepares the root
 * not-found boundary for every page, and the full shell there costs every request two queries and
 * a quarter of its render time. `notFound()` inside the public site shows app/(public)/not-found.tsx,
 * within the public layout.
 */
export default function NotFound() {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-16 sm:px-6">
      <NotFoundMessage />
    </main>
  );
}
