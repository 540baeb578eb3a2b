import "server-only";
import { shortLivedCache } from "@/lib/cache/short-lived";
import { db } from "@/lib/db/client";
import { isValidTimeZone } from "./zoned";

/** The server's own zone: used only before the institution row exists (first start). */
const SERVER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The institution's time zone (a setting, Asia/Baku for the demo), in which deadlines end and every
 * date is shown. Asked for on every page (i18n/request.ts), changed almost never: kept a minute in
 * memory, so a changed setting shows within a minute.
 */
const zoneCache = shortLivedCache({ ttlMs: 60_000, maxEntries: 1 });

export function getInstitutionTimeZone(): Promise<string> {
  return zoneCache.get("timeZone", async () => {
    const row = await db.institution.findUnique({ where: { id: 1 }, select: { timeZone: true } });
    return row && isValidTimeZone(row.timeZone) ? row.timeZone : SERVER_TIME_ZONE;
  });
}
