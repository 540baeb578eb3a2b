"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { addBudgetLineAction, removeBudgetLineAction, updateBudgetLineAction } from "@/lib/projects/budget-actions";
import { budgetLineFieldsSchema, budgetLineFormValues } from "@/lib/projects/budget-schemas";
import type { LineSummary } from "@/lib/projects/budget";
import { formatMoney, formatPercent } from "@/lib/projects/format";
import { BUDGET_CATEGORIES } from "@/lib/projects/options";
import { ChildForm } from "./child-form";
import { InlineList } from "./inline-list";

interface Props {
  projectId: string;
  lines: readonly LineSummary[];
  currency: string;
  years: readonly number[];
  canEdit: boolean;
}

/** The budget lines by year and category, each planned against spent, edited in place. */
export function BudgetLinesEditor({ projectId, lines, currency, years, canEdit }: Props) {
  const t = useTranslations("projects.budget");
  const locale = useLocale();
  const money = (amount: string) => formatMoney(amount, currency, locale);
  const nameOf = (line: LineSummary) => [line.year, t(`categories.${line.category}`), line.description].filter(Boolean).join(" · ");
  return (
    <InlineList
      items={lines}
      canEdit={canEdit}
      texts={{ empty: t("lines.empty"), add: t("lines.add"), addTitle: t("lines.addTitle"), removed: (name) => t("lines.removed", { name }) }}
      nameOf={nameOf}
      describe={(line) => (
        <>
          <p className="flex flex-wrap items-center gap-2 font-medium">
            {nameOf(line)}
            {line.over && <Badge variant="danger">{t("over")}</Badge>}
            {line.closed && <Badge>{t("closed")}</Badge>}
          </p>
          <p className="text-sm text-muted-foreground">
            {t("lines.figures", { planned: money(line.planned), spent: money(line.spent), burn: formatPercent(line.burn, locale) })}
          </p>
        </>
      )}
      remove={removeBudgetLineAction}
      form={({ item, done, cancel }) => (
        <BudgetLineForm
          idPrefix={item ? `line-${item.id}` : "line-new"}
          initial={budgetLineFormValues(item ?? undefined, years[0])}
          years={years}
          currency={currency}
          submitLabel={item ? t("lines.save") : t("lines.add")}
          action={(values) => (item ? updateBudgetLineAction({ ...values, id: item.id }) : addBudgetLineAction({ ...values, projectId }))}
          onDone={() => {
            toast.success(item ? t("lines.saved") : t("lines.added"));
            done();
          }}
          onCancel={cancel}
        />
      )}
    />
  );
}

function BudgetLineForm({
  idPrefix,
  initial,
  years,
  currency,
  submitLabel,
  action,
  onDone,
  onCancel,
}: {
  idPrefix: string;
  initial: ReturnType<typeof budgetLineFormValues>;
  years: readonly number[];
  currency: string;
  submitLabel: string;
  action: (values: ReturnType<typeof budgetLineFormValues>) => ReturnType<typeof addBudgetLineAction>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("projects.budget");
  const { form, onSubmit, formError, fieldError } = useActionForm({ schema: budgetLineFieldsSchema, action, defaultValues: initial, onSuccess: onDone });
  const { register, formState } = form;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <ChildForm onSubmit={onSubmit} formError={formError} submitting={formState.isSubmitting} submitLabel={submitLabel} onCancel={onCancel}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FormField label={t("fields.category")} error={fieldError("category")}>
          <Select id={id("category")} options={BUDGET_CATEGORIES.map((value) => ({ value, label: t(`categories.${value}`) }))} {...register("category")} />
        </FormField>
        <FormField label={t("fields.year")} error={fieldError("year")} required>
          <Select id={id("year")} options={years.map((year) => ({ value: String(year), label: String(year) }))} {...register("year")} />
        </FormField>
        <FormField label={t("fields.description")} description={t("fields.descriptionHint")} error={fieldError("description")}>
          <Input id={id("description")} maxLength={200} {...register("description")} />
        </FormField>
        <FormField label={t("fields.planned", { currency })} error={fieldError("planned")} required>
          <Input id={id("planned")} inputMode="decimal" {...register("planned")} />
        </FormField>
      </div>
    </ChildForm>
  );
}
