import type { BadgeVariant } from "@/components/ui/badge";

/** Status colours only reinforce the status text on the badge. */
export function statusVariant(status: "DRAFT" | "PUBLISHED" | "CLOSED"): BadgeVariant {
  return status === "PUBLISHED" ? "success" : status === "DRAFT" ? "warning" : "neutral";
}
