import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { cn } from "./cn";
import { hrefWith, pageCountOf, pageWindow, type SearchParamsRecord } from "./table-search-params";
import { VisuallyHidden } from "./visually-hidden";

export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** The list's path, e.g. "/partners"; the other search parameters are kept on every link. */
  pathname: string;
  searchParams: SearchParamsRecord;
  className?: string;
}

const itemClasses = "inline-flex h-11 min-w-11 items-center justify-center gap-1 rounded-md px-3 text-sm font-medium";

/** Links to pages of a server-rendered list; works without JavaScript. Server-only (async). */
export async function Pagination({ page, pageSize, total, pathname, searchParams, className }: PaginationProps) {
  const [t, format] = await Promise.all([getTranslations("common.pagination"), getFormatter()]);
  const pages = pageCountOf(total, pageSize);
  const current = Math.min(page, pages);
  const from = total === 0 ? 0 : (current - 1) * pageSize + 1;
  const to = Math.min(current * pageSize, total);
  const hrefFor = (target: number) => hrefWith(pathname, searchParams, { page: target === 1 ? null : target });

  return (
    <nav aria-label={t("label")} className={cn("flex flex-col items-center gap-3 sm:flex-row sm:justify-between", className)}>
      <p className="text-sm text-muted-foreground">{t("summary", { from, to, total })}</p>
      {pages > 1 && (
        <ul className="flex flex-wrap items-center gap-1">
          {current > 1 && (
            <li>
              <Link href={hrefFor(current - 1)} rel="prev" className={cn(itemClasses, "hover:bg-muted")}>
                <ChevronLeft aria-hidden="true" className="size-4" />
                <span className="sr-only sm:not-sr-only">{t("previous")}</span>
              </Link>
            </li>
          )}
          {pageWindow(current, pages).map((entry, index) =>
            entry === "gap" ? (
              <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted-foreground">
                …
              </li>
            ) : (
              <li key={entry}>
                <Link
                  href={hrefFor(entry)}
                  aria-current={entry === current ? "page" : undefined}
                  className={cn(
                    itemClasses,
                    entry === current ? "bg-primary text-primary-foreground" : "hover:bg-muted",
                  )}
                >
                  <VisuallyHidden>{t("page", { page: entry })}</VisuallyHidden>
                  <span aria-hidden="true">{format.number(entry)}</span>
                </Link>
              </li>
            ),
          )}
          {current < pages && (
            <li>
              <Link href={hrefFor(current + 1)} rel="next" className={cn(itemClasses, "hover:bg-muted")}>
                <span className="sr-only sm:not-sr-only">{t("next")}</span>
                <ChevronRight aria-hidden="true" className="size-4" />
              </Link>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}
