import type { getFormatter } from "next-intl/server";
import type { getTranslations } from "@/i18n/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/link-button";
import { formatDateTime, type DateContext } from "@/lib/dates/format";
import { calendarDaysUntil } from "@/lib/dates/zoned";
import { statusVariant } from "@/lib/applications/status-display";
import { isOpenNow } from "@/lib/opportunities/catalogue";
import type { MyApplicationToCall } from "@/lib/opportunities/catalogue-my-application";

/**
 * A button's label may be long in Azerbaijani or Russian ("Müraciət etmək üçün daxil olun"): it
 * wraps onto a second line and the button grows, instead of a fixed height cutting the text off.
 */
export const WRAPPING_BUTTON = "h-auto min-h-12 w-full py-2 text-center whitespace-normal";

export interface ApplyPanelProps {
  opportunityId: string;
  opensAt: Date;
  closesAt: Date;
  now: Date;
  dates: DateContext;
  /** Who reads the page: a visitor (signs in to apply), a student (applies) or staff (does not). */
  reader: "visitor" | "student" | "staff";
  /** The student's own application to this call, if any. */
  myApplication: MyApplicationToCall | null;
  t: Awaited<ReturnType<typeof getTranslations<"opportunities">>>;
  statusLabel: (status: MyApplicationToCall["status"]) => string;
  format: Awaited<ReturnType<typeof getFormatter>>;
}

/**
 * What a reader can do about this call, right under its title so a phone shows it on the first
 * screen: the deadline with its time and zone, how long is left, and the one action that fits —
 * apply, sign in to apply, or (once a student has applied or withdrawn) their application and its
 * status instead of "Apply now".
 */
export function ApplyPanel({ opportunityId, opensAt, closesAt, now, dates, reader, myApplication, t, statusLabel, format }: ApplyPanelProps) {
  const ended = closesAt.getTime() <= now.getTime();
  const open = isOpenNow({ opensAt, closesAt }, now);
  const applyPath = `/opportunities/${opportunityId}/apply`;

  return (
    <section aria-labelledby="apply-heading" className="space-y-3 rounded-lg border border-border bg-surface p-4 shadow-sm sm:p-5">
      <h2 id="apply-heading" className="sr-only">
        {t("detail.actionHeading")}
      </h2>
      <p>
        <span className="font-semibold">{t("detail.deadlineLabel")}</span>{" "}
        <time dateTime={closesAt.toISOString()} data-testid="deadline">
          {formatDateTime(closesAt, dates)}
        </time>
      </p>
      {ended ? (
        <Alert variant="warning">{t("detail.ended")}</Alert>
      ) : open ? (
        <p className="text-lg font-semibold" data-testid="days-left">
          {t("detail.daysLeft", { days: calendarDaysUntil(closesAt, now, dates.timeZone) })}{" "}
          <span className="text-sm font-normal text-muted-foreground">{t("detail.closesIn", { relative: format.relativeTime(closesAt, now) })}</span>
        </p>
      ) : (
        <p className="text-sm">{t("detail.notYetOpen", { relative: format.relativeTime(opensAt, now) })}</p>
      )}

      {myApplication ? (
        <div className="space-y-3" data-testid="my-application">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">{t("detail.myApplication")}</span>
            <Badge variant={statusVariant(myApplication.status)} className="whitespace-normal">
              {statusLabel(myApplication.status)}
            </Badge>
          </p>
          {myApplication.status === "DRAFT" && open ? (
            <>
              <p className="text-sm text-muted-foreground">{t("detail.draftNote")}</p>
              <LinkButton href={applyPath} size="lg" className={WRAPPING_BUTTON}>
                {t("detail.continueApplication")}
              </LinkButton>
            </>
          ) : (
            <LinkButton href={`/my/applications/${myApplication.id}`} variant="outline" size="lg" className={WRAPPING_BUTTON}>
              {t("detail.viewApplication")}
            </LinkButton>
          )}
        </div>
      ) : open && reader !== "staff" ? (
        <LinkButton
          href={reader === "student" ? applyPath : `/sign-in?callbackUrl=${encodeURIComponent(applyPath)}`}
          size="lg"
          className={WRAPPING_BUTTON}
        >
          {reader === "student" ? t("detail.apply") : t("detail.signInToApply")}
        </LinkButton>
      ) : open ? (
        <p className="text-sm text-muted-foreground">{t("detail.staffCannotApply")}</p>
      ) : null}
    </section>
  );
}
