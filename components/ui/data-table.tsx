import Link from "next/link";
import { useId, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { cn } from "./cn";
import { EmptyState } from "./empty-state";
import { Pagination } from "./pagination";
import { TableScrollRegion } from "./table-scroll-region";
import { hrefWith, type SearchParamsRecord, type SortDirection } from "./table-search-params";
import { VisuallyHidden } from "./visually-hidden";

export interface DataTableColumn<Row> {
  /** Identifies the column; it is also the `?sort=` value when the column is sortable. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  sortable?: boolean;
  /** Numbers and dates read better right-aligned. */
  align?: "start" | "end";
  /** The column naming each row (e.g. the partner's name) becomes a row header for screen readers. */
  rowHeader?: boolean;
  /**
   * A column of lesser value, left out on screens narrower than this breakpoint so the rest fits
   * without scrolling (the record's own page still shows it).
   */
  hideBelow?: "md" | "lg" | "xl" | "2xl";
  /** Keeps a short value on one line (a reference number, a code); everything else, headers too, wraps. */
  nowrap?: boolean;
  className?: string;
}

// Whole class names, so Tailwind finds them in the source.
const HIDE_BELOW: Record<NonNullable<DataTableColumn<unknown>["hideBelow"]>, string> = {
  md: "hidden md:table-cell",
  lg: "hidden lg:table-cell",
  xl: "hidden xl:table-cell",
  "2xl": "hidden 2xl:table-cell",
};

function columnClasses<Row>(column: DataTableColumn<Row>): string {
  return cn(column.hideBelow && HIDE_BELOW[column.hideBelow], column.align === "end" && "text-right");
}

export interface DataTableProps<Row> {
  /** Names the table for screen readers; shown above it unless `captionHidden`. */
  caption: ReactNode;
  captionHidden?: boolean;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Needed to build sort and page links that keep the page's other search parameters. */
  pathname: string;
  searchParams: SearchParamsRecord;
  sort?: { key: string; dir: SortDirection };
  /** Replaces the default empty state (e.g. with a "create the first one" action). */
  empty?: ReactNode;
  pagination?: { page: number; pageSize: number; total: number };
  className?: string;
}

/**
 * A server-rendered table: sorting and paging are links that change the URL, so it works without
 * JavaScript and the data layer does the sorting. Keep it out of Client Components (`cell` is a
 * function and cannot cross to the client).
 *
 * It fits its box on a staff page at 1280 px in every language: headers and cells wrap between
 * words (a long word stays whole, and badges never break), and `hideBelow` drops columns of lesser
 * value on narrower screens. Where it still cannot fit (a phone), its box scrolls and says so.
 */
export function DataTable<Row>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  pathname,
  searchParams,
  sort,
  empty,
  pagination,
  className,
}: DataTableProps<Row>) {
  const t = useTranslations("common.table");
  const captionId = useId();

  if (rows.length === 0) {
    return (
      <div className={cn("space-y-4", className)}>
        {empty ?? <EmptyState title={t("empty")} />}
        {/* A page past the end is empty too, but the reader still needs the way back. */}
        {pagination && pagination.total > 0 && <Pagination {...pagination} pathname={pathname} searchParams={searchParams} />}
      </div>
    );
  }

  return (
    <div className={cn("space-y-4", className)}>
      <TableScrollRegion labelledBy={captionId} hint={t("scrollHint")}>
        <table className="w-full border-collapse text-left text-sm break-words">
          <caption id={captionId} className={cn("px-4 py-3 text-left text-base font-semibold", captionHidden && "sr-only")}>
            {caption}
          </caption>
          <thead className="bg-muted">
            <tr>
              {columns.map((column) => {
                const sorted = sort?.key === column.key ? sort.dir : undefined;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    className={cn("px-2.5 py-3 align-bottom font-semibold", columnClasses(column), column.className)}
                  >
                    {column.sortable ? (
                      <SortLink
                        href={hrefWith(pathname, searchParams, {
                          sort: column.key,
                          dir: sorted === "asc" ? "desc" : "asc",
                          page: null,
                        })}
                        sorted={sorted}
                        hint={sorted === "asc" ? t("sortDescending") : t("sortAscending")}
                      >
                        {column.header}
                      </SortLink>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)} className="border-t border-border">
                {columns.map((column) => {
                  const Cell = column.rowHeader ? "th" : "td";
                  return (
                    <Cell
                      key={column.key}
                      scope={column.rowHeader ? "row" : undefined}
                      className={cn(
                        "px-2.5 py-3 align-top",
                        column.rowHeader && "font-medium",
                        column.align === "end" && "tabular-nums",
                        column.nowrap && "whitespace-nowrap",
                        columnClasses(column),
                        column.className,
                      )}
                    >
                      {column.cell(row)}
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScrollRegion>
      {pagination && <Pagination {...pagination} pathname={pathname} searchParams={searchParams} />}
    </div>
  );
}

function SortLink({ href, sorted, hint, children }: { href: string; sorted?: SortDirection; hint: string; children: ReactNode }) {
  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ArrowUpDown;
  return (
    <Link href={href} scroll={false} className="inline-flex items-end gap-1 rounded-sm underline-offset-4 hover:underline">
      {children}
      {/* aria-sort already announces the current order; the hint says what activating the link does. */}
      <VisuallyHidden>, {hint}</VisuallyHidden>
      <Icon aria-hidden="true" className={cn("size-4 shrink-0", !sorted && "text-muted-foreground")} />
    </Link>
  );
}
