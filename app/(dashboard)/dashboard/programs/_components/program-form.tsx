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
import { createProgramAction, updateProgramAction } from "@/lib/programs/actions";
import { programFormSchema } from "@/lib/programs/schemas";

export interface ProgramFormProps {
  /** Present when editing: the record and the version the editor opened (optimistic locking). */
  program?: { id: string; version: number; code: string; name: string; description: string; funder: string | null; url: string | null };
}

/** Create or edit a mobility program; the same zod schema checks it here and in the action. */
export function ProgramForm({ program }: ProgramFormProps) {
  const t = useTranslations("programs.form");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: programFormSchema,
    action: (values) => (program ? updateProgramAction({ ...values, id: program.id, version: program.version }) : createProgramAction(values)),
    defaultValues: {
      code: program?.code ?? "",
      name: program?.name ?? "",
      description: program?.description ?? "",
      funder: program?.funder ?? "",
      url: program?.url ?? "",
    },
    onSuccess: () => {
      toast.success(program ? t("saved") : t("created"));
      router.push("/dashboard/programs");
    },
  });
  const { register } = form;
  const { isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      <FormAlert error={formError} />
      <FormField label={t("code")} description={t("codeHint")} error={fieldError("code")} required>
        <Input id="program-code" autoCapitalize="characters" {...register("code")} />
      </FormField>
      <FormField label={t("name")} error={fieldError("name")} required>
        <Input id="program-name" {...register("name")} />
      </FormField>
      <FormField label={t("funder")} error={fieldError("funder")}>
        <Input id="program-funder" {...register("funder")} />
      </FormField>
      <FormField label={t("url")} description={t("urlHint")} error={fieldError("url")}>
        <Input id="program-url" type="url" inputMode="url" {...register("url")} />
      </FormField>
      <FormField label={t("description")} error={fieldError("description")}>
        <Textarea id="program-description" rows={6} {...register("description")} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : program ? t("save") : t("create")}
      </Button>
    </form>
  );
}
