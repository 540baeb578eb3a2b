import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { LinkButton } from "@/components/ui/link-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors.notFound");
  return { title: t("metaTitle") };
}

/** Unknown URLs and `notFound()` anywhere: the public chrome stays, so the reader can navigate on. */
export default async function NotFound() {
  const t = await getTranslations("errors.notFound");
  return (
    <PublicShell>
      <div className="mx-auto max-w-2xl space-y-4 py-8 text-center">
        <p className="text-sm font-semibold text-muted-foreground">404</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("title")}</h1>
        <p className="text-lg text-muted-foreground">{t("description")}</p>
        <div className="pt-4">
          <LinkButton href="/">{t("home")}</LinkButton>
        </div>
      </div>
    </PublicShell>
  );
}
