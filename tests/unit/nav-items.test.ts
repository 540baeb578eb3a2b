import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inGroups, isActiveHref, navItemsFor } from "@/components/layout/nav-items";

type Role = Parameters<typeof navItemsFor>[0];

const hrefs = (role: Role) => navItemsFor(role).map((item) => item.href);

const PUBLIC = ["/", "/partners", "/centers", "/projects", "/events", "/news", "/opportunities", "/grant-calls"];
const STAFF = [
  "/dashboard",
  "/dashboard/partners",
  "/dashboard/agreements",
  "/dashboard/opportunities",
  "/dashboard/grant-calls",
  "/dashboard/projects",
  "/dashboard/programs",
  "/dashboard/applications",
  "/dashboard/mobility",
  "/dashboard/international-students",
  "/dashboard/visits",
  "/dashboard/visits/calendar",
  "/dashboard/events",
  "/dashboard/centers",
  "/dashboard/news",
  "/dashboard/strategy",
];
/** Officers and admins only: reports are made from every unit's records. */
const OFFICE = ["/dashboard/reports"];
const ADMIN = ["/dashboard/admin/users", "/dashboard/admin/units", "/dashboard/admin/audit", "/dashboard/admin/settings", "/dashboard/admin/letter-templates", "/dashboard/admin/emails"];

const ALL_ROLES: Role[] = [null, "STUDENT", "COORDINATOR", "OFFICER", "ADMIN"];

describe("navItemsFor", () => {
  it("offers a visitor the public sections only", () => {
    expect(hrefs(null)).toEqual(PUBLIC);
  });

  it("adds a student's own applications, but no staff area", () => {
    expect(hrefs("STUDENT")).toEqual([...PUBLIC, "/my/applications", "/dashboard/account"]);
  });

  it("gives a coordinator the dashboard and staff sections, not the office's reports nor administration", () => {
    expect(hrefs("COORDINATOR")).toEqual([...PUBLIC, ...STAFF, "/dashboard/account"]);
  });

  it("gives an officer the staff sections and the reports, not administration", () => {
    expect(hrefs("OFFICER")).toEqual([...PUBLIC, ...STAFF, ...OFFICE, "/dashboard/account"]);
  });

  it("gives an admin everything staff have plus users, units and the audit log", () => {
    expect(hrefs("ADMIN")).toEqual([...PUBLIC, ...STAFF, ...OFFICE, "/dashboard/account", ...ADMIN]);
  });

  it("never offers a student's or a visitor's menu a staff link", () => {
    for (const role of [null, "STUDENT"] as const) {
      expect(hrefs(role).filter((href) => href.startsWith("/dashboard") && href !== "/dashboard/account")).toEqual([]);
    }
  });

  it.each(ALL_ROLES)("has unique ids and hrefs for %s", (role) => {
    const items = navItemsFor(role);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(new Set(items.map((item) => item.href)).size).toBe(items.length);
  });

  it("puts staff sections in the staff/admin groups, which the header leaves to the dashboard sidebar", () => {
    const admin = navItemsFor("ADMIN");
    expect(inGroups(admin, ["public", "personal"]).map((item) => item.href)).toEqual([...PUBLIC, "/dashboard", "/dashboard/account"]);
    expect(inGroups(admin, ["staff", "admin"]).map((item) => item.href)).toEqual([...STAFF.slice(1), ...OFFICE, ...ADMIN]);
  });

  it("returns a fresh list, so a caller cannot change another request's menu", () => {
    navItemsFor(null).push({ id: "users", labelKey: "nav.users", href: "/x", group: "admin" });
    expect(hrefs(null)).toEqual(PUBLIC);
  });

  it("names every item with a key that exists in the English catalogue", () => {
    const common = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages/en/common.json"), "utf8")) as {
      nav: Record<string, unknown>;
    };
    const missing = navItemsFor("ADMIN")
      .concat(navItemsFor("STUDENT"))
      .filter((item) => typeof common.nav[item.labelKey.replace(/^nav\./, "")] !== "string")
      .map((item) => item.labelKey);
    expect(missing).toEqual([]);
  });
});

describe("isActiveHref", () => {
  it("matches home and the dashboard overview only exactly", () => {
    expect(isActiveHref("/", "/")).toBe(true);
    expect(isActiveHref("/", "/partners")).toBe(false);
    expect(isActiveHref("/dashboard", "/dashboard")).toBe(true);
    expect(isActiveHref("/dashboard", "/dashboard/partners")).toBe(false);
  });

  it("marks a section active on its sub-pages but not on look-alike paths", () => {
    expect(isActiveHref("/partners", "/partners/123")).toBe(true);
    expect(isActiveHref("/dashboard/partners", "/dashboard/partners/new")).toBe(true);
    expect(isActiveHref("/partners", "/partnership")).toBe(false);
  });

  it("marks only the calendar on its pages, though its address sits under visits", () => {
    expect(isActiveHref("/dashboard/visits/calendar", "/dashboard/visits/calendar")).toBe(true);
    expect(isActiveHref("/dashboard/visits", "/dashboard/visits/calendar")).toBe(false);
    expect(isActiveHref("/dashboard/visits", "/dashboard/visits/123")).toBe(true);
  });
});
