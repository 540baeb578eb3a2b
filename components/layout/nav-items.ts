import type { SessionUser } from "@/lib/auth/current-user";
import { isShownPath, type PublicSection } from "@/lib/institution/public-sections";

type Role = SessionUser["role"];

/**
 * Where a link belongs: `public` and `personal` items go in the site header, `staff` and `admin`
 * items in the dashboard sidebar; the mobile menu shows every group.
 */
export type NavGroup = "public" | "personal" | "staff" | "admin";

export type NavItemId =
  | "home"
  | "partners"
  | "centers"
  | "projects"
  | "events"
  | "news"
  | "opportunities"
  | "grantCalls"
  | "myApplications"
  | "account"
  | "dashboard"
  | "managePartners"
  | "agreements"
  | "manageOpportunities"
  | "manageGrantCalls"
  | "manageProjects"
  | "programs"
  | "applications"
  | "mobility"
  | "internationalStudents"
  | "strategy"
  | "reports"
  | "visits"
  | "calendar"
  | "manageEvents"
  | "manageCenters"
  | "manageNews"
  | "users"
  | "units"
  | "auditLog"
  | "settings"
  | "letterTemplates"
  | "emails";

export interface NavItem {
  id: NavItemId;
  /** Key in the `common` namespace, e.g. `nav.partners`. */
  labelKey: `nav.${NavItemId}`;
  href: string;
  group: NavGroup;
}

function item(id: NavItemId, href: string, group: NavGroup): NavItem {
  return { id, labelKey: `nav.${id}`, href, group };
}

const publicItems: NavItem[] = [
  item("home", "/", "public"),
  item("partners", "/partners", "public"),
  item("centers", "/centers", "public"),
  item("projects", "/projects", "public"),
  item("events", "/events", "public"),
  item("news", "/news", "public"),
  item("opportunities", "/opportunities", "public"),
  item("grantCalls", "/grant-calls", "public"),
];

const studentItems: NavItem[] = [item("myApplications", "/my/applications", "personal")];

/** Every signed-in person's own account page (profile, password). */
const accountItems: NavItem[] = [item("account", "/dashboard/account", "personal")];

const staffItems: NavItem[] = [
  item("dashboard", "/dashboard", "personal"),
  item("managePartners", "/dashboard/partners", "staff"),
  item("agreements", "/dashboard/agreements", "staff"),
  item("manageOpportunities", "/dashboard/opportunities", "staff"),
  item("manageGrantCalls", "/dashboard/grant-calls", "staff"),
  item("manageProjects", "/dashboard/projects", "staff"),
  item("programs", "/dashboard/programs", "staff"),
  item("applications", "/dashboard/applications", "staff"),
  item("mobility", "/dashboard/mobility", "staff"),
  item("internationalStudents", "/dashboard/international-students", "staff"),
  item("visits", "/dashboard/visits", "staff"),
  item("calendar", "/dashboard/visits/calendar", "staff"),
  item("manageEvents", "/dashboard/events", "staff"),
  item("manageCenters", "/dashboard/centers", "staff"),
  item("manageNews", "/dashboard/news", "staff"),
  item("strategy", "/dashboard/strategy", "staff"),
];

/** The office's own sections (officers and admins): activity reports are made from every unit's records. */
const officeItems: NavItem[] = [item("reports", "/dashboard/reports", "staff")];

const adminItems: NavItem[] = [
  item("users", "/dashboard/admin/users", "admin"),
  item("units", "/dashboard/admin/units", "admin"),
  item("auditLog", "/dashboard/admin/audit", "admin"),
  item("settings", "/dashboard/admin/settings", "admin"),
  item("letterTemplates", "/dashboard/admin/letter-templates", "admin"),
  item("emails", "/dashboard/admin/emails", "admin"),
];

/**
 * The links a role is offered. This is navigation only: every page and action still checks the
 * user's permissions on the server.
 */
export function navItemsFor(role: Role | null): NavItem[] {
  switch (role) {
    case null:
      return [...publicItems];
    case "STUDENT":
      return [...publicItems, ...studentItems, ...accountItems];
    case "COORDINATOR":
      return [...publicItems, ...staffItems, ...accountItems];
    case "OFFICER":
      return [...publicItems, ...staffItems, ...officeItems, ...accountItems];
    case "ADMIN":
      return [...publicItems, ...staffItems, ...officeItems, ...accountItems, ...adminItems];
  }
}

/** Leaves out the public links of the sections the office hides (admin settings); every other link stays. */
export function withShownSections(items: readonly NavItem[], shown: readonly PublicSection[]): NavItem[] {
  return items.filter((entry) => entry.group !== "public" || isShownPath(entry.href, shown));
}

export function inGroups(items: readonly NavItem[], groups: readonly NavGroup[]): NavItem[] {
  return items.filter((entry) => groups.includes(entry.group));
}

/**
 * Pages whose address sits under one section but whose work belongs to another. An opportunity's
 * review queue (and each application in it) is reached from "Applications" and leads back there,
 * so the menu marks "Applications", not "Opportunities".
 */
const SECTION_OVERRIDES: readonly (readonly [pattern: RegExp, section: string])[] = [
  [/^\/dashboard\/opportunities\/[^/]+\/applications(?:\/|$)/, "/dashboard/applications"],
];

/** The section path a page counts as being in, for marking the current menu item. */
export function sectionPathOf(pathname: string): string {
  return SECTION_OVERRIDES.find(([pattern]) => pattern.test(pathname))?.[1] ?? pathname;
}

/** Menu items whose address sits under another item's: on their pages only they are current. */
const NESTED_SECTIONS: readonly string[] = ["/dashboard/visits/calendar"];

/** Whether a link is the current page or one of its ancestors (`/dashboard` is not an ancestor of everything). */
export function isActiveHref(href: string, pathname: string): boolean {
  if (href === "/" || href === "/dashboard") return pathname === href;
  const path = sectionPathOf(pathname);
  const inside = (section: string) => path === section || path.startsWith(`${section}/`);
  if (!inside(href)) return false;
  return !NESTED_SECTIONS.some((nested) => nested.startsWith(`${href}/`) && inside(nested));
}
