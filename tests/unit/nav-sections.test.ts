import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/config";
import { FULL_TEXT_NEEDS, navCardTextKey } from "@/components/layout/nav-card-text";
import { inGroups, isActiveHref, navItemsFor, sectionPathOf } from "@/components/layout/nav-items";

type Role = "COORDINATOR" | "OFFICER" | "ADMIN";
const actor = (role: Role) => ({ id: "00000000-0000-0000-0000-000000000001", role, unitId: "00000000-0000-0000-0000-000000000002" });

function dashboardCatalogue(locale: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages", locale, "dashboard.json"), "utf8"));
}

const lookup = (tree: Record<string, unknown>, dotted: string) =>
  dotted.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe("the menu marks the section a page belongs to", () => {
  const queue = "/dashboard/opportunities/7c1e1f1e-1c1a-4b8e-9c4e-0d6f1a2b3c4d/applications";

  it("marks Applications, not Opportunities, on a review queue and on an application in it", () => {
    for (const page of [queue, `${queue}/0b8e4c3a-2f1d-4e5c-8a7b-6c5d4e3f2a1b`]) {
      expect(sectionPathOf(page)).toBe("/dashboard/applications");
      expect(isActiveHref("/dashboard/applications", page)).toBe(true);
      expect(isActiveHref("/dashboard/opportunities", page)).toBe(false);
    }
  });

  it("keeps Opportunities for the opportunity's own pages", () => {
    for (const page of ["/dashboard/opportunities/7c1e1f1e-1c1a-4b8e-9c4e-0d6f1a2b3c4d", "/dashboard/opportunities/new", "/dashboard/opportunities/x/applicationsx"]) {
      expect(isActiveHref("/dashboard/opportunities", page)).toBe(true);
      expect(isActiveHref("/dashboard/applications", page)).toBe(false);
    }
  });
});

describe("dashboard cards say what the person may do", () => {
  it("does not promise a coordinator to publish and close calls, nor the whole office's records", () => {
    expect(navCardTextKey(actor("COORDINATOR"), "manageOpportunities")).toBe("cards.ownUnit.manageOpportunities");
    expect(navCardTextKey(actor("COORDINATOR"), "agreements")).toBe("cards.ownUnit.agreements");
    expect(navCardTextKey(actor("COORDINATOR"), "mobility")).toBe("cards.ownUnit.mobility");
    expect(navCardTextKey(actor("COORDINATOR"), "applications")).toBe("cards.ownUnit.applications");
    expect(navCardTextKey(actor("COORDINATOR"), "managePartners")).toBe("cards.managePartners");
  });

  it("keeps the full texts for the office", () => {
    for (const role of ["OFFICER", "ADMIN"] as const) {
      for (const id of Object.keys(FULL_TEXT_NEEDS) as (keyof typeof FULL_TEXT_NEEDS)[]) {
        expect(navCardTextKey(actor(role), id)).toBe(`cards.${id}`);
      }
    }
  });

  it.each(locales)("has every card text a staff member can be shown (%s)", (locale) => {
    const catalogue = dashboardCatalogue(locale);
    for (const role of ["COORDINATOR", "OFFICER", "ADMIN"] as const) {
      for (const item of inGroups(navItemsFor(role), ["staff", "admin"])) {
        const key = navCardTextKey(actor(role), item.id);
        expect(typeof lookup(catalogue, key), `${locale}: ${key}`).toBe("string");
      }
    }
  });

  it("words the coordinator's calls card without publishing (English)", () => {
    const text = lookup(dashboardCatalogue("en"), navCardTextKey(actor("COORDINATOR"), "manageOpportunities")) as string;
    expect(text).not.toMatch(/^(Prepare|Publish)|publish and close/i);
  });
});
