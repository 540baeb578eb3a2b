"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { applyActionErrors } from "@/lib/opportunities/form-errors";
import { createProgramAction, updateProgramAction } from "@/lib/programs/actions";
import { programFormSchema, type ProgramFormInput, type ProgramFormValues } from "@/lib/programs/schemas";

export interface ProgramFormProps {
  program?: { id: string; code: string; name: string; description: string; funder: string | null; url: string | null };
}

/** Create or edit a mobility program; the same zod schema checks it here and in the action. */
export function ProgramForm({ program }: ProgramFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ProgramFormInput, unknown, ProgramFormValues>({
    resolver: zodResolver(programFormSchema),
    defaultValues: {
      code: program?.code ?? "",
      name: program?.name ?? "",
      description: program?.description ?? "",
      funder: program?.funder ?? "",
      url: program?.url ?? "",
    },
  });
  const message = (key: string | undefined) => (key ? (t.has(key) ? t(key) : t("programs.validation.required")) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = program ? await updateProgramAction({ ...values, id: program.id }) : await createProgramAction(values);
    if (!result.ok) {
      const failure = applyActionErrors(result, setError);
      setFormError(t.has(failure.key) ? t(failure.key, failure.values) : t("errors.generic.unexpected"));
      return;
    }
    toast.success(program ? t("programs.form.saved") : t("programs.form.created"));
    router.push("/dashboard/programs");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      {formError && (
        <Alert variant="error" live="assertive">
          {formError}
        </Alert>
      )}
      <FormField label={t("programs.form.code")} description={t("programs.form.codeHint")} error={message(errors.code?.message)} required>
        <Input id="program-code" autoCapitalize="characters" {...register("code")} />
      </FormField>
      <FormField label={t("programs.form.name")} error={message(errors.name?.message)} required>
        <Input id="program-name" {...register("name")} />
      </FormField>
      <FormField label={t("programs.form.funder")} error={message(errors.funder?.message)}>
        <Input id="program-funder" {...register("funder")} />
      </FormField>
      <FormField label={t("programs.form.url")} description={t("programs.form.urlHint")} error={message(errors.url?.message)}>
        <Input id="program-url" type="url" inputMode="url" {...register("url")} />
      </FormField>
      <FormField label={t("programs.form.description")} error={message(errors.description?.message)}>
        <Textarea id="program-description" rows={6} {...register("description")} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("programs.form.saving") : program ? t("programs.form.save") : t("programs.form.create")}
      </Button>
    </form>
  );
}
