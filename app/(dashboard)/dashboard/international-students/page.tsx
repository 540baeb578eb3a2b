import type { Metadata } from "next";
import Link from "next/link";
import { Plus, Upload } from "lucide-react";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportLinks } from "@/components/ui/export-links";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { academicYearOf, todayIso } from "@/lib/agreements/dates";
import { requirePageAccess } from "@/lib/auth/guards";
import { getStudentOptions, getStudentStatistics, listInternationalStudents, type StudentRow } from "@/lib/international-students/queries";
import { internationalStudentFilterSchema } from "@/lib/international-students/schemas";
import { allCountriesSorted, countryName } from "@/lib/partners/country-names";
import { can } from "@/lib/permissions";
import { StudentFilters } from "./_components/student-filters";
import { StudentStatistics } from "./_components/student-statistics";

const PATH = "/dashboard/international-students";

const STATUS_VARIANT = { ENROLLED: "success", GRADUATED: "info", WITHDRAWN: "neutral", SUSPENDED: "warning" } as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("internationalStudents");
  return { title: t("list.metaTitle") };
}

/**
 * The institution's degree-seeking international students: statistics by country, program, unit
 * and intake year, the filtered list, import and export. A coordinator sees their unit's students.
 */
export default async function InternationalStudentsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageAccess(PATH, "international-student:read");
  const params = await searchParams;
  const filter = internationalStudentFilterSchema.parse(params);
  const [t, locale, list, statistics, options] = await Promise.all([
    getTranslations("internationalStudents"),
    getLocale(),
    listInternationalStudents(user, filter),
    getStudentStatistics(user, filter),
    getStudentOptions(user),
  ]);
  const mayEdit = can(user, "international-student:update");

  const columns: DataTableColumn<StudentRow>[] = [
    {
      key: "fullName",
      header: t("fields.fullName"),
      sortable: true,
      rowHeader: true,
      cell: (row) => (
        <Link href={`${PATH}/${row.id}`} className="text-link underline-offset-4 hover:underline">
          {row.fullName}
        </Link>
      ),
    },
    { key: "studentNumber", header: t("fields.studentNumber"), sortable: true, nowrap: true, cell: (row) => <code className="text-sm">{row.studentNumber}</code> },
    { key: "country", header: t("fields.country"), sortable: true, cell: (row) => countryName(row.countryCode, locale) },
    {
      key: "program",
      header: t("fields.programName"),
      cell: (row) => (
        <>
          {row.programName}
          <span className="block text-xs text-muted-foreground">{t(`levels.${row.level}`)}</span>
        </>
      ),
    },
    { key: "unit", header: t("fields.unit"), hideBelow: "lg", cell: (row) => (row.unitCode ? <abbr title={row.unitName ?? undefined}>{row.unitCode}</abbr> : "—") },
    { key: "intakeYear", header: t("fields.intakeYear"), sortable: true, align: "end", cell: (row) => row.intakeYear },
    { key: "status", header: t("fields.status"), sortable: true, cell: (row) => <Badge variant={STATUS_VARIANT[row.status]}>{t(`statuses.${row.status}`)}</Badge> },
  ];
  const exportParams = { ...params, page: undefined };

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          mayEdit ? (
            <>
              <LinkButton href={`${PATH}/new`}>
                <Plus aria-hidden="true" />
                {t("list.new")}
              </LinkButton>
              <LinkButton href={`${PATH}/import`} variant="outline">
                <Upload aria-hidden="true" />
                {t("list.import")}
              </LinkButton>
            </>
          ) : undefined
        }
      />
      <StudentFilters
        pathname={PATH}
        filter={filter}
        options={{ countries: allCountriesSorted(locale), units: options.units, programs: options.programs, latestYear: academicYearOf(todayIso()) }}
      />
      <StudentStatistics statistics={statistics} pathname={PATH} params={params} />
      <section aria-labelledby="student-list" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="student-list" className="text-xl font-semibold">
            {t("list.heading")}
          </h2>
          {list.total > 0 && (
            <ExportLinks
              endpoint={`${PATH}/export`}
              params={exportParams}
              label={t("export.label", { count: list.total })}
              csvLabel={t("export.csv")}
              xlsxLabel={t("export.xlsx")}
            />
          )}
        </div>
        <DataTable
          caption={t("list.caption")}
          captionHidden
          columns={columns}
          rows={list.rows}
          rowKey={(row) => row.id}
          pathname={PATH}
          searchParams={params}
          sort={{ key: filter.sort, dir: filter.dir }}
          pagination={{ page: list.page, pageSize: list.pageSize, total: list.total }}
          empty={<EmptyState title={t("list.emptyTitle")} description={t("list.emptyDescription")} headingLevel="h3" />}
        />
      </section>
    </div>
  );
}
