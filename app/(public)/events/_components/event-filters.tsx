import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { EVENT_KINDS, type PublicEventFilter } from "@/lib/events/schemas";

/** "2026-11" as the reader says it: "November 2026", "noyabr 2026", "ноябрь 2026 г.". */
function monthLabel(month: string, locale: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, number - 1, 15)));
}

/** The public list's filters: a plain GET form, so a filtered list has its own address and works without JavaScript. */
export async function EventFilters({ filter, months, locale }: { filter: PublicEventFilter; months: readonly string[]; locale: string }) {
  const t = await getTranslations("events");
  return (
    <form method="get" action="/events" role="search" aria-label={t("public.filters.label")} className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-4 sm:flex-row sm:flex-wrap sm:items-end">
      <FormField label={t("public.filters.kind")} className="sm:w-56">
        <Select name="kind" defaultValue={filter.kind ?? ""} placeholder={t("public.filters.anyKind")} options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))} />
      </FormField>
      <FormField label={t("public.filters.month")} className="sm:w-56">
        <Select name="month" defaultValue={filter.month ?? ""} placeholder={t("public.filters.anyMonth")} options={months.map((month) => ({ value: month, label: monthLabel(month, locale) }))} />
      </FormField>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{t("public.filters.apply")}</Button>
        {(filter.kind || filter.month) && (
          <Link href="/events" className="text-link underline underline-offset-4">
            {t("public.filters.clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
