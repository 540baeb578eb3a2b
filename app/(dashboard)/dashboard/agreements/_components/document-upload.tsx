"use client";

import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { DOCUMENT_KINDS } from "@/lib/agreements/options";
import type { FieldErrors, MessageValues } from "@/lib/errors/app-error";
import { useMessage, type FormErrorState } from "@/lib/forms/use-action-form";

type Field = "file" | "title" | "kind" | "documentId";

/** The upload route's answer to a refused upload (see app/api/agreements/[id]/documents/route.ts). */
interface Refusal {
  message?: string;
  values?: MessageValues;
  fieldErrors?: FieldErrors;
  reference?: string;
}

/**
 * Uploads a document, or a new version of one, to the agreement through the upload route handler
 * (multipart): a route handler, not a server action, so not `useActionForm`, but its errors show
 * the same way: next to the field, or above the form with `FormAlert`. The size is checked here
 * first for a quick answer; the server checks size and the real file type again.
 */
export function DocumentUpload({
  agreementId,
  documents,
  maxMb,
}: {
  agreementId: string;
  documents: readonly { id: string; title: string; kind: string }[];
  maxMb: number;
}) {
  const t = useTranslations("agreements.documents");
  const tAll = useTranslations("agreements");
  const message = useMessage();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [target, setTarget] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<FormErrorState | null>(null);
  const existing = documents.find((d) => d.id === target);

  const focusField = (field: Field) => formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    if (existing) {
      data.set("title", existing.title);
      data.set("kind", existing.kind);
    }
    setErrors({});
    setFormError(null);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setErrors({ file: message("agreements.documents.errors.missing") });
      focusField("file");
      return;
    }
    if (file.size > maxMb * 1024 * 1024) {
      setErrors({ file: message("agreements.documents.errors.tooLarge", { maxMb }) });
      focusField("file");
      return;
    }
    setBusy(true);
    try {
      const response = await fetch(`/api/agreements/${agreementId}/documents`, { method: "POST", body: data });
      const body = (await response.json().catch(() => ({}))) as Refusal;
      if (!response.ok) {
        const fieldErrors = Object.entries(body.fieldErrors ?? {}).filter(([field]) => field !== "_form");
        setErrors(Object.fromEntries(fieldErrors.map(([field, keys]) => [field, message(keys[0], { maxMb, ...body.values })])));
        if (fieldErrors[0]) focusField(fieldErrors[0][0] as Field);
        else {
          const key = body.fieldErrors?._form?.[0] ?? body.message ?? "agreements.documents.errors.failed";
          setFormError({ key, values: body.values, reference: body.reference });
        }
        return;
      }
      form.reset();
      setTarget("");
      toast.success(t("uploaded"));
      router.refresh();
    } catch {
      setFormError({ key: "errors.generic.network" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-4 rounded-lg border border-border p-4" aria-labelledby="document-upload-title">
      <h3 id="document-upload-title" className="font-semibold">
        {t("uploadTitle")}
      </h3>
      <FormAlert error={formError} />
      <FormField label={t("file")} description={t("fileHint", { maxMb })} error={errors.file} required>
        <Input
          name="file"
          type="file"
          accept=".pdf,.docx,.png,.jpg,.jpeg,.webp,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg,image/webp"
          className="h-auto py-2"
        />
      </FormField>
      {documents.length > 0 && (
        <FormField label={t("target")} error={errors.documentId}>
          <Select
            name="documentId"
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            options={[{ value: "", label: t("newDocument") }, ...documents.map((d) => ({ value: d.id, label: t("newVersionOf", { title: d.title }) }))]}
          />
        </FormField>
      )}
      {!existing && (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <FormField label={t("titleLabel")} error={errors.title} required>
            <Input name="title" maxLength={200} autoComplete="off" />
          </FormField>
          <FormField label={t("kindLabel")} error={errors.kind} required>
            <Select name="kind" defaultValue="SIGNED" options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: tAll(`documentKinds.${kind}`) }))} />
          </FormField>
        </div>
      )}
      <Button type="submit" disabled={busy}>
        {busy ? t("uploading") : t("upload")}
      </Button>
    </form>
  );
}
