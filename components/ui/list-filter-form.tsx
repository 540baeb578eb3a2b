import type { ReactNode } from "react";
import Link from "next/link";
import { Button } from "./button";
import { FormField } from "./form-field";
import { Input } from "./input";

export interface ListFilterFormProps {
  /** The list's path: the form submits to it, and "clear" leads back to it unfiltered. */
  pathname: string;
  /** Accessible name of the search landmark, e.g. "Filter agreements". */
  label: string;
  /** The current sort, kept when a new search is submitted. */
  sort?: string;
  dir?: string;
  search: { label: string; hint: string; value: string | undefined };
  applyLabel: string;
  clearLabel: string;
  /** The list's own filter fields (FormField + Select), placed after the search box. */
  children: ReactNode;
}

/**
 * The filters of a staff list: a plain GET form, so every filtered list has its own URL, can be
 * bookmarked and works without JavaScript. A search box first, the list's own fields, then apply
 * and clear.
 */
export function ListFilterForm({ pathname, label, sort, dir, search, applyLabel, clearLabel, children }: ListFilterFormProps) {
  return (
    <form
      method="get"
      action={pathname}
      role="search"
      aria-label={label}
      className="grid grid-cols-1 gap-4 rounded-lg border border-border bg-surface p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end"
    >
      {sort && <input type="hidden" name="sort" value={sort} />}
      {dir && <input type="hidden" name="dir" value={dir} />}
      <FormField label={search.label} description={search.hint} className="sm:col-span-2">
        <Input name="q" type="search" defaultValue={search.value ?? ""} maxLength={200} autoComplete="off" />
      </FormField>
      {children}
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
        <Button type="submit">{applyLabel}</Button>
        <Link href={pathname} className="text-link underline underline-offset-4">
          {clearLabel}
        </Link>
      </div>
    </form>
  );
}
