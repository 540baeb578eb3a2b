import type { Metadata } from "next";
import Link from "next/link";
import { localeLabels } from "@/i18n/config";
import { getTranslations } from "@/i18n/server";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/guards";
import { can } from "@/lib/permissions";
import { listPrograms, type ProgramRow } from "@/lib/programs/queries";
import { PROGRAM_TEXT_FIELDS } from "@/lib/programs/schemas";
import { missingLanguages } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programs");
  return { title: t("metaTitle") };
}

/** Every mobility program, active first, with the number of calls under each. */
export default async function ProgramsPage() {
  const user = await requirePageAccess("/dashboard/programs", "dashboard:read");
  const [programs, t, defaultLanguage] = await Promise.all([listPrograms(user), getTranslations("programs"), getDefaultContentLanguage()]);
  const mayCreate = can(user, "program:create");
  const mayEdit = can(user, "program:update");

  const columns: DataTableColumn<ProgramRow>[] = [
    {
      key: "name",
      header: t("columns.name"),
      rowHeader: true,
      cell: (row) => {
        // Students read the name and description in their language: say which are not written yet.
        const missing = missingLanguages(row, PROGRAM_TEXT_FIELDS, defaultLanguage);
        return (
          <>
            {mayEdit ? (
              <Link href={`/dashboard/programs/${row.id}`} className="text-link underline-offset-4 hover:underline">
                {row.name}
              </Link>
            ) : (
              row.name
            )}
            {missing.length > 0 && (
              <span className="mt-1 flex flex-wrap gap-1">
                {missing.map((language) => (
                  <Badge key={language} variant="warning">
                    {t.rich("missingLanguage", { language: localeLabels[language], name: (chunks) => <span lang={language}>{chunks}</span> })}
                  </Badge>
                ))}
              </span>
            )}
          </>
        );
      },
    },
    { key: "code", header: t("columns.code"), cell: (row) => <code className="text-sm">{row.code}</code> },
    { key: "funder", header: t("columns.funder"), cell: (row) => row.funder ?? "—" },
    { key: "opportunities", header: t("columns.opportunities"), align: "end", cell: (row) => row._count.opportunities },
    {
      key: "status",
      header: t("columns.status"),
      cell: (row) => <Badge variant={row.isActive ? "success" : "neutral"}>{row.isActive ? t("active") : t("inactive")}</Badge>,
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={mayCreate ? <LinkButton href="/dashboard/programs/new">{t("create")}</LinkButton> : undefined}
      />
      <DataTable
        caption={t("caption")}
        captionHidden
        columns={columns}
        rows={programs}
        rowKey={(row) => row.id}
        pathname="/dashboard/programs"
        searchParams={{}}
        empty={<EmptyState title={t("emptyTitle")} description={t("emptyDescription")} />}
      />
    </div>
  );
}
