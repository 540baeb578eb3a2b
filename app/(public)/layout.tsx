import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { PublicShell } from "@/components/layout/public-shell";
import { publicPageMetadata } from "@/lib/seo/page-metadata";

/** Canonical address and language alternates of every public page, from the address proxy.ts passes on. */
export async function generateMetadata(): Promise<Metadata> {
  const requestHeaders = await headers();
  return publicPageMetadata(requestHeaders.get("x-pathname"), requestHeaders.get("x-search"));
}

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <PublicShell>{children}</PublicShell>;
}
