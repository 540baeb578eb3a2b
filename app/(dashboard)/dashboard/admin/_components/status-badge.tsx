import { getTranslations } from "@/i18n/server";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { UserStatus } from "@/lib/users/schemas";

const VARIANTS: Record<UserStatus, BadgeVariant> = {
  active: "success",
  invited: "info",
  unconfirmed: "warning",
  disabled: "danger",
};

export async function UserStatusBadge({ status }: { status: UserStatus }) {
  const t = await getTranslations("admin.users.status");
  return <Badge variant={VARIANTS[status]}>{t(status)}</Badge>;
}
