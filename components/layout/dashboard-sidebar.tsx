import { getTranslations } from "@/i18n/server";
import type { SessionUser } from "@/lib/auth/current-user";
import { NavLink } from "./nav-link";
import { inGroups, navItemsFor, type NavGroup } from "./nav-items";

const SIDEBAR_GROUPS: readonly NavGroup[] = ["personal", "staff", "admin"];

/** The staff area's section list (wide screens; on phones the header menu lists the same links). */
export async function DashboardSidebar({ role }: { role: SessionUser["role"] }) {
  const t = await getTranslations("common");
  const items = navItemsFor(role);
  const groups = SIDEBAR_GROUPS.map((group) => ({ group, items: inGroups(items, [group]) })).filter(
    (entry) => entry.items.length > 0,
  );

  return (
    <nav aria-label={t("nav.staffLabel")} className="space-y-6">
      {groups.map(({ group, items: groupItems }) => (
        <div key={group}>
          <p id={`sidebar-${group}`} className="mb-2 px-3 text-xs font-semibold tracking-wide text-muted-foreground uppercase">
            {t(`nav.groups.${group}`)}
          </p>
          <ul aria-labelledby={`sidebar-${group}`} className="space-y-1">
            {groupItems.map((entry) => (
              <li key={entry.href}>
                <NavLink
                  href={entry.href}
                  className="flex min-h-10 items-center rounded-md px-3 text-sm font-medium text-muted-foreground hover:bg-muted hover:text-foreground"
                  activeClassName="bg-muted text-foreground font-semibold"
                >
                  {t(entry.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
