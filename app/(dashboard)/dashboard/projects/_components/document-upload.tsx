"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { PROJECT_DOCUMENT_KINDS } from "@/lib/projects/options";
import { FileUpload } from "./file-upload";

/**
 * Uploads a project document, or a new version of one already there: choosing an existing document
 * keeps its title and kind and adds the next version.
 */
export function DocumentUpload({ projectId, documents, maxMb }: { projectId: string; documents: readonly { id: string; title: string; kind: string }[]; maxMb: number }) {
  const t = useTranslations("projects.documents");
  const [target, setTarget] = useState("");
  const existing = documents.find((document) => document.id === target);
  return (
    <section aria-labelledby="document-upload-title" className="space-y-4 rounded-lg border border-border bg-surface p-4">
      <h3 id="document-upload-title" className="font-semibold">
        {t("uploadTitle")}
      </h3>
      <FileUpload url={`/api/projects/${projectId}/documents`} label={t("file")} submitLabel={t("upload")} maxMb={maxMb} uploadedText={t("uploaded")} fieldErrorsFor={["title", "kind", "documentId"]}>
        {(errors) => (
          <>
            {documents.length > 0 && (
              <FormField label={t("target")} error={errors.documentId}>
                <Select
                  id="project-document-target"
                  name="documentId"
                  value={target}
                  onChange={(event) => setTarget(event.target.value)}
                  options={[{ value: "", label: t("newDocument") }, ...documents.map((document) => ({ value: document.id, label: t("newVersionOf", { title: document.title }) }))]}
                />
              </FormField>
            )}
            {existing ? (
              <>
                <input type="hidden" name="title" value={existing.title} />
                <input type="hidden" name="kind" value={existing.kind} />
              </>
            ) : (
              <div className="grid gap-4 sm:grid-cols-2">
                <FormField label={t("titleLabel")} error={errors.title} required>
                  <Input id="project-document-title" name="title" maxLength={200} autoComplete="off" />
                </FormField>
                <FormField label={t("kindLabel")} error={errors.kind} required>
                  <Select id="project-document-kind" name="kind" defaultValue="GRANT_AGREEMENT" options={PROJECT_DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
                </FormField>
              </div>
            )}
          </>
        )}
      </FileUpload>
    </section>
  );
}
