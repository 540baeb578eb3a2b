import { getTranslations } from "@/i18n/server";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { PartnerStatus } from "@/lib/generated/prisma/enums";

const STATUS_VARIANTS: Record<PartnerStatus, BadgeVariant> = { ACTIVE: "success", PROSPECT: "info", INACTIVE: "neutral" };

export async function PartnerStatusBadge({ status }: { status: PartnerStatus }) {
  const t = await getTranslations("partners");
  return <Badge variant={STATUS_VARIANTS[status]}>{t(`statuses.${status}`)}</Badge>;
}

/** Public or internal, and archived: the two things that decide whether visitors see the partner. */
export async function PartnerVisibilityBadges({ isPublic, archived }: { isPublic: boolean; archived: boolean }) {
  const t = await getTranslations("partners");
  return (
    <span className="inline-flex flex-wrap gap-1">
      {archived ? <Badge variant="warning">{t("visibility.archived")}</Badge> : null}
      <Badge variant={isPublic ? "neutral" : "danger"}>{isPublic ? t("visibility.public") : t("visibility.internal")}</Badge>
    </span>
  );
}
