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

export interface PictureUploadProps {
  slug: string;
  /** The current picture's URL (staff see it even while the event is internal), or null. */
  pictureUrl: string | null;
  title: string;
  maxMb: number;
}

type PictureRequest = { method: "POST"; body: FormData; success: string } | { method: "DELETE"; success: string };

/**
 * Sends the picture to its route handler (server actions cap uploads at 1 MB) and answers like a
 * server action, so the failure shows the same way as every form's.
 */
async function sendPicture(endpoint: string, request: PictureRequest): Promise<ActionResult<string>> {
  if (request.method === "POST" && !request.body.has("picture")) return { ok: false, code: "VALIDATION", formError: "events.picture.empty" };
  const response = await fetch(endpoint, { method: request.method, body: "body" in request ? request.body : undefined });
  if (response.ok) return { ok: true, data: request.success };
  const body = (await response.json().catch(() => ({}))) as { error?: AppErrorCode; message?: string; values?: MessageValues; reference?: string };
  return { ok: false, code: body.error ?? "INTERNAL", formError: body.message ?? "errors.generic.unexpected", values: body.values, reference: body.reference };
}

/** Upload, replace or remove an event's picture (PNG, JPEG or WebP, checked by content on the server). */
export function PictureUpload({ slug, pictureUrl, title, maxMb }: PictureUploadProps) {
  const t = useTranslations();
  const router = useRouter();
  const inputId = useId();
  const endpoint = `/api/events/${encodeURIComponent(slug)}/picture`;
  const { run, pending, error } = useAction(
    (request: PictureRequest) => sendPicture(endpoint, request),
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
    void run({ method: "POST", body, success: t("events.picture.uploaded") });
    event.currentTarget.reset();
  }

  return (
    <div className="space-y-4">
      {pictureUrl ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={pictureUrl} alt={t("events.picture.alt", { title })} width={480} height={270} className="aspect-video w-full max-w-md rounded-lg border border-border object-cover" />
      ) : (
        <p className="text-muted-foreground">{t("events.picture.none")}</p>
      )}
      <FormAlert error={error} />
      <form onSubmit={upload} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <FormField label={pictureUrl ? t("events.picture.replace") : t("events.picture.choose")} description={t("events.picture.hint", { maxMb })} className="flex-1">
          <Input id={inputId} name="picture" type="file" accept="image/png,image/jpeg,image/webp" className="h-auto py-2" />
        </FormField>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.buttons.saving") : t("events.picture.upload")}
        </Button>
      </form>
      {pictureUrl && (
        <Button variant="outline" disabled={pending} onClick={() => void run({ method: "DELETE", success: t("events.picture.removed") })}>
          {t("events.picture.remove")}
        </Button>
      )}
    </div>
  );
}
