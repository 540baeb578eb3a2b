import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { MAIN_CONTENT_ID } from "@/components/layout/skip-link";

export const metadata: Metadata = { title: "Floor", robots: { index: false, follow: false } };

/**
 * The framework's floor for the benchmark (scripts/bench/run.ts): the cheapest dynamic page of this
 * app. It renders per request (`connection()`), reads no data of its own and has no client code, so
 * its throughput is what the root layout plus Next.js cost; every other page is measured against it.
 *
 * It exists only for the benchmark: the bench harness starts the server with BENCH_FLOOR=1, and any
 * other start (npm start, the demo, the e2e tests) answers 404 here.
 */
export default async function FloorPage() {
  await connection();
  if (process.env.BENCH_FLOOR !== "1") notFound();
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto max-w-prose p-6">
      <p>Benchmark floor: rendered at request time without reading any data.</p>
    </main>
  );
}
