"use client";

import { useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CircleAlert, FileText } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatBytes } from "@/lib/applications/status-display";
import type { ClientDocument, ClientRequirement } from "./types";

export interface DocumentSlotProps {
  opportunityId: string;
  requirement: ClientRequirement;
  document: ClientDocument | undefined;
  maxBytes: number;
  /** The message from a refused submission ("this mandatory document is missing"). */
  error?: string;
  onUploaded: (document: ClientDocument & { applicationId: string }) => void;
  onRemoved: (documentId: string) => void;
}

/** The file input of a required document, for the error summary's links. */
export function documentInputId(requirementId: string): string {
  return `document-${requirementId}`;
}

/** One required document: what is uploaded, and a native file input to upload or replace it. */
export function DocumentSlot({ opportunityId, requirement, document, maxBytes, error, onUploaded, onRemoved }: DocumentSlotProps) {
  const t = useTranslations();
  const locale = useLocale();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [uploadError, setUploadError] = useState<string | null>(null);
  const size = formatBytes(maxBytes, locale);
  const message = (key: string) => (t.has(key) ? t(key, { size }) : t("applications.errors.uploadFailed"));
  const shownError = uploadError ?? error ?? null;
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;

  async function upload(file: File) {
    setUploadError(null);
    if (file.size > maxBytes) {
      setUploadError(message("applications.errors.fileTooLarge"));
      return;
    }
    setBusy(true);
    setAnnouncement(t("applications.apply.uploading", { name: file.name }));
    const body = new FormData();
    body.set("opportunityId", opportunityId);
    body.set("requirementId", requirement.id);
    body.set("file", file);
    try {
      const response = await fetch("/api/applications/documents", { method: "POST", body });
      const json = (await response.json().catch(() => ({}))) as Partial<ClientDocument & { applicationId: string; message: string }>;
      if (!response.ok) {
        setUploadError(message(json.message ?? "applications.errors.uploadFailed"));
        setAnnouncement("");
        return;
      }
      onUploaded(json as ClientDocument & { applicationId: string });
      setAnnouncement(t("applications.apply.uploaded", { name: json.fileName ?? file.name }));
    } catch {
      setUploadError(t("errors.generic.network"));
      setAnnouncement("");
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  }

  async function remove(current: ClientDocument) {
    setBusy(true);
    setUploadError(null);
    try {
      const response = await fetch(`/api/applications/documents/${current.id}`, { method: "DELETE" });
      if (!response.ok && response.status !== 404) {
        const json = (await response.json().catch(() => ({}))) as { message?: string };
        setUploadError(message(json.message ?? "errors.generic.unexpected"));
        return;
      }
      onRemoved(current.id);
      setAnnouncement(t("applications.apply.removed", { name: current.fileName }));
    } catch {
      setUploadError(t("errors.generic.network"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="space-y-3 rounded-lg border border-border p-4" aria-labelledby={`${id}-name`}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={`${id}-name`} className="font-semibold">
          {requirement.name}
        </h3>
        <Badge variant={requirement.isMandatory ? "warning" : "neutral"}>
          {requirement.isMandatory ? t("applications.apply.mandatory") : t("applications.apply.optional")}
        </Badge>
      </div>
      {requirement.description && <p className="text-sm text-muted-foreground">{requirement.description}</p>}
      <p id={statusId} className="flex items-start gap-2 text-sm break-all">
        <FileText aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        {document ? (
          <a href={`/api/applications/documents/${document.id}`} className="text-link underline underline-offset-4">
            {t("applications.apply.uploadedFile", { name: document.fileName, size: formatBytes(document.sizeBytes, locale) })}
          </a>
        ) : (
          <span>{t("applications.apply.notUploaded")}</span>
        )}
      </p>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <label htmlFor={documentInputId(requirement.id)} className="sr-only">
          {document ? t("applications.apply.replaceFile", { name: requirement.name }) : t("applications.apply.chooseFile", { name: requirement.name })}
        </label>
        <input
          ref={input}
          // Targeted by the error summary's links.
          id={documentInputId(requirement.id)}
          type="file"
          accept=".pdf,.docx,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp"
          disabled={busy}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={[statusId, shownError ? errorId : null].filter(Boolean).join(" ")}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void upload(file);
          }}
          className="block w-full text-sm file:mr-3 file:h-11 file:rounded-md file:border file:border-input file:bg-surface file:px-4 file:font-medium"
        />
        {document && (
          // A long file name wraps (and breaks) inside the button rather than running out of it.
          <Button variant="outline" size="sm" disabled={busy} onClick={() => void remove(document)} className="h-auto min-h-9 py-1.5 break-all whitespace-normal">
            {t("applications.apply.removeFile", { name: document.fileName })}
          </Button>
        )}
      </div>
      {shownError && (
        <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-destructive">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>{shownError}</span>
        </p>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </li>
  );
}
