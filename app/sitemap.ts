import type { MetadataRoute } from "next";
import { locales } from "@/i18n/config";
import { publicBaseUrl } from "@/lib/import-export/public-feed";
import { languageAddresses } from "@/lib/seo/language-addresses";
import { listPublicPages } from "@/lib/seo/public-pages";

// Read from the database on every request, never at build time.
export const dynamic = "force-dynamic";

/**
 * `/sitemap.xml`: every public page in every language at its own address (`?lang=`, decision 008),
 * each listing all its languages and the `x-default` address as alternates, as search engines ask.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const baseUrl = publicBaseUrl();
  const pages = await listPublicPages();
  return pages.flatMap((page) => {
    const languages = languageAddresses(baseUrl, page.path);
    return locales.map((locale) => ({ url: languages[locale], lastModified: page.lastModified, alternates: { languages } }));
  });
}
