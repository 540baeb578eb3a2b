import { getTranslations } from "@/i18n/server";
import { LinkButton } from "@/components/ui/link-button";

/** The 404 message itself, shown inside whatever chrome the surrounding layout provides. */
export async function NotFoundMessage() {
  const t = await getTranslations("errors.notFound");
  return (
    <div className="mx-auto max-w-2xl space-y-4 py-8 text-center">
      <p className="text-sm font-semibold text-muted-foreground">404</p>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("title")}</h1>
      <p className="text-lg text-muted-foreground">{t("description")}</p>
      <div className="pt-4">
        <LinkButton href="/">{t("home")}</LinkButton>
      </div>
    </div>
  );
}
