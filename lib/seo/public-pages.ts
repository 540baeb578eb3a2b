import "server-only";
import { listPublicCenters } from "@/lib/centers/public-queries";
import { db } from "@/lib/db/client";
import { listPublicEventSlugs } from "@/lib/events/queries";
import { listPublicGrantCallPages } from "@/lib/grant-calls/public-queries";
import { isShownPath } from "@/lib/institution/public-sections";
import { getShownPublicSections } from "@/lib/institution/queries";
import { listPublicNewsPages } from "@/lib/news/public-queries";
import { scopeWhere } from "@/lib/permissions";
import { listPublicProjects } from "@/lib/projects/queries";

/** A page every visitor may open, by its path (without a language). */
export interface PublicPage {
  path: string;
  lastModified?: Date;
}

/** The list pages of the public site. */
const LIST_PAGES = ["/", "/partners", "/centers", "/opportunities", "/projects", "/events", "/grant-calls", "/news"];

/** More than any office publishes; keeps one sitemap file under its 50,000 addresses (× 3 languages). */
const MOST_PER_KIND = 12_000;

/**
 * Every public page, for the sitemap. Centers and projects come through their public queries.
 * Partners and calls are read here, by slug or id and date only, under the same visitor scope as
 * their public pages (`scopeWhere(null, …)`): the directory's and catalogue's queries read a page of
 * cards, and the catalogue leaves out calls past their deadline, whose page still answers.
 */
export async function listPublicPages(): Promise<PublicPage[]> {
  const [partners, centers, opportunities, projects, grantCalls, news, events, shown] = await Promise.all([
    db.partner.findMany({
      where: scopeWhere(null, "partner:read"),
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
      take: MOST_PER_KIND,
    }),
    listPublicCenters({ page: 1 }, MOST_PER_KIND),
    db.opportunity.findMany({
      where: scopeWhere(null, "opportunity:read"),
      select: { id: true, updatedAt: true },
      orderBy: { closesAt: "desc" },
      take: MOST_PER_KIND,
    }),
    listPublicProjects(),
    listPublicGrantCallPages(MOST_PER_KIND),
    listPublicNewsPages(MOST_PER_KIND),
    listPublicEventSlugs(),
    getShownPublicSections(),
  ]);

  const pages: PublicPage[] = [
    ...LIST_PAGES.map((path) => ({ path })),
    ...partners.map((partner) => ({ path: `/partners/${encodeURIComponent(partner.slug)}`, lastModified: partner.updatedAt })),
    ...centers.rows.map((center) => ({ path: `/centers/${encodeURIComponent(center.slug)}`, lastModified: new Date(center.updatedAt) })),
    ...opportunities.map((call) => ({ path: `/opportunities/${call.id}`, lastModified: call.updatedAt })),
    ...projects.map((project) => ({ path: `/projects/${encodeURIComponent(project.slug)}` })),
    ...grantCalls.map((call) => ({ path: `/grant-calls/${call.id}`, lastModified: call.updatedAt })),
    ...news.map((item) => ({ path: `/news/${encodeURIComponent(item.slug)}`, lastModified: item.updatedAt })),
    ...events.slice(0, MOST_PER_KIND).map((event) => ({ path: `/events/${encodeURIComponent(event.slug)}`, lastModified: event.updatedAt })),
  ];
  // The sections the office hides (admin settings) answer 404, so they are not offered to search engines.
  return pages.filter((page) => isShownPath(page.path, shown));
}
