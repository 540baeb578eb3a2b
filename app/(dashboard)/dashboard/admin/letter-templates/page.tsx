import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { localeLabels } from "@/i18n/config";
import { getTranslations } from "@/i18n/server";
import { requirePageAccess } from "@/lib/auth/guards";
import { listLetterTemplates, type LetterTemplateView } from "@/lib/visits/letters/templates";

const PATH = "/dashboard/admin/letter-templates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("letters");
  return { title: t("templates.metaTitle") };
}

/** The invitation letter's text in each language, saved by an admin or still the built-in one. */
export default async function LetterTemplatesPage() {
  const user = await requirePageAccess(PATH, "institution:update");
  const [t, format, templates] = await Promise.all([getTranslations("letters"), getFormatter(), listLetterTemplates(user)]);

  const columns: DataTableColumn<LetterTemplateView>[] = [
    {
      key: "language",
      header: t("templates.language"),
      rowHeader: true,
      cell: (row) => (
        <Link href={`${PATH}/${row.language}`} className="text-link underline-offset-4 hover:underline">
          <span lang={row.language}>{localeLabels[row.language]}</span>
        </Link>
      ),
    },
    { key: "subject", header: t("templates.subject"), cell: (row) => <span lang={row.language}>{row.subject}</span> },
    {
      key: "status",
      header: t("templates.status"),
      cell: (row) =>
        row.isBuiltIn || !row.updatedAt ? (
          <Badge variant="neutral">{t("templates.builtIn")}</Badge>
        ) : (
          t("templates.savedOn", { date: format.dateTime(row.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })
        ),
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader title={t("templates.title")} description={t("templates.description")} />
      <DataTable caption={t("templates.caption")} captionHidden columns={columns} rows={templates} rowKey={(row) => row.language} pathname={PATH} searchParams={{}} />
    </div>
  );
}
