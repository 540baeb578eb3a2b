import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import type { SessionUser } from "@/lib/auth/current-user";
import { Localized } from "@/components/content/localized";
import { getInstitution } from "@/lib/institution/queries";
import { LanguageSwitch } from "./language-switch";
import { MobileNav } from "./mobile-nav";
import { NavLink } from "./nav-link";
import { inGroups, navItemsFor, withShownSections, type NavGroup } from "./nav-items";
import { UserMenu } from "./user-menu";

/** Links that live outside the dashboard and must be reachable from every page header. */
const HEADER_GROUPS: readonly NavGroup[] = ["public", "personal"];
const GROUP_ORDER: readonly NavGroup[] = ["public", "personal", "staff", "admin"];

export async function SiteHeader({ user }: { user: SessionUser | null }) {
  const [institution, locale, t] = await Promise.all([getInstitution(), getLocale(), getTranslations("common")]);
  const items = withShownSections(navItemsFor(user?.role ?? null), institution.publicSections);
  const headerItems = inGroups(items, HEADER_GROUPS);

  const mobileGroups = GROUP_ORDER.map((group) => ({
    id: group,
    label: t(`nav.groups.${group}`),
    items: inGroups(items, [group]).map((entry) => ({ href: entry.href, label: t(entry.labelKey) })),
  })).filter((group) => group.items.length > 0);

  return (
    <header className="border-b border-border bg-surface">
      <div className="border-b border-border bg-muted">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-2 px-4 py-1 sm:px-6">
          <p className="hidden text-sm text-muted-foreground md:block">{t("officeName")}</p>
          <div className="ml-auto flex flex-wrap items-center justify-end gap-x-1">
            <LanguageSwitch current={locale} label={t("language.label")} />
            <span aria-hidden="true" className="h-5 w-px bg-border" />
            {user ? (
              <UserMenu
                name={user.name}
                email={user.email}
                roleLabel={t(`roles.${user.role}`)}
                triggerLabel={t("auth.accountMenu", { name: user.name })}
                links={inGroups(items, ["personal"]).map((entry) => ({ href: entry.href, label: t(entry.labelKey) }))}
                signOut={{ href: "/sign-out", label: t("auth.signOut") }}
              />
            ) : (
              <Link href="/sign-in" className="inline-flex h-9 items-center rounded-md px-2 text-sm font-medium text-link hover:bg-secondary">
                {t("auth.signIn")}
              </Link>
            )}
          </div>
        </div>
      </div>

      <div className="relative mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="flex min-w-0 items-center gap-3 rounded-md font-semibold">
          {institution.logoPath && (
            // A plain img: the logo is small, may be an SVG or an upload, and needs no optimisation pipeline.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={institution.logoPath} alt="" width={40} height={40} className="size-10 shrink-0 object-contain" />
          )}
          <Localized value={institution.texts.shortName} locale={institution.locale} className="truncate text-lg sm:hidden" />
          <Localized value={institution.texts.name} locale={institution.locale} className="hidden truncate text-lg sm:inline" />
        </Link>

        <nav aria-label={t("nav.mainLabel")} className="hidden lg:block">
          <ul className="flex items-center gap-1">
            {headerItems.map((entry) => (
              <li key={entry.href}>
                <NavLink
                  href={entry.href}
                  className="inline-flex h-10 items-center rounded-md px-3 text-sm font-medium text-muted-foreground hover:bg-muted hover:text-foreground"
                  activeClassName="text-foreground underline decoration-2 underline-offset-8"
                >
                  {t(entry.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>

        <MobileNav groups={mobileGroups} navLabel={t("nav.mainLabel")} buttonLabel={t("nav.menu")} />
      </div>
    </header>
  );
}
