import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { EmailStatus } from "@/lib/generated/prisma/enums";

const VARIANT: Record<EmailStatus, BadgeVariant> = { PENDING: "warning", SENT: "success", FAILED: "danger" };

/** An e-mail's status; the word carries the meaning, the colour repeats it. */
export function EmailStatusBadge({ status, label }: { status: EmailStatus; label: string }) {
  return <Badge variant={VARIANT[status]}>{label}</Badge>;
}
