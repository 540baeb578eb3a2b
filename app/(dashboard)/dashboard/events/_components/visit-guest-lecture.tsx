import Link from "next/link";
import { CalendarDays } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import type { SessionUser } from "@/lib/auth/current-user";
import { findVisitEvent } from "@/lib/events/staff-queries";
import { can } from "@/lib/permissions";
import { CreateEventFromVisit } from "./create-event-from-visit";

/**
 * On a visit's page: its guest lecture event, or a button that makes one from the visit for those
 * who may organize events of the visit's host unit. Nothing for anyone else.
 */
export async function VisitGuestLecture({ user, visitId, hostUnitId }: { user: SessionUser; visitId: string; hostUnitId: string | null }) {
  const [event, t, tCommon] = await Promise.all([findVisitEvent(user, visitId), getTranslations("events"), getTranslations("common")]);
  if (event) {
    return (
      <Link href={`/dashboard/events/${event.id}`} className="inline-flex items-center gap-1.5 font-medium text-link underline underline-offset-4">
        <CalendarDays aria-hidden="true" className="size-4" />
        {t("staff.fromVisit.open", { title: event.title })}
      </Link>
    );
  }
  if (!can(user, "event:create", { unitId: hostUnitId })) return null;
  return <CreateEventFromVisit visitId={visitId} label={t("staff.fromVisit.create")} pendingLabel={tCommon("buttons.saving")} />;
}
