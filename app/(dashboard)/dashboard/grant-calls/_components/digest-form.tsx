"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormProvider } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { toast } from "@/components/ui/toaster";
import { useAction, useActionForm } from "@/lib/forms/use-action-form";
import { endDigestSubscriptionAction, saveDigestSubscriptionAction } from "@/lib/grant-calls/actions";
import { digestSubscriptionSchema, type DigestSubscriptionInput } from "@/lib/grant-calls/schemas";
import { SubjectPicker, type Option } from "@/components/content/subject-picker";

/** What the weekly digest covers: subject areas and units; with neither, every new call. */
export function DigestForm({ subscribed, defaults, subjects, units }: { subscribed: boolean; defaults: DigestSubscriptionInput; subjects: Option[]; units: Option[] }) {
  const t = useTranslations("grantCalls.digest");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: digestSubscriptionSchema,
    action: saveDigestSubscriptionAction,
    defaultValues: defaults,
    onSuccess: () => {
      toast.success(t("saved"));
      router.refresh();
    },
  });
  const end = useAction(endDigestSubscriptionAction, () => {
    toast.success(t("unsubscribed"));
    router.refresh();
  });
  const { isSubmitting } = form.formState;

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-6">
        <FormAlert error={formError ?? end.error} />
        <SubjectPicker options={subjects} legend={t("subjects")} hint={t("subjectsHint")} emptyLabel={t("noSubjects")} error={fieldError("subjectAreas")} />
        <fieldset className="min-w-0 space-y-2">
          <legend className="text-sm font-medium">{t("units")}</legend>
          <p className="text-sm text-muted-foreground">{t("unitsHint")}</p>
          <div className="grid gap-2 sm:grid-cols-2">
            {units.map((unit) => (
              <FormField key={unit.value} label={unit.label} layout="inline">
                <Checkbox id={`digest-unit-${unit.value}`} value={unit.value} {...form.register("unitIds")} />
              </FormField>
            ))}
          </div>
          {fieldError("unitIds") && <p className="text-sm font-medium text-destructive">{fieldError("unitIds")}</p>}
        </fieldset>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? t("saving") : subscribed ? t("save") : t("subscribe")}
          </Button>
          {subscribed && (
            <Button type="button" variant="outline" disabled={end.pending} onClick={() => void end.run({})}>
              {t("unsubscribe")}
            </Button>
          )}
        </div>
      </form>
    </FormProvider>
  );
}
