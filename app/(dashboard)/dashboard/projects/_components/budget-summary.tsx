import { getLocale } from "next-intl/server";
import { TriangleAlert } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { Badge } from "@/components/ui/badge";
import { TableScrollRegion } from "@/components/ui/table-scroll-region";
import type { BudgetSummary as Summary, BudgetTotals } from "@/lib/projects/budget";
import { formatMoney, formatPercent } from "@/lib/projects/format";

/**
 * The budget's figures: planned, spent and left, the burn rate against the time elapsed, the lines
 * that went over, and the totals by category and by year as tables.
 */
export async function BudgetSummary({ summary, currency, yearControls }: { summary: Summary; currency: string; yearControls?: (year: number, closed: boolean) => React.ReactNode }) {
  const [t, tTable, locale] = await Promise.all([getTranslations("projects.budget"), getTranslations("common.table"), getLocale()]);
  const money = (amount: string) => formatMoney(amount, currency, locale);
  const overLines = summary.lines.filter((line) => line.over);
  const cells = (row: BudgetTotals) => (
    <>
      <td className="p-3 text-right">{money(row.planned)}</td>
      <td className="p-3 text-right">{money(row.spent)}</td>
      <td className="p-3 text-right">{money(row.remaining)}</td>
      <td className="p-3 text-right">
        {formatPercent(row.burn, locale)} {row.over && <Badge variant="danger">{t("over")}</Badge>}
      </td>
    </>
  );
  const head = (first: string) => (
    <thead className="bg-muted text-left">
      <tr>
        <th scope="col" className="p-3">
          {first}
        </th>
        <th scope="col" className="p-3 text-right">
          {t("planned")}
        </th>
        <th scope="col" className="p-3 text-right">
          {t("spent")}
        </th>
        <th scope="col" className="p-3 text-right">
          {t("remaining")}
        </th>
        <th scope="col" className="p-3 text-right">
          {t("burn")}
        </th>
      </tr>
    </thead>
  );

  return (
    <div className="space-y-6">
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[
          [t("planned"), money(summary.total.planned)],
          [t("spent"), money(summary.total.spent)],
          [t("remaining"), money(summary.total.remaining)],
          [t("burnAgainstTime"), t("burnValue", { burn: formatPercent(summary.total.burn, locale), elapsed: formatPercent(summary.elapsed, locale) })],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-border bg-surface p-4">
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      {summary.pace && <p data-testid="budget-pace">{t(`pace.${summary.pace}`)}</p>}
      {overLines.length > 0 && (
        <div role="alert" className="space-y-2 rounded-lg border border-danger-border bg-danger-subtle p-4 text-danger">
          <p className="flex items-center gap-2 font-semibold">
            <TriangleAlert aria-hidden="true" className="size-5" />
            {t("overWarning", { count: overLines.length })}
          </p>
          <ul className="list-disc pl-6">
            {overLines.map((line) => (
              <li key={line.id}>
                {t("overLine", {
                  line: [line.year, t(`categories.${line.category}`), line.description].filter(Boolean).join(" · "),
                  amount: money(line.remaining.replace("-", "")),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.lines.length > 0 && (
        <div className="grid gap-6 xl:grid-cols-2">
          <TableScrollRegion labelledBy="budget-by-category" hint={tTable("scrollHint")}>
            <table className="w-full text-sm">
              <caption id="budget-by-category" className="p-3 text-left font-semibold">
                {t("byCategory")}
              </caption>
              {head(t("fields.category"))}
              <tbody className="divide-y divide-border">
                {summary.byCategory.map((row) => (
                  <tr key={row.category}>
                    <th scope="row" className="p-3 text-left font-medium">
                      {t(`categories.${row.category}`)}
                    </th>
                    {cells(row)}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScrollRegion>
          <TableScrollRegion labelledBy="budget-by-year" hint={tTable("scrollHint")}>
            <table className="w-full text-sm">
              <caption id="budget-by-year" className="p-3 text-left font-semibold">
                {t("byYear")}
              </caption>
              {head(t("fields.year"))}
              <tbody className="divide-y divide-border">
                {summary.byYear.map((row) => (
                  <tr key={row.year}>
                    <th scope="row" className="p-3 text-left font-medium">
                      <span className="flex flex-wrap items-center gap-2">
                        {row.year} {row.closed && <Badge>{t("closed")}</Badge>}
                      </span>
                      {yearControls?.(row.year, row.closed)}
                    </th>
                    {cells(row)}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScrollRegion>
        </div>
      )}
    </div>
  );
}
