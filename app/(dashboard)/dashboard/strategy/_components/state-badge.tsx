import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { YearState } from "@/lib/strategy/status";

const VARIANTS: Record<YearState, BadgeVariant> = {
  ON_TRACK: "success",
  AT_RISK: "warning",
  BEHIND: "danger",
  NO_DATA: "neutral",
  UPCOMING: "info",
  NO_TARGET: "neutral",
  UNIT_SHARE: "neutral",
};

/** A year's status in words; the colour only repeats it. */
export function StateBadge({ state, label }: { state: YearState; label: string }) {
  return <Badge variant={VARIANTS[state]}>{label}</Badge>;
}
