import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { firstValue } from "@/lib/forms/fields";
import { unsubscribeLinkState } from "@/lib/grant-calls/digest";
import { NOINDEX } from "@/lib/seo/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("grantCalls.unsubscribe");
  // A personal link: never indexed, never sent to another site as a referrer ("same-origin": the
  // page's own form still sends its Origin, which the unsubscribe handler checks).
  return { title: t("metaTitle"), robots: NOINDEX, referrer: "same-origin" };
}

/**
 * Where the digest's unsubscribe link leads, without signing in. Opening it changes nothing (mail
 * scanners open links); the button posts the signed token to /api/grant-calls/unsubscribe, which
 * brings the reader back here with `done=1`. A spent link says so; a forged one is refused.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = await searchParams;
  const token = firstValue(params.token);
  const [state, t] = await Promise.all([unsubscribeLinkState(token), getTranslations("grantCalls.unsubscribe")]);
  const justDone = state === "ended" && firstValue(params.done) === "1";

  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("title")} />
      {state === "active" && (
        <form method="post" action="/api/grant-calls/unsubscribe" className="space-y-4">
          <p>{t("active")}</p>
          <input type="hidden" name="token" value={String(token)} />
          <Button type="submit">{t("button")}</Button>
        </form>
      )}
      {justDone && <Alert variant="success">{t("done")}</Alert>}
      {state === "ended" && !justDone && <Alert variant="info">{t("ended")}</Alert>}
      {state === "invalid" && <Alert variant="error">{t("invalid")}</Alert>}
      {state !== "active" && (
        <LinkButton href="/dashboard/grant-calls/digest" variant="outline">
          {t("settings")}
        </LinkButton>
      )}
    </div>
  );
}
