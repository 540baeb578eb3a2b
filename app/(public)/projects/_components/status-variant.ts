import type { BadgeVariant } from "@/components/ui/badge";
import type { ProjectStatus } from "@/lib/projects/options";

/** The colour of a project's status badge for visitors: under way in green, finished or not funded in grey. */
export const PUBLIC_STATUS_VARIANT: Record<ProjectStatus, BadgeVariant> = {
  IDEA: "info",
  IN_PREPARATION: "info",
  SUBMITTED: "info",
  FUNDED: "success",
  RUNNING: "success",
  REJECTED: "neutral",
  CLOSED: "neutral",
};
