import { getTranslations } from "@/i18n/server";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ListFilterForm } from "@/components/ui/list-filter-form";
import { Select } from "@/components/ui/select";
import { VISIT_DIRECTIONS, VISIT_KINDS, VISIT_STATUSES } from "@/lib/visits/options";
import type { VisitListFilter } from "@/lib/visits/schemas";

export interface VisitFilterOptions {
  units: readonly { id: string; code: string; name: string }[];
  /** The partner the list is narrowed to, when it is. */
  partner: { id: string; name: string } | null;
}

/** The list's filters: a plain GET form, so every filtered list has its own address and works without JavaScript. */
export async function VisitFilters({ filter, pathname, options, showUnit }: { filter: VisitListFilter; pathname: string; options: VisitFilterOptions; showUnit: boolean }) {
  const t = await getTranslations("visits");
  const any = t("list.filters.any");
  return (
    <ListFilterForm
      pathname={pathname}
      label={t("list.filters.label")}
      dir={filter.dir}
      search={{ label: t("list.filters.search"), hint: t("list.filters.searchHint"), value: filter.q }}
      applyLabel={t("list.filters.apply")}
      clearLabel={t("list.filters.clear")}
    >
      <FormField label={t("fields.direction")}>
        <Select name="direction" defaultValue={filter.direction ?? ""} placeholder={any} options={VISIT_DIRECTIONS.map((value) => ({ value, label: t(`directions.${value}`) }))} />
      </FormField>
      <FormField label={t("fields.kind")}>
        <Select name="kind" defaultValue={filter.kind ?? ""} placeholder={any} options={VISIT_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))} />
      </FormField>
      <FormField label={t("fields.status")}>
        <Select name="status" defaultValue={filter.status ?? ""} placeholder={any} options={VISIT_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))} />
      </FormField>
      {showUnit && (
        <FormField label={t("fields.hostUnit")}>
          <Select name="unitId" defaultValue={filter.unitId ?? ""} placeholder={any} options={options.units.map((unit) => ({ value: unit.id, label: `${unit.code} — ${unit.name}` }))} />
        </FormField>
      )}
      {options.partner && (
        // Set from a partner's page; unticked and applied, the list shows every partner again.
        <FormField label={t("list.filters.onlyPartner", { name: options.partner.name })} layout="inline">
          <Checkbox name="partnerId" value={options.partner.id} defaultChecked />
        </FormField>
      )}
      <FormField label={t("list.filters.from")}>
        <Input name="from" type="date" defaultValue={filter.from ?? ""} />
      </FormField>
      <FormField label={t("list.filters.to")}>
        <Input name="to" type="date" defaultValue={filter.to ?? ""} />
      </FormField>
    </ListFilterForm>
  );
}
