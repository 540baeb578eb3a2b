import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getNow } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { navCardTextKey } from "@/components/layout/nav-card-text";
import { inGroups, navItemsFor, type NavItemId } from "@/components/layout/nav-items";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getOwnUnit } from "@/lib/institution/staff-unit";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("metaTitle") };
}

/** Sections a student starts from: the public calls and their own applications. */
const STUDENT_CARDS: readonly NavItemId[] = ["opportunities", "myApplications"];

/**
 * A modest landing page: who you are (your role and, for unit staff, your unit), and the sections
 * your role works in, each described by what you may do there.
 */
export default async function DashboardPage() {
  // The layout already sent visitors to sign-in; this guards the page if it is ever rendered alone.
  const user = await getCurrentUser();
  if (!user) return null;

  const [t, tCommon, format, now, unit] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("common"),
    getFormatter(),
    getNow(),
    getOwnUnit(user),
  ]);
  const role = tCommon(`roles.${user.role}`);
  const items = navItemsFor(user.role);
  const cards =
    user.role === "STUDENT"
      ? items.filter((entry) => STUDENT_CARDS.includes(entry.id))
      : inGroups(items, ["staff", "admin"]);

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("greeting", { name: user.name })}
        description={
          // Plain text rather than a badge: a long role and unit name wraps on a phone.
          <>
            <span className="block font-medium text-foreground">{unit ? t("roleInUnit", { role, unit: unit.name, code: unit.code }) : t("role", { role })}</span>
            <span className="block">{t("today", { date: format.dateTime(now, { dateStyle: "full" }) })}</span>
          </>
        }
      />
      <section aria-labelledby="dashboard-sections" className="space-y-4">
        <h2 id="dashboard-sections" className="text-xl font-semibold">
          {t("sectionsHeading")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {cards.map((entry) => (
            <li key={entry.href}>
              <Card className="h-full hover:border-primary">
                <CardHeader className="pb-5">
                  <CardTitle as="h3">
                    <Link href={entry.href} className="text-link underline-offset-4 hover:underline">
                      {tCommon(entry.labelKey)}
                    </Link>
                  </CardTitle>
                  <CardDescription>{t(navCardTextKey(user, entry.id))}</CardDescription>
                </CardHeader>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
