import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/**
 * The application funnel: how many of the cycle's applications reached each stage. An application
 * is counted at every stage up to the one it is at now; a decided rejection was reviewed first, a
 * withdrawal may have happened at any stage and counts only as submitted. Pure.
 */
export const FUNNEL_STAGES = ["submitted", "reviewed", "shortlisted", "nominated", "accepted"] as const;

export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const REACHED: Record<FunnelStage, readonly ApplicationStatus[]> = {
  submitted: ["SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "NOMINATED", "ACCEPTED", "REJECTED", "WITHDRAWN"],
  reviewed: ["UNDER_REVIEW", "SHORTLISTED", "NOMINATED", "ACCEPTED", "REJECTED"],
  shortlisted: ["SHORTLISTED", "NOMINATED", "ACCEPTED"],
  nominated: ["NOMINATED", "ACCEPTED"],
  accepted: ["ACCEPTED"],
};

export function funnelOf(byStatus: readonly { status: ApplicationStatus; count: number }[]): { stage: FunnelStage; count: number }[] {
  return FUNNEL_STAGES.map((stage) => ({
    stage,
    count: byStatus.filter((row) => REACHED[stage].includes(row.status)).reduce((sum, row) => sum + row.count, 0),
  }));
}
