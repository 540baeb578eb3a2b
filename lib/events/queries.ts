import "server-only";
import { db } from "@/lib/db/client";

const publicEventSelect = {
  slug: true,
  title: true,
  kind: true,
  startsAt: true,
  endsAt: true,
  place: true,
  description: true,
  url: true,
  organizer: true,
} as const;

/** Published events: upcoming first (soonest first), then the past ones (latest first). */
export async function listPublicEvents(now = new Date()) {
  const [upcoming, past] = await Promise.all([
    db.event.findMany({ where: { isPublished: true, startsAt: { gte: now } }, select: publicEventSelect, orderBy: { startsAt: "asc" } }),
    db.event.findMany({ where: { isPublished: true, startsAt: { lt: now } }, select: publicEventSelect, orderBy: { startsAt: "desc" }, take: 20 }),
  ]);
  return { upcoming, past };
}
