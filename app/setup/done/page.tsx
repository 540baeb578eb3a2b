import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/link-button";
import { isSetupNeeded } from "@/lib/setup/state";

// Rendered per request, never at build time: whether the portal is set up is in the database.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("setup");
  return { title: t("done.title") };
}

/**
 * Where the setup sends the newcomer once it has succeeded. A page of its own because the setup page
 * answers 404 as soon as an admin exists, which it would do to the very response of a successful setup.
 */
export default async function SetupDonePage() {
  if (await isSetupNeeded()) notFound();
  const t = await getTranslations("setup");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("done.title")}</h1>
      <Alert variant="success">{t("done.body")}</Alert>
      <LinkButton href="/sign-in">{t("done.signIn")}</LinkButton>
    </div>
  );
}
