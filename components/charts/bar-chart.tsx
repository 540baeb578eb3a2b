import type { ReactNode } from "react";
import { ChartFigure } from "./chart-figure";
import { layoutBars, type BarLayoutMode } from "./bar-layout";
import { seriesColour } from "./palette";

export interface BarChartProps {
  id: string;
  title: string;
  description?: ReactNode;
  /** The series, in drawing order; one colour each. */
  series: readonly string[];
  /** One row per category, a value per series. */
  rows: readonly { key: string; label: string; values: readonly number[] }[];
  mode?: BarLayoutMode;
  locale: string;
  texts: {
    showTable: string;
    scrollHint: string;
    /** Header of the table's first column ("Academic year"). */
    rowHeader: string;
    /** Stacked charts add a total column. */
    total?: string;
    /** Shown when every value is zero. */
    empty: string;
    /** Names the legend's list. */
    legend: string;
  };
}

/**
 * A horizontal bar chart drawn on the server as SVG (grouped or stacked), with its title, a legend
 * when there are several series, and the table alternative. No script runs for it.
 */
export function BarChart({ id, title, description, series, rows, mode = "grouped", locale, texts }: BarChartProps) {
  const format = new Intl.NumberFormat(locale);
  const layout = layoutBars(rows, mode);
  const isEmpty = rows.every((row) => row.values.every((value) => value === 0));
  const stacked = mode === "stacked";
  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      texts={texts}
      empty={isEmpty ? <p className="text-sm text-muted-foreground">{texts.empty}</p> : undefined}
      table={{
        rowHeader: texts.rowHeader,
        columns: stacked && texts.total ? [...series, texts.total] : series,
        rows: rows.map((row) => ({
          key: row.key,
          label: row.label,
          cells: [...row.values, ...(stacked && texts.total ? [row.values.reduce((sum, value) => sum + value, 0)] : [])].map((value) => format.format(value)),
        })),
      }}
    >
      {series.length > 1 && (
        <ul aria-label={texts.legend} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {series.map((name, index) => (
            <li key={name} className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ backgroundColor: seriesColour(index) }} />
              {name}
            </li>
          ))}
        </ul>
      )}
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        className="h-auto w-full max-w-xl overflow-visible fill-foreground text-[12px]"
        focusable="false"
      >
        {layout.rows.map((row, rowIndex) => (
          <g key={rows[rowIndex]!.key}>
            <text x={0} y={row.labelY} className="fill-foreground">
              {row.shownLabel !== row.label && <title>{row.label}</title>}
              {row.shownLabel}
            </text>
            {row.bars.map((bar) => (
              <rect
                key={bar.seriesIndex}
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                rx={2}
                fill={seriesColour(bar.seriesIndex)}
                stroke={stacked ? "white" : undefined}
                strokeWidth={stacked ? 1 : undefined}
              />
            ))}
            {row.values.map((value, index) => (
              <text key={index} x={value.x} y={value.y} className="fill-muted-foreground text-[11px] tabular-nums">
                {format.format(value.value)}
              </text>
            ))}
          </g>
        ))}
      </svg>
    </ChartFigure>
  );
}
