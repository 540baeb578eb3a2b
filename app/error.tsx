"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { ErrorReference, errorDigest } from "@/components/layout/error-reference";
import { MAIN_CONTENT_ID } from "@/components/layout/skip-link";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";

/**
 * Any error below the root layout. The message is never shown (in production it is generic
 * anyway); the digest lets the office find the full error in the server logs.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errors.error");

  useEffect(() => {
    // Browser console only, for whoever debugs in the browser; the server logged it with the same digest.
    console.error(error);
  }, [error]);

  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto w-full max-w-2xl flex-1 space-y-4 px-4 py-16 text-center">
      <title>{t("metaTitle")}</title>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="text-lg text-muted-foreground">{t("description")}</p>
      <ErrorReference digest={errorDigest(error)} hint={t("reportHint")} label={t("referenceLabel")} />
      <div className="flex flex-col justify-center gap-3 pt-4 sm:flex-row">
        <Button onClick={() => retry()}>{t("tryAgain")}</Button>
        <LinkButton href="/" variant="outline">
          {t("home")}
        </LinkButton>
      </div>
    </main>
  );
}
