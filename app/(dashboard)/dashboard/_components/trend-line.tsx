import { ArrowDown, ArrowUp, Minus } from "lucide-react";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import type { Trend } from "@/lib/dashboard/trend";

const ICONS = { up: ArrowUp, down: ArrowDown, same: Minus } as const;

/**
 * A figure's change against the same date last year, in words ("Up 12 from 128, +9%"); the arrow
 * only repeats them. Neutral colours: whether more is better depends on the figure.
 */
export async function TrendLine({ trend }: { trend: Trend }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.figures.trend"), getFormatter()]);
  const Icon = ICONS[trend.direction];
  const values = { change: format.number(Math.abs(trend.change)), previous: format.number(trend.previous) };
  return (
    <p className="flex items-start gap-1.5 text-sm text-muted-foreground">
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>
        {t(trend.direction, values)}
        {trend.percent !== null && trend.direction !== "same" && (
          <> ({format.number(trend.percent / 100, { style: "percent", signDisplay: "always" })})</>
        )}
      </span>
    </p>
  );
}
