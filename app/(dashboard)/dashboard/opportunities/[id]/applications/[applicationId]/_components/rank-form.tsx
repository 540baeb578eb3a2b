"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { rankApplicationAction } from "@/lib/applications/review-actions";
import { rankSchema } from "@/lib/applications/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

/** The application's place in the opportunity's ranked list (empty clears it). */
export function RankForm({ applicationId, rank }: { applicationId: string; rank: number | null }) {
  const t = useTranslations("applications.review");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: rankSchema,
    action: rankApplicationAction,
    defaultValues: { applicationId, rank: rank === null ? "" : String(rank) },
    onSuccess: () => {
      toast.success(t("rankSaved"));
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert error={formError} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <FormField label={t("rankLabel")} id="rank" error={fieldError("rank")} className="sm:w-64">
          <Input type="number" inputMode="numeric" min={1} step={1} {...form.register("rank")} />
        </FormField>
        <Button type="submit" variant="outline" disabled={form.formState.isSubmitting}>
          {t("saveRank")}
        </Button>
      </div>
    </form>
  );
}
