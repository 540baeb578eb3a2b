import { feedPreflight, publicFeedHandler } from "@/lib/import-export/public-feed";
import { listPublicOpportunities } from "@/lib/opportunities/catalogue";
import { parseCatalogueFilter } from "@/lib/opportunities/catalogue-filter";
import { countryName } from "@/lib/partners/country-names";

export const dynamic = "force-dynamic";

/**
 * Public, read-only JSON feed of the catalogue, with the same filters as /opportunities
 * (`?country=EE&level=MASTER&q=tartu&page=2&pageSize=50`, pageSize at most 100). Only published
 * calls and their public fields; a host partner only while its profile is public. CORS open to any
 * origin; cacheable for five minutes.
 */
export const GET = publicFeedHandler("public.opportunities.list", {
  parseFilter: (params) => parseCatalogueFilter(params),
  loadPage: async (filter, pageSize) => {
    const result = await listPublicOpportunities(filter, { pageSize });
    return { rows: result.items, total: result.total, page: result.page };
  },
  toItem: ({ programCode, programName, partner, ...opportunity }, base) => ({
    id: opportunity.id,
    title: opportunity.title,
    program: { code: programCode, name: programName },
    partner: partner && {
      slug: partner.slug,
      name: partner.name,
      country: { code: partner.countryCode, name: countryName(partner.countryCode, "en") },
      city: partner.city,
      url: `${base}/partners/${partner.slug}`,
    },
    direction: opportunity.direction,
    audience: opportunity.audience,
    subjectAreas: opportunity.subjectAreas,
    places: opportunity.places,
    academicYear: opportunity.academicYear,
    academicPeriod: opportunity.academicPeriod,
    durationMonths: opportunity.durationMonths,
    language: opportunity.language,
    languageLevel: opportunity.languageLevel,
    opensAt: opportunity.opensAt,
    closesAt: opportunity.closesAt,
    url: `${base}/opportunities/${opportunity.id}`,
  }),
});

export function OPTIONS(): Response {
  return feedPreflight();
}
