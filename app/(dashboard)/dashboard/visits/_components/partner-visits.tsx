import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import type { SessionUser } from "@/lib/auth/current-user";
import { canSome } from "@/lib/permissions";
import { listVisitsForPartner } from "@/lib/visits/queries";
import { VisitStatusBadge } from "./status-badge";

const DAY = { dateStyle: "medium", timeZone: "UTC" } as const;

/**
 * The visits with one partner, for the partner's staff page (issue 11, item 7): those the user may
 * see, latest first, each linking to its visit. Renders nothing for someone who may not read visits.
 */
export async function PartnerVisits({ user, partnerId }: { user: SessionUser; partnerId: string }) {
  if (!canSome(user, "visit:read")) return null;
  const [t, format, visits] = await Promise.all([getTranslations("visits"), getFormatter(), listVisitsForPartner(user, partnerId)]);
  return (
    <section aria-labelledby="partner-visits" className="space-y-3">
      <h2 id="partner-visits" className="text-xl font-semibold">
        {t("partner.title")}
      </h2>
      {visits.length === 0 ? (
        <p className="text-muted-foreground">{t("partner.empty")}</p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
          {visits.map((visit) => (
            <li key={visit.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <Link href={`/dashboard/visits/${visit.id}`} className="font-medium break-words text-link underline-offset-4 hover:underline">
                  {visit.title}
                </Link>
                <p className="text-sm text-muted-foreground">
                  {t(`directions.${visit.direction}`)} · {t(`kinds.${visit.kind}`)} · {format.dateTimeRange(visit.startDate, visit.endDate, DAY)}
                </p>
              </div>
              <VisitStatusBadge status={visit.status} />
            </li>
          ))}
        </ul>
      )}
      <Link href={`/dashboard/visits?partnerId=${partnerId}`} className="inline-block text-sm text-link underline underline-offset-4">
        {t("partner.all")}
      </Link>
    </section>
  );
}
