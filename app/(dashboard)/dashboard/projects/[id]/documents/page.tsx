import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter } from "next-intl/server";
import { Download } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { getClientMessages } from "@/i18n/client-messages";
import { env } from "@/lib/env";
import { projectAbilities } from "@/lib/projects/access";
import { listProjectDocuments } from "@/lib/projects/plan-queries";
import { DocumentUpload } from "../../_components/document-upload";
import { requireProjectPage } from "../../_components/guard";
import { ProjectHeader } from "../../_components/project-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("documents.metaTitle") };
}

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The project's documents (grant agreement, reports, deliverables), every version downloadable by the office and the project's unit. */
export default async function ProjectDocumentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, project } = await requireProjectPage(id, "/documents");
  const [t, format, documents, messages] = await Promise.all([
    getTranslations("projects.documents"),
    getFormatter(),
    listProjectDocuments(user, project.id),
    getClientMessages(["common", "errors", "projects"]),
  ]);
  const canUpload = projectAbilities(user, project.unitId).update;

  return (
    <div className="space-y-8">
      <ProjectHeader project={project} current="documents" />
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
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
            {documents.map((document) => (
              <li key={document.id} className="space-y-2 p-4">
                <p className="font-medium">
                  {document.title} <span className="text-sm font-normal text-muted-foreground">· {t(`kinds.${document.kind}`)}</span>
                </p>
                <ul className="space-y-1 text-sm">
                  {document.versions.map((version) => (
                    <li key={version.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                      <a
                        href={`/api/projects/${project.id}/documents/${version.id}`}
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
                        {version.uploadedBy && ` · ${t("uploadedBy", { name: version.uploadedBy.name })}`}
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
        {canUpload && (
          <NextIntlClientProvider messages={messages}>
            <DocumentUpload projectId={project.id} documents={documents.map((document) => ({ id: document.id, title: document.title, kind: document.kind }))} maxMb={env().UPLOAD_MAX_MB} />
          </NextIntlClientProvider>
        )}
      </section>
    </div>
  );
}
