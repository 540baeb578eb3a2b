import type { ReactNode } from "react";
import { TableScrollRegion } from "@/components/ui/table-scroll-region";

export interface ChartTable {
  /** Header of the first column, which names each row. */
  rowHeader: string;
  columns: readonly string[];
  rows: readonly { key: string; label: ReactNode; cells: readonly ReactNode[] }[];
}

export interface ChartFigureProps {
  /** Unique on the page: the ids of the title and the table derive from it. */
  id: string;
  title: string;
  description?: ReactNode;
  /** The drawing (an SVG), named by the title. */
  children: ReactNode;
  /** The same figures as a table, for screen readers, keyboard users and anyone who wants the numbers. */
  table: ChartTable;
  texts: { showTable: string; scrollHint: string };
  /** Shown instead of the drawing when there is nothing to draw. */
  empty?: ReactNode;
}

/**
 * A chart with its title and its table alternative: a `<figure>` captioned by the title, the
 * drawing, and the table in a disclosure that works without script. The drawing is an image for
 * assistive technology; the table carries the data.
 */
export function ChartFigure({ id, title, description, children, table, texts, empty }: ChartFigureProps) {
  const titleId = `${id}-title`;
  const captionId = `${id}-table`;
  return (
    <figure aria-labelledby={titleId} className="flex min-w-0 flex-col gap-3 rounded-lg border border-border bg-surface p-4 shadow-sm">
      <figcaption className="space-y-1">
        <h3 id={titleId} className="text-base leading-snug font-semibold">
          {title}
        </h3>
        {description && <p className="text-sm text-muted-foreground">{description}</p>}
      </figcaption>
      {empty ?? children}
      {!empty && (
        <details className="group text-sm">
          <summary className="cursor-pointer font-medium text-link underline-offset-4 hover:underline">{texts.showTable}</summary>
          <TableScrollRegion labelledBy={captionId} hint={texts.scrollHint} className="mt-2">
            <table className="w-full border-collapse text-left">
              <caption id={captionId} className="sr-only">
                {title}
              </caption>
              <thead>
                <tr className="border-b border-border bg-muted">
                  <th scope="col" className="px-3 py-2 font-semibold">
                    {table.rowHeader}
                  </th>
                  {table.columns.map((column) => (
                    <th key={column} scope="col" className="px-3 py-2 text-right font-semibold">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.key} className="border-b border-border last:border-b-0">
                    <th scope="row" className="px-3 py-2 font-normal">
                      {row.label}
                    </th>
                    {row.cells.map((cell, index) => (
                      <td key={index} className="px-3 py-2 text-right tabular-nums">
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScrollRegion>
        </details>
      )}
    </figure>
  );
}
