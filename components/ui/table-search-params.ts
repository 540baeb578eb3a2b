/**
 * URL state of server-rendered lists (sort, direction, page), so sorting and paging are plain
 * links: they work without JavaScript, can be bookmarked and survive back/forward.
 */

/** What a page receives as `await searchParams`. */
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export type SortDirection = "asc" | "desc";

export interface TableState<K extends string> {
  sort: K;
  dir: SortDirection;
  page: number;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Reads sort/dir/page from the URL, falling back to defaults for anything missing or tampered with. */
export function parseTableParams<K extends string>(
  params: SearchParamsRecord,
  options: { sortable: readonly K[]; defaultSort: K; defaultDir?: SortDirection },
): TableState<K> {
  const sortParam = first(params.sort);
  const sort = options.sortable.find((key) => key === sortParam) ?? options.defaultSort;
  const dirParam = first(params.dir);
  const dir: SortDirection = dirParam === "asc" || dirParam === "desc" ? dirParam : (options.defaultDir ?? "asc");
  const pageParam = Number(first(params.page));
  const page = Number.isSafeInteger(pageParam) && pageParam >= 1 ? pageParam : 1;
  return { sort, dir, page };
}

/** The current URL with some parameters replaced (`null` removes one); other filters are kept. */
export function hrefWith(
  pathname: string,
  params: SearchParamsRecord,
  changes: Record<string, string | number | null>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key in changes || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, item);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value !== null) query.set(key, String(value));
  }
  const search = query.toString();
  return search ? `${pathname}?${search}` : pathname;
}

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Page numbers to show: first, last and the neighbours of the current page, with gaps between. */
export function pageWindow(current: number, count: number): (number | "gap")[] {
  const wanted = new Set([1, count, current - 1, current, current + 1].filter((n) => n >= 1 && n <= count));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | "gap")[] = [];
  sorted.forEach((n, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && n - previous === 2) result.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) result.push("gap");
    result.push(n);
  });
  return result;
}
