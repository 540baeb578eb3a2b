"use client";

import { useEffect, useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { bulkTransitionApplicationsAction } from "@/lib/applications/review-actions";
import { bulkTransitionSchema, type StaffTarget } from "@/lib/applications/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

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
 * checkboxes live in the server-rendered table and join this form through their `form` attribute;
 * their ticks are mirrored into the form's `applicationIds`.
 */
export function BulkActions({ opportunityId, targets }: { opportunityId: string; targets: { value: string; label: string }[] }) {
  const t = useTranslations("applications");
  const router = useRouter();
  const id = useId();
  const defaultValues = { opportunityId, applicationIds: [] as string[], toStatus: undefined, note: "", placesOverride: false, overrideReason: "" };
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: bulkTransitionSchema,
    action: bulkTransitionApplicationsAction,
    defaultValues,
    onSuccess: ({ count }) => {
      const status = form.getValues("toStatus") as StaffTarget;
      toast.success(t("review.bulkDone", { count, status: t(`status.${status}`) }));
      for (const box of selectedBoxes()) box.checked = false;
      document.dispatchEvent(new Event("change"));
      form.reset(defaultValues);
      router.refresh();
    },
  });
  const { setValue } = form;
  const selected = (useWatch({ control: form.control, name: "applicationIds" }) ?? []) as string[];
  const override = useWatch({ control: form.control, name: "placesOverride" }) === true;

  useEffect(() => {
    const sync = () => setValue("applicationIds", selectedBoxes().flatMap((box) => (box.checked ? [box.value] : [])), { shouldValidate: form.formState.isSubmitted });
    sync();
    document.addEventListener("change", sync);
    return () => document.removeEventListener("change", sync);
  }, [setValue, form.formState.isSubmitted]);

  const selectionError = fieldError("applicationIds");

  return (
    <form id={BULK_FORM_ID} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`} className="space-y-4 rounded-lg border border-border bg-surface p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {t("review.bulkHeading")}
        </h2>
        <p role="status" className="text-sm text-muted-foreground">
          {t("review.selectedCount", { count: selected.length })}
        </p>
      </div>
      <p className="text-sm text-muted-foreground">{t("review.bulkHint")}</p>
      <FormAlert error={formError} />
      <div className="grid gap-4 md:grid-cols-2">
        <FormField label={t("review.bulkTarget")} error={fieldError("toStatus")} required>
          <Select placeholder={t("review.bulkTargetPlaceholder")} options={targets} {...form.register("toStatus")} />
        </FormField>
        <FormField label={t("review.note")} description={t("review.noteHint")} error={fieldError("note")}>
          <Input maxLength={2000} {...form.register("note")} />
        </FormField>
      </div>
      <FormField label={t("review.override")} description={t("review.overrideHint")} layout="inline">
        <Checkbox {...form.register("placesOverride")} />
      </FormField>
      {override && (
        <FormField label={t("review.overrideReason")} error={fieldError("overrideReason")} required>
          <Input maxLength={2000} {...form.register("overrideReason")} />
        </FormField>
      )}
      {selectionError && <p className="text-sm font-medium text-destructive">{selectionError}</p>}
      <Button type="submit" disabled={form.formState.isSubmitting || selected.length === 0}>
        {t("review.bulkApply")}
      </Button>
    </form>
  );
}
