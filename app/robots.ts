import type { MetadataRoute } from "next";
import { publicBaseUrl } from "@/lib/import-export/public-feed";
import { APPLICATION_FORM_PATTERN, PRIVATE_PATH_PREFIXES } from "@/lib/seo/private-paths";

// APP_URL of the running instance, not of the build.
export const dynamic = "force-dynamic";

/**
 * `/robots.txt`: the public site and its JSON feeds are open; the staff area, the student's area,
 * the sign-in pages, application forms and the other API routes are not. The longer `Allow` of
 * `/api/public/` wins over `Disallow: /api/` for crawlers that follow RFC 9309.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: ["/", "/api/public/"],
      disallow: ["/api/", ...PRIVATE_PATH_PREFIXES, APPLICATION_FORM_PATTERN],
    },
    sitemap: `${publicBaseUrl()}/sitemap.xml`,
  };
}
