import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { TableScrollRegion } from "@/components/ui/table-scroll-region";
import { realizedOutsideAgreed, type Evaluation } from "@/lib/agreements/evaluation";
import { academicYearLabel } from "./condition-summary";

/** Places agreed vs mobilities realized per academic year and flow, with the overall use. */
export async function EvaluationSection({ evaluation }: { evaluation: Evaluation }) {
  const [t, tTable, format] = await Promise.all([getTranslations("agreements"), getTranslations("common.table"), getFormatter()]);
  const percent = (value: number | null) => (value === null ? t("evaluation.noPercent") : format.number(value / 100, { style: "percent" }));
  const outside = realizedOutsideAgreed(evaluation.rows);
  return (
    <section aria-labelledby="evaluation-heading" className="space-y-4">
      <div className="space-y-1">
        <h2 id="evaluation-heading" className="text-xl font-semibold">
          {t("evaluation.title")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("evaluation.description")}</p>
      </div>
      {evaluation.rows.length === 0 ? (
        <p className="text-muted-foreground">{t("evaluation.empty")}</p>
      ) : (
        <>
          <p className="text-lg font-semibold">
            {evaluation.total.percent === null ? t("evaluation.overallNone") : t("evaluation.overall", { percent: percent(evaluation.total.percent) })}{" "}
            <span className="text-base font-normal text-muted-foreground">
              ({t("evaluation.totals", { realized: evaluation.total.realized, agreed: evaluation.total.agreed })})
            </span>
          </p>
          {outside > 0 && <p className="text-sm text-muted-foreground">{t("evaluation.outsideAgreed", { count: outside })}</p>}
          <TableScrollRegion labelledBy="evaluation-caption" hint={tTable("scrollHint")}>
            <table className="w-full border-collapse text-left text-sm break-words">
              <caption id="evaluation-caption" className="sr-only">
                {t("evaluation.caption")}
              </caption>
              <thead className="bg-muted">
                <tr>
                  <th scope="col" className="px-4 py-3">{t("evaluation.columns.year")}</th>
                  <th scope="col" className="px-4 py-3">{t("evaluation.columns.flow")}</th>
                  <th scope="col" className="px-4 py-3 text-right">{t("evaluation.columns.agreed")}</th>
                  <th scope="col" className="px-4 py-3 text-right">{t("evaluation.columns.realized")}</th>
                  <th scope="col" className="px-4 py-3 text-right">{t("evaluation.columns.use")}</th>
                </tr>
              </thead>
              <tbody>
                {evaluation.byYear.map((year) => (
                  <YearRows key={year.academicYear} year={year} rows={evaluation.rows.filter((row) => row.academicYear === year.academicYear)} t={t} percent={percent} />
                ))}
              </tbody>
            </table>
          </TableScrollRegion>
        </>
      )}
    </section>
  );
}

function YearRows({
  year,
  rows,
  t,
  percent,
}: {
  year: Evaluation["byYear"][number];
  rows: Evaluation["rows"];
  t: Awaited<ReturnType<typeof getTranslations<"agreements">>>;
  percent: (value: number | null) => string;
}) {
  const label = academicYearLabel(year.academicYear);
  return (
    <>
      {rows.map((row, index) => (
        <tr key={`${row.direction}-${row.mobilityType}`} className="border-t border-border">
          {index === 0 && (
            <th scope="rowgroup" rowSpan={rows.length + 1} className="px-4 py-2 align-top font-semibold whitespace-nowrap">
              {label}
            </th>
          )}
          <td className="px-4 py-2">
            {t(`directions.${row.direction}`)} · {t(`mobilityTypes.${row.mobilityType}`)}
          </td>
          <td className="px-4 py-2 text-right tabular-nums">{row.agreed}</td>
          <td className="px-4 py-2 text-right tabular-nums">{row.realized}</td>
          <td className="px-4 py-2 text-right tabular-nums">{percent(row.percent)}</td>
        </tr>
      ))}
      <tr className="border-t border-border bg-muted/50 font-medium">
        <td className="px-4 py-2">{t("evaluation.yearTotal", { year: label })}</td>
        <td className="px-4 py-2 text-right tabular-nums">{year.agreed}</td>
        {/* A year without agreed places has no use: its mobilities are counted apart, as the note above says. */}
        <td className="px-4 py-2 text-right tabular-nums">{year.agreed > 0 ? year.realized : t("evaluation.noPercent")}</td>
        <td className="px-4 py-2 text-right tabular-nums">{percent(year.percent)}</td>
      </tr>
    </>
  );
}
