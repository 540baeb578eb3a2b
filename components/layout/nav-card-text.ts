import type { Actor, Permission } from "@/lib/permissions";
import { can } from "@/lib/permissions";
import type { NavItemId } from "./nav-items";

/**
 * A section card on the dashboard says what the person may do there. Sections that also exist in a
 * narrower form (a coordinator sees their unit's agreements, calls, applications and mobility, and
 * cannot publish calls) have a second text, `cards.ownUnit.<id>`, used unless the person holds the
 * permission below for every record.
 */
export const FULL_TEXT_NEEDS = {
  agreements: "agreement:read",
  manageOpportunities: "opportunity:publish",
  applications: "application:decide",
  mobility: "mobility:read",
} as const satisfies Partial<Record<NavItemId, Permission>>;

type NarrowedSection = keyof typeof FULL_TEXT_NEEDS;

const isNarrowed = (id: NavItemId): id is NarrowedSection => Object.hasOwn(FULL_TEXT_NEEDS, id);

/** The key, in the `dashboard` namespace, of a section card's text for this person. */
export function navCardTextKey(actor: Actor, id: NavItemId): `cards.${NavItemId}` | `cards.ownUnit.${NarrowedSection}` {
  return isNarrowed(id) && !can(actor, FULL_TEXT_NEEDS[id]) ? `cards.ownUnit.${id}` : `cards.${id}`;
}
