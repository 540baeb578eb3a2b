"use client";

import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import type { FieldErrors, MessageValues } from "@/lib/errors/app-error";
import { useMessage, type FormErrorState } from "@/lib/forms/use-action-form";

type Field = "file" | "title";

/** The upload route's answer to a refused upload (see app/api/grant-calls/[id]/documents/route.ts). */
interface Refusal {
  message?: string;
  values?: MessageValues;
  fieldErrors?: FieldErrors;
  reference?: string;
}

/**
 * Adds a document to the call through the upload route (multipart: server actions cap bodies at
 * 1 MB). Its errors show like a form's: next to the field, or above the form. The size is checked
 * here first for a quick answer; the server checks size and the real file type again.
 */
export function DocumentUpload({ callId, maxMb }: { callId: string; maxMb: number }) {
  const t = useTranslations("grantCalls.documents");
  const message = useMessage();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<FormErrorState | null>(null);

  const focusField = (field: Field) => formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setErrors({});
    setFormError(null);
    const file = data.get("file");
    const title = String(data.get("title") ?? "").trim();
    if (!title) {
      setErrors({ title: message("common.form.errors.required") });
      focusField("title");
      return;
    }
    if (!(file instanceof File) || file.size === 0) {
      setErrors({ file: message("grantCalls.documents.errors.missing") });
      focusField("file");
      return;
    }
    if (file.size > maxMb * 1024 * 1024) {
      setErrors({ file: message("grantCalls.documents.errors.tooLarge", { maxMb }) });
      focusField("file");
      return;
    }
    setBusy(true);
    try {
      const response = await fetch(`/api/grant-calls/${callId}/documents`, { method: "POST", body: data });
      const body = (await response.json().catch(() => ({}))) as Refusal;
      if (!response.ok) {
        const fieldErrors = Object.entries(body.fieldErrors ?? {}).filter(([field]) => field !== "_form");
        setErrors(Object.fromEntries(fieldErrors.map(([field, keys]) => [field, message(keys[0], { maxMb, ...body.values })])));
        if (fieldErrors[0]) focusField(fieldErrors[0][0] as Field);
        else setFormError({ key: body.message ?? "grantCalls.documents.errors.failed", values: body.values, reference: body.reference });
        return;
      }
      form.reset();
      toast.success(t("uploaded"));
      router.refresh();
    } catch {
      setFormError({ key: "errors.generic.network" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-4 rounded-lg border border-border p-4" aria-labelledby="grant-call-upload-title">
      <h3 id="grant-call-upload-title" className="font-semibold">
        {t("uploadTitle")}
      </h3>
      <FormAlert error={formError} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <FormField label={t("titleLabel")} error={errors.title} required>
          <Input name="title" maxLength={200} autoComplete="off" />
        </FormField>
        <FormField label={t("file")} description={t("fileHint", { maxMb })} error={errors.file} required>
          <Input
            name="file"
            type="file"
            accept=".pdf,.docx,.png,.jpg,.jpeg,.webp,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg,image/webp"
            className="h-auto py-2"
          />
        </FormField>
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? t("uploading") : t("upload")}
      </Button>
    </form>
  );
}
