"use client";

import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import type { FieldErrors, MessageValues } from "@/lib/errors/app-error";
import { useMessage, type FormErrorState } from "@/lib/forms/use-action-form";

/** The upload routes' answer to a refused upload (lib/projects/file-routes.ts). */
interface Refusal {
  message?: string;
  values?: MessageValues;
  fieldErrors?: FieldErrors;
  reference?: string;
}

const ACCEPT = ".pdf,.docx,.png,.jpg,.jpeg,.webp,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg,image/webp";

/**
 * Sends a file (and the fields in `children`, by their `name`) to one of the project upload routes
 * as multipart: a route handler rather than a server action, whose bodies are capped at 1 MB. Its
 * errors show like a form's: next to the field, or above with `FormAlert`. The size is checked here
 * first for a quick answer; the server checks it and the file's real type again.
 */
export function FileUpload({
  url,
  label,
  submitLabel,
  maxMb,
  uploadedText,
  children,
  fieldErrorsFor = [],
}: {
  url: string;
  label: string;
  submitLabel: string;
  maxMb: number;
  uploadedText: string;
  children?: (errors: Record<string, string | undefined>) => ReactNode;
  /** The names of the fields in `children` whose errors the route may report. */
  fieldErrorsFor?: readonly string[];
}) {
  const t = useTranslations("projects.files");
  const message = useMessage();
  const router = useRouter();
  const inputId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [formError, setFormError] = useState<FormErrorState | null>(null);

  const focus = (name: string) => formRef.current?.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setErrors({});
    setFormError(null);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setErrors({ file: message("projects.files.errors.missing") });
      return focus("file");
    }
    if (file.size > maxMb * 1024 * 1024) {
      setErrors({ file: message("projects.files.errors.tooLarge", { maxMb }) });
      return focus("file");
    }
    setBusy(true);
    try {
      const response = await fetch(url, { method: "POST", body: data });
      const body = (await response.json().catch(() => ({}))) as Refusal;
      if (!response.ok) {
        const known = new Set(["file", ...fieldErrorsFor]);
        const fieldErrors = Object.entries(body.fieldErrors ?? {}).filter(([field]) => known.has(field));
        setErrors(Object.fromEntries(fieldErrors.map(([field, keys]) => [field, message(keys[0], { maxMb, ...body.values })])));
        if (fieldErrors[0]) focus(fieldErrors[0][0]);
        else setFormError({ key: body.fieldErrors?._form?.[0] ?? body.message ?? "projects.files.errors.failed", values: body.values, reference: body.reference });
        return;
      }
      form.reset();
      toast.success(uploadedText);
      router.refresh();
    } catch {
      setFormError({ key: "errors.generic.network" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3">
      <FormAlert error={formError} />
      {children?.(errors)}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <FormField label={label} description={t("hint", { maxMb })} error={errors.file} className="flex-1">
          <Input id={inputId} name="file" type="file" accept={ACCEPT} className="h-auto py-2" />
        </FormField>
        <Button type="submit" variant="outline" disabled={busy}>
          {busy ? t("uploading") : submitLabel}
        </Button>
      </div>
    </form>
  );
}
