import { getTranslations } from "@/i18n/server";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { NewsStatus } from "@/lib/news/queries";

const VARIANTS: Record<NewsStatus, BadgeVariant> = { draft: "neutral", scheduled: "info", published: "success" };

/** Where an item stands for visitors: a draft, published with a date to come, or shown. */
export async function NewsStatusBadge({ status }: { status: NewsStatus }) {
  const t = await getTranslations("news.status");
  return <Badge variant={VARIANTS[status]}>{t(status)}</Badge>;
}
