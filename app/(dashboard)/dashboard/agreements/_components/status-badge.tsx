import { useTranslations } from "next-intl";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { AgreementStatus } from "@/lib/agreements/options";

const VARIANTS: Record<AgreementStatus, BadgeVariant> = {
  DRAFT: "neutral",
  IN_NEGOTIATION: "info",
  AWAITING_SIGNATURE: "warning",
  ACTIVE: "success",
  EXPIRED: "neutral",
  TERMINATED: "danger",
};

/** The agreement's status as text (colour only repeats it). */
export function AgreementStatusBadge({ status }: { status: string }) {
  const t = useTranslations("agreements.statuses");
  return <Badge variant={VARIANTS[status as AgreementStatus] ?? "neutral"}>{t(status as AgreementStatus)}</Badge>;
}
