"use client";

import { useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LinkButton } from "@/components/ui/link-button";
import { Select } from "@/components/ui/select";

interface Option {
  value: string;
  label: string;
}

export interface CatalogueFiltersProps {
  /** The values currently in the URL. */
  values: Record<"q" | "country" | "program" | "level" | "subject" | "cefr" | "before" | "sort", string> & { open: boolean };
  options: Record<"country" | "program" | "level" | "subject" | "cefr" | "sort", Option[]>;
  /** Already translated on the server, so no message catalogue is shipped to the browser. */
  labels: Record<
    | "search"
    | "searchHint"
    | "country"
    | "anyCountry"
    | "program"
    | "anyProgram"
    | "level"
    | "anyLevel"
    | "subject"
    | "anySubject"
    | "cefr"
    | "anyCefr"
    | "cefrHint"
    | "openNow"
    | "before"
    | "sort"
    | "submit"
    | "clear",
    string
  >;
  hasFilters: boolean;
}

/**
 * The catalogue's filters as a plain GET form: without JavaScript it submits to the same URL; with
 * it, empty fields are dropped and the router navigates, so the URL stays short and shareable and
 * reloading or going back keeps the same results.
 */
export function CatalogueFilters({ values, options, labels, hasFilters }: CatalogueFiltersProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget).entries()) {
      // The default order is left out so the same search always has the same URL.
      if (typeof value === "string" && value.trim() !== "" && !(key === "sort" && value === "deadline")) {
        query.set(key, value.trim());
      }
    }
    const search = query.toString();
    startTransition(() => router.push(search ? `/opportunities?${search}` : "/opportunities", { scroll: false }));
  }

  return (
    <form action="/opportunities" method="get" onSubmit={handleSubmit} className="space-y-4" aria-busy={pending}>
      <FormField label={labels.search} description={labels.searchHint}>
        <Input id="filter-q" name="q" type="search" defaultValue={values.q} maxLength={100} autoComplete="off" />
      </FormField>
      <FormField label={labels.country}>
        <Select id="filter-country" name="country" defaultValue={values.country} placeholder={labels.anyCountry} options={options.country} />
      </FormField>
      <FormField label={labels.program}>
        <Select id="filter-program" name="program" defaultValue={values.program} placeholder={labels.anyProgram} options={options.program} />
      </FormField>
      <FormField label={labels.level}>
        <Select id="filter-level" name="level" defaultValue={values.level} placeholder={labels.anyLevel} options={options.level} />
      </FormField>
      <FormField label={labels.subject}>
        <Select id="filter-subject" name="subject" defaultValue={values.subject} placeholder={labels.anySubject} options={options.subject} />
      </FormField>
      <FormField label={labels.cefr} description={labels.cefrHint}>
        <Select id="filter-cefr" name="cefr" defaultValue={values.cefr} placeholder={labels.anyCefr} options={options.cefr} />
      </FormField>
      <FormField label={labels.before}>
        <Input id="filter-before" name="before" type="date" defaultValue={values.before} />
      </FormField>
      <FormField label={labels.openNow} layout="inline">
        <Checkbox id="filter-open" name="open" value="1" defaultChecked={values.open} />
      </FormField>
      <FormField label={labels.sort}>
        <Select id="filter-sort" name="sort" defaultValue={values.sort} options={options.sort} />
      </FormField>
      <div className="flex flex-wrap gap-3 pt-2">
        {/* Labels wrap rather than overflow: "Bütün süzgəcləri təmizlə" is long in a narrow column. */}
        <Button type="submit" disabled={pending} className="h-auto min-h-11 py-2 text-center whitespace-normal">
          {labels.submit}
        </Button>
        {hasFilters && (
          <LinkButton href="/opportunities" variant="outline" className="h-auto min-h-11 py-2 text-center whitespace-normal">
            {labels.clear}
          </LinkButton>
        )}
      </div>
    </form>
  );
}
