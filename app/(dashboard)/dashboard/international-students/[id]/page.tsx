import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getLocale } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { getInternationalStudent, getStudentOptions } from "@/lib/international-students/queries";
import { allCountriesSorted, countryName } from "@/lib/partners/country-names";
import { can } from "@/lib/permissions";
import { StudentForm } from "../_components/student-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("internationalStudents");
  return { title: t("form.editMetaTitle") };
}

const STATUS_VARIANT = { ENROLLED: "success", GRADUATED: "info", WITHDRAWN: "neutral", SUSPENDED: "warning" } as const;

/** One student: the office edits the record; a coordinator reads their unit's student. */
export default async function InternationalStudentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/international-students/${id}`, "international-student:read");
  const student = await loadRecordOr404(id, (studentId) => getInternationalStudent(user, studentId));
  const mayEdit = can(user, "international-student:update");
  const [t, locale, format, options, messages] = await Promise.all([
    getTranslations("internationalStudents"),
    getLocale(),
    getFormatter(),
    mayEdit ? getStudentOptions(user) : null,
    mayEdit ? getClientMessages(["common", "errors", "internationalStudents"]) : null,
  ]);

  return (
    <div className="space-y-8">
      <Link href="/dashboard/international-students" className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("form.back")}
      </Link>
      <PageHeader
        title={student.fullName}
        description={`${student.studentNumber} · ${countryName(student.countryCode, locale)}`}
        actions={<Badge variant={STATUS_VARIANT[student.status]}>{t(`statuses.${student.status}`)}</Badge>}
      />
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium text-muted-foreground">{t("fields.programName")}</dt>
        <dd>
          {student.programName} ({t(`levels.${student.level}`)})
        </dd>
        <dt className="font-medium text-muted-foreground">{t("fields.unit")}</dt>
        <dd>{student.unit ? `${student.unit.name} (${student.unit.code})` : t("form.noUnit")}</dd>
        <dt className="font-medium text-muted-foreground">{t("fields.intakeYear")}</dt>
        <dd>{student.intakeYear}</dd>
        <dt className="font-medium text-muted-foreground">{t("form.updatedAt")}</dt>
        <dd>{format.dateTime(student.updatedAt, { dateStyle: "long", timeStyle: "short" })}</dd>
      </dl>
      {mayEdit && options && messages && (
        <NextIntlClientProvider messages={messages}>
          <section aria-labelledby="student-edit" className="space-y-3">
            <h2 id="student-edit" className="text-xl font-semibold">
              {t("form.editHeading")}
            </h2>
            <StudentForm
              key={student.version}
              student={{
                id: student.id,
                version: student.version,
                values: {
                  studentNumber: student.studentNumber,
                  fullName: student.fullName,
                  countryCode: student.countryCode,
                  programName: student.programName,
                  level: student.level,
                  unitId: student.unitId ?? "",
                  intakeYear: String(student.intakeYear),
                  status: student.status,
                },
              }}
              countries={allCountriesSorted(locale)}
              units={options.units}
              programs={options.programs}
            />
          </section>
        </NextIntlClientProvider>
      )}
      {can(user, "audit:read") && (
        <Link href={`/dashboard/admin/audit?entityType=InternationalStudent&entityId=${student.id}`} className="inline-block text-sm text-link underline underline-offset-4">
          {t("form.history")}
        </Link>
      )}
    </div>
  );
}
