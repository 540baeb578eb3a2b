"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { saveActualAction } from "@/lib/strategy/actions";
import { saveActualSchema } from "@/lib/strategy/schemas";

/** Enters (or corrects) a hand-entered indicator's value for a year, with its evidence. */
export function ActualForm({ indicatorId, year }: { indicatorId: string; year: number }) {
  const t = useTranslations("strategy.actualForm");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: saveActualSchema,
    action: saveActualAction,
    defaultValues: { indicatorId, year: String(year), value: "", evidence: "" },
    onSuccess: () => {
      toast.success(t("saved"));
      form.reset({ indicatorId, year: String(year), value: "", evidence: "" });
      router.refresh();
    },
  });
  const { isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      <FormAlert error={formError} />
      <input type="hidden" {...form.register("indicatorId")} />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("year")} error={fieldError("year")} required>
          <Input id="actual-year" type="number" inputMode="numeric" min={2000} max={2100} step={1} {...form.register("year")} />
        </FormField>
        <FormField label={t("value")} error={fieldError("value")} required>
          <Input id="actual-value" type="number" inputMode="numeric" min={0} step={1} {...form.register("value")} />
        </FormField>
      </div>
      <FormField label={t("evidence")} description={t("evidenceHint")} error={fieldError("evidence")}>
        <Textarea id="actual-evidence" rows={4} {...form.register("evidence")} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? tCommon("buttons.saving") : t("save")}
      </Button>
    </form>
  );
}
