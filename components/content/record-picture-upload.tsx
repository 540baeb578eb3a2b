"use client";

import { useId, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import type { AppErrorCode, MessageValues } from "@/lib/errors/app-error";
import type { ActionResult } from "@/lib/errors/safe-action";
import { useAction } from "@/lib/forms/use-action-form";

/** The message namespaces that hold a `picture` group (empty, uploaded, removed, alt, none, replace…). */
export type PictureNamespace = "centers" | "events" | "news";

export interface RecordPictureUploadProps {
  /** The route handler that stores (POST) and removes (DELETE) the record's picture. */
  endpoint: string;
  namespace: PictureNamespace;
  /** The current picture's URL (staff see it even before the record is public), or null. */
  pictureUrl: string | null;
  /** The picture's alternative text, already in the reader's language. */
  alt: string;
  maxMb: number;
}

type PictureRequest = { method: "POST"; body: FormData; success: string } | { method: "DELETE"; success: string };

/**
 * Sends the picture to its route handler (server actions cap uploads at 1 MB) and answers like a
 * server action, so the failure shows the same way as every form's.
 */
async function sendPicture(endpoint: string, namespace: PictureNamespace, request: PictureRequest): Promise<ActionResult<string>> {
  if (request.method === "POST" && !request.body.has("picture")) return { ok: false, code: "VALIDATION", formError: `${namespace}.picture.empty` };
  const response = await fetch(endpoint, { method: request.method, body: "body" in request ? request.body : undefined });
  if (response.ok) return { ok: true, data: request.success };
  const body = (await response.json().catch(() => ({}))) as { error?: AppErrorCode; message?: string; values?: MessageValues; reference?: string };
  return { ok: false, code: body.error ?? "INTERNAL", formError: body.message ?? "errors.generic.unexpected", values: body.values, reference: body.reference };
}

/**
 * Upload, replace or remove a record's picture (a center's, an event's, a news item's): PNG, JPEG or
 * WebP, checked by content on the server.
 */
export function RecordPictureUpload({ endpoint, namespace, pictureUrl, alt, maxMb }: RecordPictureUploadProps) {
  const tAll = useTranslations();
  const t = (key: string, values?: Record<string, string | number>) => tAll(`${namespace}.picture.${key}` as never, values as never);
  const router = useRouter();
  const inputId = useId();
  const { run, pending, error } = useAction(
    (request: PictureRequest) => sendPicture(endpoint, namespace, request),
    (success) => {
      toast.success(success);
      router.refresh();
    },
  );

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("picture");
    const body = new FormData();
    if (file instanceof File && file.size > 0) body.set("picture", file);
    void run({ method: "POST", body, success: t("uploaded") });
    event.currentTarget.reset();
  }

  return (
    <div className="space-y-4">
      {pictureUrl ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={pictureUrl} alt={alt} width={480} height={270} className="aspect-video w-full max-w-md rounded-lg border border-border object-cover" />
      ) : (
        <p className="text-muted-foreground">{t("none")}</p>
      )}
      <FormAlert error={error} />
      <form onSubmit={upload} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <FormField label={pictureUrl ? t("replace") : t("choose")} description={t("hint", { maxMb })} className="flex-1">
          <Input id={inputId} name="picture" type="file" accept="image/png,image/jpeg,image/webp" className="h-auto py-2" />
        </FormField>
        <Button type="submit" disabled={pending}>
          {pending ? tAll("common.buttons.saving") : t("upload")}
        </Button>
      </form>
      {pictureUrl && (
        <Button variant="outline" disabled={pending} onClick={() => void run({ method: "DELETE", success: t("removed") })}>
          {t("remove")}
        </Button>
      )}
    </div>
  );
}
