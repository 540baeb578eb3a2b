import { PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";

/**
 * The fixed vocabulary of cooperation areas a partner is tagged with. Tags are stored as these keys
 * (labels come from the `partners` message catalogue), so filters and imports stay consistent.
 */
export const COOPERATION_AREAS = [
  "student-exchange",
  "staff-exchange",
  "joint-research",
  "joint-programs",
  "double-degree",
  "summer-school",
  "library",
  "language-teaching",
  "cultural-center",
  "capacity-building",
  "internships",
  "scholarships",
] as const;

export type CooperationArea = (typeof COOPERATION_AREAS)[number];

export const PARTNER_KINDS = Object.values(PartnerKind);
export const PARTNER_STATUSES = Object.values(PartnerStatus);

export function isCooperationArea(value: string): value is CooperationArea {
  return (COOPERATION_AREAS as readonly string[]).includes(value);
}
