/**
 * The sections of the public site and which of them an office shows (`Institution.publicSections`,
 * chosen on /dashboard/admin/settings). A hidden section leaves the navigation, the footer, the home
 * page and the sitemap, and its public pages and feeds answer 404 (public-section-guard.ts); staff
 * pages are unaffected. No imports: the navigation's client links load this file, so the settings
 * form's schema lives in settings-schemas.ts.
 */

/** In the order the site lists them; each is also the first segment of its pages' addresses. */
export const PUBLIC_SECTIONS = ["partners", "centers", "projects", "events", "news", "opportunities", "grant-calls"] as const;

export type PublicSection = (typeof PUBLIC_SECTIONS)[number];

export function isPublicSection(value: unknown): value is PublicSection {
  return typeof value === "string" && (PUBLIC_SECTIONS as readonly string[]).includes(value);
}

/**
 * The sections shown, as stored: an empty column (nothing chosen yet) shows every section, and a
 * name no longer known is ignored.
 */
export function shownPublicSections(stored: readonly string[]): PublicSection[] {
  const chosen = PUBLIC_SECTIONS.filter((section) => stored.includes(section));
  return chosen.length > 0 ? chosen : [...PUBLIC_SECTIONS];
}

/**
 * What the column stores for a choice: every section ticked is stored as none, so a section the
 * portal adds later is shown too rather than hidden by a choice made before it existed.
 */
export function storedPublicSections(chosen: readonly PublicSection[]): PublicSection[] {
  const shown = PUBLIC_SECTIONS.filter((section) => chosen.includes(section));
  return shown.length === PUBLIC_SECTIONS.length ? [] : shown;
}

/** The section a public address belongs to ("/centers/ict-center" → "centers"); null outside every section (home, /my). */
export function sectionOfPath(path: string): PublicSection | null {
  const first = path.split(/[/?#]/)[1];
  return isPublicSection(first) ? first : null;
}

/** Whether a public address may be linked to: it is in a shown section or in none. */
export function isShownPath(path: string, shown: readonly PublicSection[]): boolean {
  const section = sectionOfPath(path);
  return section === null || shown.includes(section);
}
