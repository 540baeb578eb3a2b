import { useTranslations } from "next-intl";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { ProjectStatus } from "@/lib/projects/options";

const VARIANT: Record<ProjectStatus, BadgeVariant> = {
  IDEA: "neutral",
  IN_PREPARATION: "info",
  SUBMITTED: "info",
  FUNDED: "success",
  REJECTED: "danger",
  RUNNING: "warning",
  CLOSED: "neutral",
};

/** A project's status in words; the colour only reinforces it. */
export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const t = useTranslations("projects.statuses");
  return <Badge variant={VARIANT[status]}>{t(status)}</Badge>;
}
