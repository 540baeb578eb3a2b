import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { DashboardSidebar } from "@/components/layout/dashboard-sidebar";
import { SiteHeader } from "@/components/layout/site-header";
import { MAIN_CONTENT_ID } from "@/components/layout/skip-link";
import { Toaster } from "@/components/ui/toaster";
import { getTranslations } from "@/i18n/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { NOINDEX } from "@/lib/seo/page-metadata";

/** Staff pages stay out of search engines (proxy.ts also sends `X-Robots-Tag: noindex`). */
export const metadata: Metadata = { robots: NOINDEX };

/**
 * Where to come back to after signing in. Layouts are not told the pathname, so this reads the
 * `x-pathname` request header when proxy.ts provides it, and otherwise returns to the dashboard.
 * Only same-site paths are accepted, so the header cannot turn sign-in into an open redirect.
 */
async function callbackPath(): Promise<string> {
  const pathname = (await headers()).get("x-pathname");
  return pathname && pathname.startsWith("/dashboard") && !pathname.startsWith("//") ? pathname : "/dashboard";
}

/**
 * The staff shell. Sending visitors to sign-in here is convenience only: each page, query and
 * action checks the user's permissions itself.
 */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) {
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(await callbackPath())}`);
  }

  const t = await getTranslations("common");
  return (
    <>
      <SiteHeader user={user} />
      <div className="mx-auto flex w-full max-w-7xl flex-1 gap-8 px-4 py-8 sm:px-6">
        <aside className="hidden w-60 shrink-0 lg:block">
          <DashboardSidebar role={user.role} />
        </aside>
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className="min-w-0 flex-1">
          {children}
        </main>
      </div>
      <Toaster regionLabel={t("toast.regionLabel")} closeLabel={t("toast.close")} />
    </>
  );
}
