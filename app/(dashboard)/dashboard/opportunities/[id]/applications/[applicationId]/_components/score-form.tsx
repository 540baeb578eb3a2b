"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { scoreApplicationAction } from "@/lib/applications/review-actions";
import { scoreSchema } from "@/lib/applications/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

export interface ScoreFormProps {
  applicationId: string;
  criteria: { key: string; label: string; weight: number }[];
  initial: { scores: Record<string, number>; comment: string } | null;
}

/** The reviewer's own score: one number per criterion (0..weight), the total shown as they type. */
export function ScoreForm({ applicationId, criteria, initial }: ScoreFormProps) {
  const t = useTranslations("applications.review");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: scoreSchema,
    action: scoreApplicationAction,
    defaultValues: {
      applicationId,
      scores: Object.fromEntries(criteria.map((c) => [c.key, initial?.scores[c.key] === undefined ? "" : String(initial.scores[c.key])])),
      comment: initial?.comment ?? "",
    },
    onSuccess: () => {
      toast.success(t("scoreSaved"));
      router.refresh();
    },
  });
  const scores = (useWatch({ control: form.control, name: "scores" }) ?? {}) as Record<string, unknown>;
  const total = criteria.reduce((sum, c) => sum + (Number(scores[c.key]) || 0), 0);
  const max = criteria.reduce((sum, c) => sum + c.weight, 0);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert error={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        {criteria.map((criterion) => (
          <FormField
            key={criterion.key}
            id={`score-${criterion.key}`}
            label={t("criterionLabel", { label: criterion.label, weight: criterion.weight })}
            error={fieldError(`scores.${criterion.key}`)}
            required
          >
            <Input type="number" inputMode="decimal" min={0} max={criterion.weight} step="0.5" {...form.register(`scores.${criterion.key}`)} />
          </FormField>
        ))}
      </div>
      <p aria-live="polite" className="font-semibold">
        {t("totalScore", { total: Math.round(total * 100) / 100, max })}
      </p>
      <FormField label={t("comment")} id="review-comment" error={fieldError("comment")}>
        <Textarea maxLength={4000} rows={3} {...form.register("comment")} />
      </FormField>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("saveScore")}
      </Button>
    </form>
  );
}
