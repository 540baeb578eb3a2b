import { feedPreflight, publicFeedHandler } from "@/lib/import-export/public-feed";
import { countryName } from "@/lib/partners/country-names";
import { listPublicPartnerFeed } from "@/lib/partners/public-queries";
import { publicPartnerFilterSchema } from "@/lib/partners/schemas";

export const dynamic = "force-dynamic";

/**
 * Public, read-only JSON feed of the partner directory for embedding in other sites: the same
 * public partners and filters as /partners (q, country, region, kind, area), paged with page and
 * pageSize (at most 100). Only public fields; CORS open to any origin; cacheable for five minutes.
 */
export const GET = publicFeedHandler("public.partners", {
  parseFilter: (params) => publicPartnerFilterSchema.parse(params),
  loadPage: (filter, pageSize) => listPublicPartnerFeed(filter, pageSize),
  toItem: (partner, base) => ({
    slug: partner.slug,
    name: partner.name,
    kind: partner.kind,
    country: { code: partner.countryCode, name: countryName(partner.countryCode, "en") },
    city: partner.city,
    website: partner.website,
    areas: partner.areas,
    description: partner.description,
    url: `${base}/partners/${partner.slug}`,
  }),
});

export function OPTIONS(): Response {
  return feedPreflight();
}
