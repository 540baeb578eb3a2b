import type { Metadata } from "next";
import { publicBaseUrl } from "@/lib/import-export/public-feed";
import { pageAlternates } from "./language-addresses";
import { isPrivatePath } from "./private-paths";

/** For pages no search engine should index (staff, student and sign-in pages). */
export const NOINDEX: NonNullable<Metadata["robots"]> = { index: false, follow: false };

/**
 * The metadata every page of the public site shares, from the address proxy.ts hands on: its
 * canonical address and its `hreflang` alternates in every language (decision 008), or `noindex`
 * for the student's own pages and application forms that live beside the public ones. Without
 * the address (a request the proxy did not see) there is nothing to say.
 */
export function publicPageMetadata(pathname: string | null, search: string | null): Metadata {
  if (!pathname) return {};
  if (isPrivatePath(pathname)) return { robots: NOINDEX };
  return { alternates: pageAlternates(publicBaseUrl(), pathname, search ?? "") };
}
