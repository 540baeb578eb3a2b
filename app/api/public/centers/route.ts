import { listPublicCenters } from "@/lib/centers/public-queries";
import { centerFilterSchema } from "@/lib/centers/schemas";
import { feedPreflight, publicFeedHandler } from "@/lib/import-export/public-feed";

export const dynamic = "force-dynamic";

/**
 * Public, read-only JSON feed of the published centers (q to search, page and pageSize up to 100).
 * Only public fields; CORS open to any origin; cacheable for five minutes.
 */
export const GET = publicFeedHandler("public.centers", {
  parseFilter: (params) => centerFilterSchema.parse(params),
  loadPage: (filter, pageSize) => listPublicCenters(filter, pageSize),
  toItem: (center, base) => ({
    slug: center.slug,
    name: center.name,
    organization: center.organization,
    description: center.description,
    location: center.location,
    openingHours: center.openingHours,
    email: center.email,
    phone: center.phone,
    website: center.website,
    pictureUrl: center.pictureUrl ? `${base}${center.pictureUrl}` : null,
    url: `${base}/centers/${center.slug}`,
    updatedAt: center.updatedAt,
  }),
});

export function OPTIONS(): Response {
  return feedPreflight();
}
