import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { navCardTextKey } from "@/components/layout/nav-card-text";
import { inGroups, navItemsFor, type NavItemId } from "@/components/layout/nav-items";
import type { SessionUser } from "@/lib/auth/current-user";

/** Sections a student starts from: the public calls and their own applications. */
const STUDENT_CARDS: readonly NavItemId[] = ["opportunities", "myApplications"];

/**
 * The sections the person works in, each with what they may do there: the way in on a phone,
 * where the sidebar is folded into the menu, and a map of the staff area for newcomers.
 */
export async function SectionLinks({ user }: { user: SessionUser }) {
  const [t, tCommon] = await Promise.all([getTranslations("dashboard"), getTranslations("common")]);
  const items = navItemsFor(user.role);
  const cards = user.role === "STUDENT" ? items.filter((entry) => STUDENT_CARDS.includes(entry.id)) : inGroups(items, ["staff", "admin"]);
  return (
    <section aria-labelledby="dashboard-sections" className="space-y-4">
      <h2 id="dashboard-sections" className="text-xl font-semibold">
        {t("sectionsHeading")}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {cards.map((entry) => (
          <li key={entry.href} className="rounded-lg border border-border bg-surface p-4 hover:border-primary">
            <Link href={entry.href} className="font-semibold text-link underline-offset-4 hover:underline">
              {tCommon(entry.labelKey)}
            </Link>
            {/* A section added before its card text (tests/unit/nav-sections.test.ts asks for one) still shows its link. */}
            {t.has(navCardTextKey(user, entry.id)) && <p className="mt-1 text-sm text-muted-foreground">{t(navCardTextKey(user, entry.id))}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
