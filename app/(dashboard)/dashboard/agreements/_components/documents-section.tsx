import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Download } from "lucide-react";
import type { AgreementDocumentRow } from "@/lib/documents/queries";
import { DocumentUpload } from "./document-upload";

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The agreement's documents with every version downloadable, and the upload form for those who may add. */
export async function DocumentsSection({
  agreementId,
  documents,
  canUpload,
  maxMb,
}: {
  agreementId: string;
  documents: readonly AgreementDocumentRow[];
  canUpload: boolean;
  maxMb: number;
}) {
  const [t, tAll, format] = await Promise.all([getTranslations("agreements.documents"), getTranslations("agreements"), getFormatter()]);
  return (
    <section aria-labelledby="documents-heading" className="space-y-4">
      <div className="space-y-1">
        <h2 id="documents-heading" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("description")}</p>
      </div>
      {documents.length === 0 ? (
        <p className="text-muted-foreground">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border">
          {documents.map((document) => (
            <li key={document.id} className="space-y-2 p-4">
              <p className="font-medium">
                {document.title} <span className="text-sm font-normal text-muted-foreground">· {tAll(`documentKinds.${document.kind}`)}</span>
              </p>
              <ul className="space-y-1 text-sm">
                {document.versions.map((version) => (
                  <li key={version.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <a
                      href={`/api/agreements/${agreementId}/documents/${version.id}`}
                      className="inline-flex min-h-11 items-center gap-1.5 text-link underline underline-offset-4"
                      aria-label={t("download", { version: version.version, title: document.title })}
                      download
                    >
                      <Download aria-hidden="true" className="size-4" />
                      {version.file.fileName}
                    </a>
                    <span className="text-muted-foreground">
                      {t("versionLine", {
                        version: version.version,
                        size: fileSize(version.file.sizeBytes),
                        date: format.dateTime(version.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                      })}
                      {version.file.uploadedBy && ` · ${t("uploadedBy", { name: version.file.uploadedBy.name })}`}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {canUpload && (
        <DocumentUpload agreementId={agreementId} documents={documents.map((d) => ({ id: d.id, title: d.title, kind: d.kind }))} maxMb={maxMb} />
      )}
    </section>
  );
}
