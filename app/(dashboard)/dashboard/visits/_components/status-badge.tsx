import { useTranslations } from "next-intl";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { VisitStatus } from "@/lib/visits/options";

const VARIANT: Record<VisitStatus, BadgeVariant> = {
  PLANNED: "neutral",
  CONFIRMED: "info",
  IN_PROGRESS: "warning",
  COMPLETED: "success",
  CANCELLED: "danger",
};

/** A visit's status in words; the colour only reinforces it. */
export function VisitStatusBadge({ status }: { status: VisitStatus }) {
  const t = useTranslations("visits.statuses");
  return <Badge variant={VARIANT[status]}>{t(status)}</Badge>;
}
