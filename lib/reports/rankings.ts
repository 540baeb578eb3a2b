import type { AgreementKind } from "@/lib/generated/prisma/enums";
import type { RankingsInputs } from "./schemas";

/**
 * The figures the international-outlook questions of THE (World University Rankings data
 * collection) and QS (International Student Ratio, International Faculty Ratio, International
 * Research Network, exchange students) ask for, from the records and the totals entered by hand
 * where the portal cannot know them (all students, all academic staff, international staff).
 * The partner and co-operation counts support the questions the rankings answer from publications
 * (QS International Research Network, THE international co-authorship), which the portal cannot.
 * Ratios are computed here so the pack, its workbook and the test agree. Pure.
 */

export type RankingsSource = "records" | "entered" | "computed";

export interface RankingsFigure {
  key: string;
  /** null: not known (a total that was not entered). */
  value: number | null;
  kind: "count" | "ratio";
  source: RankingsSource;
  /** Which rankings ask for it. */
  askedBy: "THE" | "QS" | "THE, QS" | "—";
}

/** The counts the pack is made of, read from the report's data (see lib/reports/data). */
export interface RankingsCounts {
  internationalStudents: number;
  studentCountries: number;
  inboundStudents: number;
  outboundStudents: number;
  inboundStaff: number;
  outboundStaff: number;
  partners: number;
  partnerUniversities: number;
  partnerCountries: number;
  agreementsInForce: number;
  agreementsByKind: readonly { kind: AgreementKind; count: number }[];
  projects: number;
  projectPartners: number;
  visitsReceived: number;
}

/** Joint, double, dual degrees and delocalized diplomas: programmes run with a partner. */
const JOINT_PROGRAMME_KINDS: readonly AgreementKind[] = ["DOUBLE_DEGREE", "JOINT_DEGREE", "DUAL_DEGREE", "DIPLOMA_DELOCALIZATION"];

function ratio(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole <= 0 ? null : part / whole;
}

export function rankingsFigures(counts: RankingsCounts, inputs: RankingsInputs): RankingsFigure[] {
  const jointProgrammes = counts.agreementsByKind.filter((row) => JOINT_PROGRAMME_KINDS.includes(row.kind)).reduce((sum, row) => sum + row.count, 0);
  const figure = (key: string, value: number | null, source: RankingsSource, askedBy: RankingsFigure["askedBy"], kind: RankingsFigure["kind"] = "count"): RankingsFigure => ({
    key,
    value,
    kind,
    source,
    askedBy,
  });
  return [
    figure("totalStudents", inputs.totalStudents, "entered", "THE, QS"),
    figure("internationalStudents", counts.internationalStudents, "records", "THE, QS"),
    figure("internationalStudentRatio", ratio(counts.internationalStudents, inputs.totalStudents), "computed", "THE, QS", "ratio"),
    figure("studentCountries", counts.studentCountries, "records", "—"),
    figure("inboundStudents", counts.inboundStudents, "records", "QS"),
    figure("outboundStudents", counts.outboundStudents, "records", "QS"),
    figure("totalStaff", inputs.totalStaff, "entered", "THE, QS"),
    figure("internationalStaff", inputs.internationalStaff, "entered", "THE, QS"),
    figure("internationalStaffRatio", ratio(inputs.internationalStaff, inputs.totalStaff), "computed", "THE, QS", "ratio"),
    figure("inboundStaff", counts.inboundStaff, "records", "—"),
    figure("outboundStaff", counts.outboundStaff, "records", "—"),
    figure("partners", counts.partners, "records", "—"),
    figure("partnerUniversities", counts.partnerUniversities, "records", "—"),
    figure("partnerCountries", counts.partnerCountries, "records", "—"),
    figure("agreementsInForce", counts.agreementsInForce, "records", "—"),
    figure("jointProgrammes", jointProgrammes, "records", "—"),
    figure("projects", counts.projects, "records", "—"),
    figure("projectPartners", counts.projectPartners, "records", "—"),
    figure("visitsReceived", counts.visitsReceived, "records", "—"),
  ];
}

/** The counts of the pack from a report's data (its period's mobilities, the day's partners). */
export function rankingsCountsOf(data: {
  agreements: { inForce: number; inForceByKind: readonly { kind: AgreementKind; count: number }[]; partners: number; partnerUniversities: number; partnerCountries: number };
  mobility: { totals: { outgoingStudents: number; outgoingStaff: number; incomingStudents: number; incomingStaff: number } };
  activities: { projects: readonly { partners: number }[]; visitsReceived: readonly unknown[] };
  students: { enrolled: number; countries: number };
}): RankingsCounts {
  const { agreements, mobility, activities, students } = data;
  return {
    internationalStudents: students.enrolled,
    studentCountries: students.countries,
    inboundStudents: mobility.totals.incomingStudents,
    outboundStudents: mobility.totals.outgoingStudents,
    inboundStaff: mobility.totals.incomingStaff,
    outboundStaff: mobility.totals.outgoingStaff,
    partners: agreements.partners,
    partnerUniversities: agreements.partnerUniversities,
    partnerCountries: agreements.partnerCountries,
    agreementsInForce: agreements.inForce,
    agreementsByKind: agreements.inForceByKind,
    projects: activities.projects.length,
    projectPartners: activities.projects.reduce((sum, project) => sum + project.partners, 0),
    visitsReceived: activities.visitsReceived.length,
  };
}
