import { listPublicCenters } from "@/lib/centers/public-queries";
import { centerFilterSchema } from "@/lib/centers/schemas";
import { env } from "@/lib/env";
import { routeHandler } from "@/lib/errors/route-handler";
import { feedPagingSchema, feedPreflight, FEED_HEADERS, pageLinks, searchParamsRecord } from "@/lib/import-export/public-feed";

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
  const totalPages = Math.max(1, Math.ceil(result.total / pageSize));
  const base = env().APP_URL.replace(/\/$/, "");
  return Response.json(
    {
      data: result.rows.map((center) => ({
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
      page: result.page,
      pageSize,
      total: result.total,
      totalPages,
      links: pageLinks(url, result.page, totalPages),
    },
    { headers: FEED_HEADERS },
  );
});

export function OPTIONS(): Response {
  return feedPreflight();
}
