import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Badge } from "@/components/ui/badge";
import { ATTENTION_WINDOWS, type AttentionGroup, type AttentionItem, type AttentionKind } from "@/lib/dashboard/attention";

/** Where each kind's whole list is, when the portal has one. */
const SEE_ALL: Partial<Record<AttentionKind, string>> = {
  agreementExpiring: "/dashboard/agreements/expiring?within=90",
  agreementToSign: "/dashboard/agreements?status=AWAITING_SIGNATURE",
  applicationsToReview: "/dashboard/applications",
  nominationsDue: "/dashboard/applications",
  callClosing: "/dashboard/opportunities?status=PUBLISHED",
  visitArriving: "/dashboard/visits",
  grantDeadline: "/dashboard/grant-calls",
  emailFailed: "/dashboard/admin/emails?status=FAILED",
};

/** Dates of calendar days (@db.Date) are midnight UTC; instants (deadlines) are shown in the institution's zone. */
const CALENDAR_DAY_KINDS: ReadonlySet<AttentionKind> = new Set(["agreementExpiring", "visitArriving", "deliverableDue"]);

async function ItemDetails({ item, today }: { item: AttentionItem; today: Date }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.attention.item"), getFormatter()]);
  const date = (value: Date | null) =>
    value ? format.dateTime(value, { dateStyle: "medium", ...(CALENDAR_DAY_KINDS.has(item.kind) ? { timeZone: "UTC" } : {}) }) : "";
  const details: string[] = [];
  switch (item.kind) {
    case "agreementExpiring":
      details.push(t("endsOn", { date: date(item.due) }));
      if (item.noticeBy) details.push(t(item.noticeBy <= today ? "noticePassed" : "noticeBy", { date: date(item.noticeBy) }));
      break;
    case "agreementToSign":
      details.push(t("waitingSince", { date: date(item.due) }));
      break;
    case "applicationsToReview":
      details.push(t("pending", { count: item.first }), t("closesOn", { date: date(item.due) }));
      break;
    case "nominationsDue":
      details.push(t("shortlisted", { count: item.first, places: item.second }), t("closedOn", { date: date(item.due) }));
      break;
    case "callClosing":
      details.push(t("closesOn", { date: date(item.due) }), t("applicationsSoFar", { count: item.first }));
      break;
    case "visitArriving":
      details.push(t("arrives", { date: date(item.due) }));
      if (item.first > 0) details.push(t("openVisas", { count: item.first }));
      if (item.second > 0) details.push(t("unbookedRooms", { count: item.second }));
      break;
    case "deliverableDue":
      details.push(t(item.due && item.due < today ? "overdue" : "dueOn", { date: date(item.due) }));
      break;
    case "grantDeadline":
      details.push(t("deadline", { date: date(item.due) }));
      break;
    case "emailFailed":
      details.push(t("sentTo", { address: item.reference ?? "" }), t("attempts", { count: item.first }), t("firstTried", { date: date(item.due) }));
      break;
  }
  return <p className="text-sm text-muted-foreground">{details.join(" · ")}</p>;
}

/** Items named by their reference too (an agreement's number, a project's acronym, a funder); an e-mail's recipient goes in its details. */
const REFERENCED_KINDS: ReadonlySet<AttentionKind> = new Set(["agreementExpiring", "agreementToSign", "deliverableDue", "grantDeadline"]);

function ItemLink({ item }: { item: AttentionItem }) {
  const label = item.reference && REFERENCED_KINDS.has(item.kind) ? `${item.reference} — ${item.title}` : item.title;
  return (
    <Link href={item.href} className="font-medium text-link underline-offset-4 hover:underline">
      {label}
    </Link>
  );
}

/**
 * "Needs attention today": one short list per kind of record waiting, each item a link to the
 * record with what is due and when; a kind's whole list is one link away.
 */
export async function AttentionList({ groups, today }: { groups: AttentionGroup[]; today: Date }) {
  const t = await getTranslations("dashboard.attention");
  if (groups.length === 0) return <p className="rounded-lg border border-dashed border-border p-6 text-center text-muted-foreground">{t("empty")}</p>;
  return (
    <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
      {groups.map((group) => {
        const headingId = `attention-${group.kind}`;
        const more = SEE_ALL[group.kind];
        return (
          <section key={group.kind} aria-labelledby={headingId} className="space-y-3 rounded-lg border border-border bg-surface p-4 shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <h3 id={headingId} className="text-base leading-snug font-semibold">
                {t(`kinds.${group.kind}`, ATTENTION_WINDOWS)}
              </h3>
              <Badge variant="warning">{t("count", { count: group.total })}</Badge>
            </div>
            <ul className="space-y-3">
              {group.items.map((item) => (
                <li key={item.id} className="space-y-0.5">
                  <ItemLink item={item} />
                  <ItemDetails item={item} today={today} />
                </li>
              ))}
            </ul>
            {more && group.total > group.items.length && (
              <Link href={more} className="inline-block text-sm text-link underline underline-offset-4">
                {t("seeAll", { count: group.total })}
              </Link>
            )}
          </section>
        );
      })}
    </div>
  );
}
