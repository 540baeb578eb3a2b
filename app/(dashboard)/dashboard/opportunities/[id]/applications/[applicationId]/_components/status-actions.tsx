"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { transitionApplicationAction } from "@/lib/applications/review-actions";
import { transitionSchema, type StaffTarget } from "@/lib/applications/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

export interface StatusActionsProps {
  applicationId: string;
  /** The moves this reviewer may make from the current status. */
  targets: StaffTarget[];
  /** All places are taken: nominating (or accepting) needs the override. */
  placesFull: boolean;
  places: number;
}

/** One submit button per allowed move, sharing the note and the override; the server re-checks the lifecycle, places and rights. */
export function StatusActions({ applicationId, targets, placesFull, places }: StatusActionsProps) {
  const t = useTranslations("applications");
  const router = useRouter();
  const defaultValues = { applicationId, toStatus: undefined, note: "", placesOverride: false, overrideReason: "" };
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: transitionSchema,
    action: transitionApplicationAction,
    defaultValues,
    onSuccess: () => {
      const status = form.getValues("toStatus") as StaffTarget;
      toast.success(t("review.moved", { status: t(`status.${status}`) }));
      form.reset(defaultValues);
      router.refresh();
    },
  });
  const override = useWatch({ control: form.control, name: "placesOverride" }) === true;
  const { isSubmitting } = form.formState;

  if (targets.length === 0) return <p className="text-muted-foreground">{t("review.noTransitions")}</p>;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert error={formError} />
      {placesFull && (targets.includes("NOMINATED") || targets.includes("ACCEPTED")) && (
        <Alert variant="warning">{t("review.placesFull", { places })}</Alert>
      )}
      <FormField label={t("review.note")} description={t("review.noteHint")} id="transition-note" error={fieldError("note")}>
        <Input maxLength={2000} {...form.register("note")} />
      </FormField>
      <FormField label={t("review.override")} description={t("review.overrideHint")} layout="inline" id="places-override">
        <Checkbox {...form.register("placesOverride")} />
      </FormField>
      {override && (
        <FormField label={t("review.overrideReason")} id="override-reason" error={fieldError("overrideReason")} required>
          <Input maxLength={2000} {...form.register("overrideReason")} />
        </FormField>
      )}
      <div className="flex flex-wrap gap-3">
        {targets.map((target) => (
          <Button
            key={target}
            type="submit"
            // The clicked button names the move; its click runs before the form's submit.
            onClick={() => form.setValue("toStatus", target)}
            disabled={isSubmitting}
            variant={target === "REJECTED" ? "destructive" : target === "UNDER_REVIEW" ? "outline" : "primary"}
          >
            {t(`review.moveTo.${target}`)}
          </Button>
        ))}
      </div>
    </form>
  );
}
