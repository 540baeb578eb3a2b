import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { PublicShell } from "@/components/layout/public-shell";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { isSetupNeeded, SETUP_PATH } from "@/lib/setup/state";

/** Canonical address and language alternates of every public page, from the address proxy.ts passes on. */
export async function generateMetadata(): Promise<Metadata> {
  const requestHeaders = await headers();
  return publicPageMetadata(requestHeaders.get("x-pathname"), requestHeaders.get("x-search"));
}

export default async function PublicLayout({ children }: { children: ReactNode }) {
  // A new installation (no admin yet) has nothing to show: visitors go to the first-run setup. Free
  // once set up (the answer is kept in memory).
  if (await isSetupNeeded()) redirect(SETUP_PATH);
  return <PublicShell>{children}</PublicShell>;
}
