import type { ReportData } from "./data";
import type { ReportFormat } from "./format";
import type { ReportWording } from "./wording";

/** The report's summary figures, in the order the cover and the workbook's first sheet list them. */
export function summaryFigures(data: ReportData, t: ReportWording, f: ReportFormat): { label: string; value: number }[] {
  const { agreements, mobility, activities, students, highlights, context } = data;
  const { totals } = mobility;
  return [
    { label: t("reports.summary.agreementsInForce", { date: f.day(context.asOf) }), value: agreements.inForce },
    { label: t("reports.summary.agreementsSigned"), value: agreements.signed.length },
    { label: t("reports.summary.agreementsRenewed"), value: agreements.renewed.length },
    { label: t("reports.summary.agreementsEnded"), value: agreements.ended.length },
    { label: t("reports.summary.partners"), value: agreements.partners },
    { label: t("reports.summary.partnerCountries"), value: agreements.partnerCountries },
    { label: t("reports.summary.outgoingStudents"), value: totals.outgoingStudents },
    { label: t("reports.summary.outgoingStaff"), value: totals.outgoingStaff },
    { label: t("reports.summary.incomingStudents"), value: totals.incomingStudents },
    { label: t("reports.summary.incomingStaff"), value: totals.incomingStaff },
    { label: t("reports.summary.projects"), value: activities.projects.length },
    { label: t("reports.summary.projectActivities"), value: activities.activities.length },
    { label: t("reports.summary.visitsReceived"), value: activities.visitsReceived.length },
    { label: t("reports.summary.visitsMade"), value: activities.visitsMade.length },
    { label: t("reports.summary.events"), value: activities.events.length },
    { label: t("reports.summary.internationalStudents"), value: students.enrolled },
    { label: t("reports.summary.studentCountries"), value: students.countries },
    { label: t("reports.summary.highlights"), value: highlights.length },
  ];
}
