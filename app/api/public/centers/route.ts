import { listPublicCenters } from "@/lib/centers/public-queries";
import { centerFilterSchema } from "@/lib/centers/schemas";
import { routeHandler } from "@/lib/errors/route-handler";
import { feedPagingSchema, feedPreflight, feedResponse, publicBaseUrl, searchParamsRecord } from "@/lib/import-export/public-feed";

export const dynamic = "force-dynamic";

/**
 * Public, read-only JSON feed of the published centers (q to search, page and pageSize up to 100).
 * Only public fields; CORS open to any origin; cacheable for five minutes.
 */
export const GET = routeHandler("public.centers", async (request: Request) => {
  const url = new URL(request.url);
  const params = searchParamsRecord(url);
  const filter = centerFilterSchema.parse(params);
  const { pageSize } = feedPagingSchema.parse(params);
  const result = await listPublicCenters(filter, pageSize);
  const base = publicBaseUrl();
  return feedResponse(
    url,
    result,
    pageSize,
    result.rows.map((center) => ({
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
    })),
  );
});

export function OPTIONS(): Response {
  return feedPreflight();
}
