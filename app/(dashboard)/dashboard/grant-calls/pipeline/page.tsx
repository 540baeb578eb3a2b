import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { dashboardScopeOf } from "@/lib/dashboard/scope";
import { grantPipeline, type PipelineRow } from "@/lib/grant-calls/pipeline";
import { requireStaffGrantCallPage } from "../_components/load-grant-call";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("grantCalls.pipeline");
  return { title: t("metaTitle") };
}

const PATH = "/dashboard/grant-calls/pipeline";

/** The pipeline from calls to funding, by year and funder, with the success rate. */
export default async function GrantPipelinePage() {
  const user = await requireStaffGrantCallPage(PATH, "report:read");
  const [rows, t, tStaff, format] = await Promise.all([grantPipeline(user), getTranslations("grantCalls.pipeline"), getTranslations("grantCalls.staff"), getFormatter()]);
  const scope = dashboardScopeOf(user);
  const number = (value: number) => format.number(value);

  const columns: DataTableColumn<PipelineRow>[] = [
    {
      key: "funder",
      header: t("columns.funder"),
      rowHeader: true,
      cell: (row) =>
        row.year === null ? (
          <strong>{t("total")}</strong>
        ) : row.funder === null ? (
          <strong>{t("yearTotal", { year: String(row.year) })}</strong>
        ) : (
          <span className="pl-4">{row.funder}</span>
        ),
    },
    { key: "calls", header: t("columns.calls"), align: "end", cell: (row) => number(row.calls) },
    { key: "answeredCalls", header: t("columns.answeredCalls"), align: "end", cell: (row) => number(row.answeredCalls) },
    { key: "inPreparation", header: t("columns.inPreparation"), align: "end", hideBelow: "md", cell: (row) => number(row.inPreparation) },
    { key: "submitted", header: t("columns.submitted"), align: "end", hideBelow: "md", cell: (row) => number(row.submitted) },
    { key: "funded", header: t("columns.funded"), align: "end", cell: (row) => number(row.funded) },
    { key: "rejected", header: t("columns.rejected"), align: "end", cell: (row) => number(row.rejected) },
    {
      key: "successRate",
      header: t("columns.successRate"),
      align: "end",
      cell: (row) => (row.successRate === null ? t("noRate") : t("rate", { rate: format.number(row.successRate, { maximumFractionDigits: 1 }) })),
    },
  ];

  return (
    <div className="space-y-6">
      <Link href="/dashboard/grant-calls" className="inline-flex items-center gap-2 text-sm text-link underline hover:text-link-hover">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {tStaff("back")}
      </Link>
      <PageHeader title={t("title")} description={t("description")} />
      <p className="text-sm text-muted-foreground">{scope?.kind === "unit" ? t("unitScope") : t("officeScope")}</p>
      <DataTable
        caption={t("caption")}
        columns={columns}
        rows={rows.filter((row) => row.calls > 0)}
        rowKey={(row) => `${row.year ?? "all"}:${row.funder ?? "all"}`}
        pathname={PATH}
        searchParams={{}}
        empty={<EmptyState title={t("empty")} />}
      />
    </div>
  );
}
