import "server-only";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AppError } from "@/lib/errors/app-error";
import type { PublicSection } from "./public-sections";
import { getShownPublicSections } from "./queries";

/**
 * A section the office hides (admin settings) is gone for visitors: its pages and feeds answer 404.
 * The question costs no query (the institution row is cached, lib/institution/queries.ts). Staff
 * pages never ask. Pages reached from personal e-mail links (an event registration's status, the
 * grant-call digest's unsubscribe) keep working whatever is shown, so the events' and grant calls'
 * pages call the guard themselves instead of from their folder's layout.
 */

export async function isPublicSectionShown(section: PublicSection): Promise<boolean> {
  return (await getShownPublicSections()).includes(section);
}

/** For a section's pages: 404 inside the public shell while the section is hidden. */
export async function requirePublicSection(section: PublicSection): Promise<void> {
  if (!(await isPublicSectionShown(section))) notFound();
}

/** For a section's feeds (JSON, iCalendar, Atom): a NOT_FOUND the route handler answers with 404. */
export async function requirePublicSectionFeed(section: PublicSection): Promise<void> {
  if (!(await isPublicSectionShown(section))) throw new AppError("NOT_FOUND");
}

/**
 * The layout of a section folder whose every page belongs to the section:
 * `export default publicSectionLayout("centers");` in app/(public)/centers/layout.tsx.
 */
export function publicSectionLayout(section: PublicSection) {
  return async function PublicSectionLayout({ children }: { children: ReactNode }): Promise<ReactNode> {
    await requirePublicSection(section);
    return children;
  };
}
