"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/lib/forms/use-action-form";
import { addExpenseAction } from "@/lib/projects/budget-actions";
import { emptyExpenseForm, expenseFieldsSchema } from "@/lib/projects/budget-schemas";
import { formatMoney } from "@/lib/projects/format";
import { convertToProjectCurrency } from "@/lib/projects/money";

interface Props {
  projectId: string;
  /** Open lines only: a closed year takes no expenses. */
  lines: readonly { id: string; label: string }[];
  budgetCurrency: string;
  defaults: { currency: string; rate: string; spentOn: string };
}

/** The project amount an entry would give, exactly as the server will compute it, or null while the numbers are incomplete. */
function previewAmount(amount: unknown, rate: unknown): string | null {
  const number = /^\d+(\.\d{1,2})?$/;
  const decimal = /^\d+(\.\d{1,8})?$/;
  const a = String(amount ?? "").trim().replace(",", ".");
  const r = String(rate ?? "").trim().replace(",", ".");
  if (!number.test(a) || !decimal.test(r)) return null;
  return convertToProjectCurrency(a, r).toFixed(2);
}

/**
 * Records an expense on a budget line: the day, what it was, the amount in the currency it was paid
 * in and the rate to the budget's currency. The converted amount is shown as it will be stored
 * (rounded half-up to cents). A line that goes over its plan is saved with a warning.
 */
export function ExpenseForm({ projectId, lines, budgetCurrency, defaults }: Props) {
  const t = useTranslations("projects.budget");
  const locale = useLocale();
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: expenseFieldsSchema,
    action: (values) => addExpenseAction({ ...values, projectId }),
    defaultValues: emptyExpenseForm(defaults),
    onSuccess: (data) => {
      toast.success(t("expenses.added", { amount: formatMoney(data.projectAmount, budgetCurrency, locale) }));
      if (data.lineOver) toast.warning(t("expenses.lineOver"));
      form.reset(emptyExpenseForm(defaults));
      router.refresh();
    },
  });
  const { register, formState, watch } = form;
  const preview = previewAmount(watch("amount"), watch("rate"));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-lg border border-border bg-surface p-4" aria-labelledby="expense-form-heading">
      <h3 id="expense-form-heading" className="font-semibold">
        {t("expenses.addTitle")}
      </h3>
      <FormAlert error={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("expenses.line")} error={fieldError("budgetLineId")} required>
          <Select id="expense-line" placeholder={t("expenses.chooseLine")} options={lines.map((line) => ({ value: line.id, label: line.label }))} {...register("budgetLineId")} />
        </FormField>
        <FormField label={t("expenses.spentOn")} error={fieldError("spentOn")} required>
          <Input id="expense-date" type="date" {...register("spentOn")} />
        </FormField>
      </div>
      <FormField label={t("expenses.description")} error={fieldError("description")} required>
        <Input id="expense-description" maxLength={300} {...register("description")} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label={t("expenses.amount")} error={fieldError("amount")} required>
          <Input id="expense-amount" inputMode="decimal" {...register("amount")} />
        </FormField>
        <FormField label={t("expenses.currency")} error={fieldError("currency")} required>
          <Input id="expense-currency" maxLength={3} autoCapitalize="characters" {...register("currency")} />
        </FormField>
        <FormField label={t("expenses.rate", { currency: budgetCurrency })} description={t("expenses.rateHint", { currency: budgetCurrency })} error={fieldError("rate")} required>
          <Input id="expense-rate" inputMode="decimal" {...register("rate")} />
        </FormField>
      </div>
      <p className="text-sm" aria-live="polite">
        {preview ? t("expenses.preview", { amount: formatMoney(preview, budgetCurrency, locale) }) : t("expenses.previewPending")}
      </p>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("expenses.saving") : t("expenses.add")}
      </Button>
    </form>
  );
}
