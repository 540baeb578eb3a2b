import type { ReactNode } from "react";
import { Toaster } from "@/components/ui/toaster";
import { getTranslations } from "@/i18n/server";

/**
 * A student's own area (applications): the only public-site pages that confirm actions with toasts.
 * The toaster lives here and in the staff layout rather than in the root layout, so the directory,
 * catalogue and other visitor pages do not load its script.
 */
export default async function MyAreaLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <>
      {children}
      <Toaster regionLabel={t("toast.regionLabel")} closeLabel={t("toast.close")} />
    </>
  );
}
