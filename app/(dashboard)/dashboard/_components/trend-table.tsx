import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { TableScrollRegion } from "@/components/ui/table-scroll-region";
import type { Trend } from "@/lib/dashboard/trend";

/** A breakdown of a figure (by kind, by region): today, the same date last year, and the change. */
export async function TrendTable({ id, caption, rowHeader, rows }: { id: string; caption: string; rowHeader: string; rows: { key: string; label: string; trend: Trend }[] }) {
  const [t, tCharts, format] = await Promise.all([getTranslations("dashboard.figures.table"), getTranslations("dashboard.charts"), getFormatter()]);
  const captionId = `${id}-caption`;
  return (
    <section aria-labelledby={captionId} className="min-w-0 space-y-2 rounded-lg border border-border bg-surface p-4 shadow-sm">
      <h3 id={captionId} className="text-base font-semibold">
        {caption}
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">{tCharts("empty")}</p>
      ) : (
        <TableScrollRegion labelledBy={captionId} hint={tCharts("scrollHint")}>
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-border bg-muted">
                <th scope="col" className="px-3 py-2 font-semibold">
                  {rowHeader}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">
                  {t("today")}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">
                  {t("lastYear")}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">
                  {t("change")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-b border-border last:border-b-0">
                  <th scope="row" className="px-3 py-2 font-normal">
                    {row.label}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(row.trend.current)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(row.trend.previous)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(row.trend.change, { signDisplay: "exceptZero" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScrollRegion>
      )}
    </section>
  );
}
