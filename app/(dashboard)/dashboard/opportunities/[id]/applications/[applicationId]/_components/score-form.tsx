"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { scoreApplicationAction } from "@/lib/applications/review-actions";

export interface ScoreFormProps {
  applicationId: string;
  criteria: { key: string; label: string; weight: number }[];
  initial: { scores: Record<string, number>; comment: string } | null;
}

/** The reviewer's own score: one number per criterion (0..weight), the total shown as they type. */
export function ScoreForm({ applicationId, criteria, initial }: ScoreFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(criteria.map((c) => [c.key, initial?.scores[c.key] === undefined ? "" : String(initial.scores[c.key])])),
  );
  const [comment, setComment] = useState(initial?.comment ?? "");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const total = criteria.reduce((sum, c) => sum + (Number(values[c.key]) || 0), 0);
  const max = criteria.reduce((sum, c) => sum + c.weight, 0);
  const translate = (key: string | undefined) => (key ? (t.has(key) ? t(key) : t("common.form.errors.invalid")) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const scores = Object.fromEntries(criteria.filter((c) => values[c.key] !== "").map((c) => [c.key, Number(values[c.key])]));
    const result = await scoreApplicationAction({ applicationId, scores, comment }).catch(() => null);
    setPending(false);
    if (result?.ok) {
      setFieldErrors({});
      toast.success(t("applications.review.scoreSaved"));
      router.refresh();
      return;
    }
    setFieldErrors(result?.ok === false ? (result.fieldErrors ?? {}) : {});
    setError(translate(result?.formError ?? "errors.generic.network") ?? null);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {error && (
        <Alert variant="error" live="assertive">
          {error}
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {criteria.map((criterion) => (
          <FormField
            key={criterion.key}
            id={`score-${criterion.key}`}
            label={t("applications.review.criterionLabel", { label: criterion.label, weight: criterion.weight })}
            error={translate(fieldErrors[`scores.${criterion.key}`]?.[0])}
            required
          >
            <Input
              type="number"
              inputMode="decimal"
              min={0}
              max={criterion.weight}
              step="0.5"
              value={values[criterion.key] ?? ""}
              onChange={(event) => setValues((current) => ({ ...current, [criterion.key]: event.target.value }))}
            />
          </FormField>
        ))}
      </div>
      <p aria-live="polite" className="font-semibold">
        {t("applications.review.totalScore", { total: Math.round(total * 100) / 100, max })}
      </p>
      <FormField label={t("applications.review.comment")} id="review-comment">
        <Textarea value={comment} onChange={(event) => setComment(event.target.value)} maxLength={4000} rows={3} />
      </FormField>
      <Button type="submit" disabled={pending}>
        {t("applications.review.saveScore")}
      </Button>
    </form>
  );
}
