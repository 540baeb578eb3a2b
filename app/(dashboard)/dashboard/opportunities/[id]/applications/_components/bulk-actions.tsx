"use client";

import { useEffect, useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { bulkTransitionApplicationsAction } from "@/lib/applications/review-actions";

export const BULK_FORM_ID = "bulk-applications";

function selectedBoxes(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"][name="applicationIds"]`)];
}

/** Ticks or clears every row checkbox of the page (they belong to the bulk form through `form=`). */
export function SelectAllCheckbox({ label }: { label: string }) {
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    const sync = () => {
      const boxes = selectedBoxes();
      setChecked(boxes.length > 0 && boxes.every((box) => box.checked));
    };
    document.addEventListener("change", sync);
    return () => document.removeEventListener("change", sync);
  }, []);
  return (
    <Checkbox
      aria-label={label}
      checked={checked}
      onChange={(event) => {
        for (const box of selectedBoxes()) box.checked = event.target.checked;
        setChecked(event.target.checked);
        document.dispatchEvent(new Event("change"));
      }}
    />
  );
}

/**
 * Moves the ticked applicants to one status in a single all-or-nothing request. The row
 * checkboxes live in the server-rendered table and join this form through their `form` attribute.
 */
export function BulkActions({ opportunityId, targets }: { opportunityId: string; targets: { value: string; label: string }[] }) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const [count, setCount] = useState(0);
  const [override, setOverride] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  useEffect(() => {
    const sync = () => setCount(selectedBoxes().filter((box) => box.checked).length);
    sync();
    document.addEventListener("change", sync);
    return () => document.removeEventListener("change", sync);
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const toStatus = String(form.get("toStatus") ?? "");
    setPending(true);
    setError(null);
    setFieldErrors({});
    const result = await bulkTransitionApplicationsAction(form).catch(() => null);
    setPending(false);
    if (result?.ok) {
      toast.success(t("applications.review.bulkDone", { count: result.data.count, status: t(`applications.status.${toStatus}` as "applications.status.DRAFT") }));
      for (const box of selectedBoxes()) box.checked = false;
      document.dispatchEvent(new Event("change"));
      router.refresh();
      return;
    }
    const key = result?.formError ?? "errors.generic.network";
    setError(t.has(key) ? t(key, result?.ok === false ? result.values : undefined) : t("errors.generic.unexpected"));
    setFieldErrors(result?.ok === false ? (result.fieldErrors ?? {}) : {});
  }

  const fieldError = (name: string) => {
    const key = fieldErrors[name]?.[0];
    return key ? (t.has(key) ? t(key) : t("common.form.errors.invalid")) : undefined;
  };

  return (
    <form id={BULK_FORM_ID} onSubmit={submit} aria-labelledby={`${id}-heading`} className="space-y-4 rounded-lg border border-border bg-surface p-4">
      <input type="hidden" name="opportunityId" value={opportunityId} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {t("applications.review.bulkHeading")}
        </h2>
        <p role="status" className="text-sm text-muted-foreground">
          {t("applications.review.selectedCount", { count })}
        </p>
      </div>
      <p className="text-sm text-muted-foreground">{t("applications.review.bulkHint")}</p>
      {error && (
        <Alert variant="error" live="assertive">
          {error}
        </Alert>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <FormField label={t("applications.review.bulkTarget")} error={fieldError("toStatus")} required>
          <Select name="toStatus" defaultValue="" placeholder={t("applications.review.bulkTargetPlaceholder")} options={targets} />
        </FormField>
        <FormField label={t("applications.review.note")} description={t("applications.review.noteHint")}>
          <Input name="note" maxLength={2000} />
        </FormField>
      </div>
      <FormField label={t("applications.review.override")} description={t("applications.review.overrideHint")} layout="inline">
        <Checkbox name="placesOverride" checked={override} onChange={(event) => setOverride(event.target.checked)} />
      </FormField>
      {override && (
        <FormField label={t("applications.review.overrideReason")} error={fieldError("overrideReason")} required>
          <Input name="overrideReason" maxLength={2000} />
        </FormField>
      )}
      {fieldError("applicationIds") && <p className="text-sm font-medium text-destructive">{fieldError("applicationIds")}</p>}
      <Button type="submit" disabled={pending || count === 0}>
        {t("applications.review.bulkApply")}
      </Button>
    </form>
  );
}
