import { getTranslations } from "@/i18n/server";
import { FormField } from "@/components/ui/form-field";
import { ListFilterForm } from "@/components/ui/list-filter-form";
import { Select } from "@/components/ui/select";
import { EVENT_KINDS, type EventListFilter } from "@/lib/events/schemas";

/** The staff list's filters: a plain GET form, so every filtered list has its own address and works without JavaScript. */
export async function EventFilters({ filter, pathname, units }: { filter: EventListFilter; pathname: string; units: readonly { id: string; code: string; name: string }[] }) {
  const t = await getTranslations("events");
  const any = t("staff.list.filters.any");
  return (
    <ListFilterForm
      pathname={pathname}
      label={t("staff.list.filters.label")}
      search={{ label: t("staff.list.filters.search"), hint: t("staff.list.filters.searchHint"), value: filter.q }}
      applyLabel={t("staff.list.filters.apply")}
      clearLabel={t("staff.list.filters.clear")}
    >
      <FormField label={t("staff.list.filters.when")}>
        <Select name="when" defaultValue={filter.when} options={(["upcoming", "past", "all"] as const).map((value) => ({ value, label: t(`staff.list.filters.${value}`) }))} />
      </FormField>
      <FormField label={t("staff.list.filters.kind")}>
        <Select name="kind" defaultValue={filter.kind ?? ""} placeholder={any} options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))} />
      </FormField>
      <FormField label={t("staff.list.filters.unit")}>
        <Select name="unitId" defaultValue={filter.unitId ?? ""} placeholder={any} options={units.map((unit) => ({ value: unit.id, label: `${unit.code} — ${unit.name}` }))} />
      </FormField>
    </ListFilterForm>
  );
}
