"use client";

import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";

export interface PictureUploadProps {
  slug: string;
  /** The current picture's URL (staff can see it even while the center is hidden), or null. */
  pictureUrl: string | null;
  centerName: string;
  maxMb: number;
}

/** Upload, replace or remove a center's picture (PNG, JPEG or WebP, checked by content on the server). */
export function PictureUpload({ slug, pictureUrl, centerName, maxMb }: PictureUploadProps) {
  const t = useTranslations();
  const router = useRouter();
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const endpoint = `/api/centers/${encodeURIComponent(slug)}/picture`;

  async function send(init: RequestInit, success: string) {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(endpoint, init);
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: string; values?: Record<string, string | number> };
        const key = body.message ?? "errors.generic.unexpected";
        setError(t.has(key) ? t(key, body.values) : t("errors.generic.unexpected"));
        return;
      }
      toast.success(success);
      router.refresh();
    } catch {
      setError(t("errors.generic.network"));
    } finally {
      setBusy(false);
    }
  }

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("picture");
    if (!(file instanceof File) || file.size === 0) {
      setError(t("centers.picture.empty"));
      return;
    }
    const body = new FormData();
    body.set("picture", file);
    void send({ method: "POST", body }, t("centers.picture.uploaded"));
    event.currentTarget.reset();
  }

  return (
    <div className="space-y-4">
      {pictureUrl ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={pictureUrl} alt={t("centers.picture.alt", { name: centerName })} width={480} height={270} className="aspect-video w-full max-w-md rounded-lg border border-border object-cover" />
      ) : (
        <p className="text-muted-foreground">{t("centers.picture.none")}</p>
      )}
      {error && (
        <Alert variant="error" live="assertive">
          {error}
        </Alert>
      )}
      <form onSubmit={upload} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <FormField label={pictureUrl ? t("centers.picture.replace") : t("centers.picture.choose")} description={t("centers.picture.hint", { maxMb })} className="flex-1">
          <Input id={inputId} name="picture" type="file" accept="image/png,image/jpeg,image/webp" className="h-auto py-2" />
        </FormField>
        <Button type="submit" disabled={busy}>
          {busy ? t("common.buttons.saving") : t("centers.picture.upload")}
        </Button>
      </form>
      {pictureUrl && (
        <Button variant="outline" disabled={busy} onClick={() => void send({ method: "DELETE" }, t("centers.picture.removed"))}>
          {t("centers.picture.remove")}
        </Button>
      )}
    </div>
  );
}
