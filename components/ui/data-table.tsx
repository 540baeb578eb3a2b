import Link from "next/link";
import { useId, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { cn } from "./cn";
import { EmptyState } from "./empty-state";
import { Pagination } from "./pagination";
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
  className?: string;
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
      {/* Focusable and named so keyboard users can scroll a wide table on a phone. */}
      <div role="region" aria-labelledby={captionId} tabIndex={0} className="relative overflow-x-auto rounded-lg border border-border">
        <table className="w-full border-collapse text-left text-sm">
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
                    className={cn("px-4 py-3 font-semibold whitespace-nowrap", column.align === "end" && "text-right", column.className)}
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
                        "px-4 py-3 align-top",
                        column.rowHeader && "font-medium",
                        column.align === "end" && "text-right tabular-nums",
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
      </div>
      {pagination && <Pagination {...pagination} pathname={pathname} searchParams={searchParams} />}
    </div>
  );
}

function SortLink({ href, sorted, hint, children }: { href: string; sorted?: SortDirection; hint: string; children: ReactNode }) {
  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ArrowUpDown;
  return (
    <Link href={href} scroll={false} className="inline-flex items-center gap-1.5 rounded-sm underline-offset-4 hover:underline">
      {children}
      {/* aria-sort already announces the current order; the hint says what activating the link does. */}
      <VisuallyHidden>, {hint}</VisuallyHidden>
      <Icon aria-hidden="true" className={cn("size-4", !sorted && "text-muted-foreground")} />
    </Link>
  );
}
