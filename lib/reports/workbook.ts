import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { fromIsoDay } from "@/lib/agreements/dates";
import { dayIn } from "@/lib/dates/zoned";
import { neutralizeFormula, type CellValue } from "@/lib/import-export/write-file";
import { countryName } from "@/lib/partners/country-names";
import { describeFilter } from "@/lib/strategy/labels";
import type { ReportData } from "./data";
import type { AgreementRow } from "./data/agreements";
import type { VisitRow } from "./data/activities";
import { reportFormat, reportTitle } from "./format";
import type { RankingsFigure } from "./rankings";
import { summaryFigures } from "./summary";
import { reportWording, type ReportWording } from "./wording";

/**
 * A report as an Excel workbook: a sheet per section with the rows behind it, so figures can be
 * checked and reworked. Headers are in the report's language; numbers are numbers and days are
 * dates; text cells go through the same formula neutralizer as every export.
 */

interface Column<Row> {
  header: string;
  value: (row: Row) => CellValue;
  width?: number;
  /** A calendar day: shown as 2026-09-30 whatever the reader's settings. */
  date?: boolean;
}

/** Excel's limits on sheet names: 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31).trim();
}

type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;

function addSheet<Row>(workbook: Workbook, name: string, columns: readonly Column<Row>[], rows: readonly Row[]): void {
  const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 18, ...(column.date ? { style: { numFmt: "yyyy-mm-dd" } } : {}) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  // Each row is written out as soon as it is added: a ten-year workbook never sits in memory whole.
  for (const row of rows) sheet.addRow(columns.map((column) => neutralizeFormula(column.value(row)) ?? null)).commit();
  sheet.commit();
}

/** A workbook written as a stream into memory (the streaming writer is several times faster for long sheets). */
function newWorkbook(): { workbook: Workbook; bytes: () => Promise<Uint8Array> } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.created = new Date();
  return {
    workbook,
    bytes: async () => {
      await workbook.commit();
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}

function agreementColumns(t: ReportWording): Column<AgreementRow>[] {
  return [
    { header: t("reports.columns.reference"), value: (row) => row.referenceNumber, width: 20 },
    { header: t("reports.columns.agreement"), value: (row) => row.title, width: 40 },
    { header: t("reports.columns.kind"), value: (row) => t(`agreements.kinds.${row.kind}`), width: 24 },
    { header: t("reports.columns.status"), value: (row) => t(`agreements.statuses.${row.status}`), width: 14 },
    { header: t("reports.columns.unit"), value: (row) => row.unit, width: 30 },
    { header: t("reports.columns.partners"), value: (row) => row.partners, width: 40 },
    { header: t("reports.columns.countries"), value: (row) => row.countries, width: 12 },
    { header: t("reports.columns.signedOn"), value: (row) => row.signedOn, width: 12, date: true },
    { header: t("reports.columns.startsOn"), value: (row) => row.startsOn, width: 12, date: true },
    { header: t("reports.columns.endsOn"), value: (row) => row.endsOn, width: 12, date: true },
    { header: t("reports.columns.terminatedOn"), value: (row) => row.terminatedOn, width: 12, date: true },
    { header: t("reports.columns.predecessor"), value: (row) => row.predecessor, width: 20 },
    { header: t("reports.columns.successor"), value: (row) => row.successor, width: 20 },
  ];
}

function visitColumns(t: ReportWording, language: string): Column<VisitRow>[] {
  return [
    { header: t("reports.columns.visit"), value: (row) => row.title, width: 40 },
    { header: t("reports.columns.kind"), value: (row) => t(`visits.kinds.${row.kind}`), width: 20 },
    { header: t("reports.columns.status"), value: (row) => t(`visits.statuses.${row.status}`), width: 14 },
    { header: t("reports.columns.organization"), value: (row) => row.organization, width: 36 },
    { header: t("reports.columns.country"), value: (row) => (row.countryCode ? countryName(row.countryCode, language) : null), width: 18 },
    { header: t("reports.columns.unit"), value: (row) => row.unit, width: 30 },
    { header: t("reports.columns.startsOn"), value: (row) => row.startDate, width: 12, date: true },
    { header: t("reports.columns.endsOn"), value: (row) => row.endDate, width: 12, date: true },
    { header: t("reports.columns.people"), value: (row) => row.people, width: 10 },
    { header: t("reports.columns.outcome"), value: (row) => row.outcome, width: 40 },
  ];
}

function summarySheet(workbook: Workbook, data: ReportData, t: ReportWording, title: string, figures: readonly { label: string; value: CellValue }[]): void {
  const f = reportFormat(data.context.language);
  addSheet(workbook, t("reports.sheets.summary"), [{ header: t("reports.columns.figure"), value: (row: { label: string; value: CellValue }) => row.label, width: 60 }, { header: t("reports.columns.value"), value: (row) => row.value, width: 20 }], [
    { label: title, value: f.range(data.context.period) },
    ...figures,
  ]);
}

export async function renderActivityWorkbook(data: ReportData): Promise<Uint8Array> {
  const { context, agreements, mobility, activities, students, strategy, highlights } = data;
  const { language } = context;
  const t = reportWording(language);
  const f = reportFormat(language);
  const { workbook, bytes } = newWorkbook();
  const title = reportTitle((key, values) => t(`reports.${key}`, values), context.kind, context.period, f);
  summarySheet(workbook, data, t, title, summaryFigures(data, t, f));
  addSheet(workbook, t("reports.sheets.agreementsSigned"), agreementColumns(t), agreements.signed);
  addSheet(workbook, t("reports.sheets.agreementsRenewed"), agreementColumns(t), agreements.renewed);
  addSheet(workbook, t("reports.sheets.agreementsEnded"), agreementColumns(t), agreements.ended);
  addSheet(
    workbook,
    t("reports.sheets.mobility"),
    [
      { header: t("reports.columns.direction"), value: (row) => t(`mobility.direction.${row.direction}`), width: 12 },
      { header: t("reports.columns.participants"), value: (row) => t(`mobility.participantType.${row.participantType}`), width: 12 },
      { header: t("reports.columns.mobilityType"), value: (row) => t(`mobility.mobilityType.${row.mobilityType}`), width: 22 },
      { header: t("reports.columns.level"), value: (row) => (row.level ? t(`mobility.level.${row.level}`) : null), width: 14 },
      { header: t("reports.columns.partner"), value: (row) => row.partner, width: 40 },
      { header: t("reports.columns.country"), value: (row) => countryName(row.countryCode, language), width: 18 },
      { header: t("reports.columns.program"), value: (row) => row.program, width: 24 },
      { header: t("reports.columns.unit"), value: (row) => row.unit, width: 30 },
      { header: t("reports.columns.academicYear"), value: (row) => `${row.academicYear}/${String(row.academicYear + 1).slice(2)}`, width: 12 },
      { header: t("reports.columns.startsOn"), value: (row) => row.startDate, width: 12, date: true },
      { header: t("reports.columns.endsOn"), value: (row) => row.endDate, width: 12, date: true },
      { header: t("reports.columns.status"), value: (row) => t(`mobility.status.${row.status}`), width: 12 },
    ],
    mobility.rows,
  );
  addSheet(
    workbook,
    t("reports.sheets.mobilityByCountry"),
    [
      { header: t("reports.columns.country"), value: (row) => countryName(row.countryCode, language), width: 24 },
      { header: t("reports.columns.region"), value: (row) => t(`partners.regions.${row.region}`), width: 24 },
      { header: t("reports.summary.outgoingStudents"), value: (row) => row.outgoingStudents, width: 14 },
      { header: t("reports.summary.outgoingStaff"), value: (row) => row.outgoingStaff, width: 14 },
      { header: t("reports.summary.incomingStudents"), value: (row) => row.incomingStudents, width: 14 },
      { header: t("reports.summary.incomingStaff"), value: (row) => row.incomingStaff, width: 14 },
    ],
    mobility.byCountry,
  );
  addSheet(
    workbook,
    t("reports.sheets.projects"),
    [
      { header: t("reports.columns.project"), value: (row) => row.title, width: 44 },
      { header: t("reports.columns.acronym"), value: (row) => row.acronym, width: 12 },
      { header: t("reports.columns.funding"), value: (row) => row.fundingProgram, width: 24 },
      { header: t("reports.columns.role"), value: (row) => t(`projects.role.${row.ourRole}`), width: 14 },
      { header: t("reports.columns.unit"), value: (row) => row.unit, width: 30 },
      { header: t("reports.columns.startsOn"), value: (row) => row.startDate, width: 12, date: true },
      { header: t("reports.columns.endsOn"), value: (row) => row.endDate, width: 12, date: true },
      { header: t("reports.columns.budget"), value: (row) => row.budget, width: 14 },
      { header: t("reports.columns.currency"), value: (row) => row.currency, width: 10 },
      { header: t("reports.columns.consortium"), value: (row) => row.partners, width: 12 },
    ],
    activities.projects,
  );
  addSheet(
    workbook,
    t("reports.sheets.projectActivities"),
    [
      { header: t("reports.columns.project"), value: (row) => row.project, width: 24 },
      { header: t("reports.columns.activity"), value: (row) => row.title, width: 44 },
      { header: t("reports.columns.startsOn"), value: (row) => row.startDate, width: 12, date: true },
      { header: t("reports.columns.endsOn"), value: (row) => row.endDate, width: 12, date: true },
      { header: t("reports.columns.place"), value: (row) => row.place, width: 24 },
      { header: t("reports.columns.staff"), value: (row) => row.staffCount, width: 10 },
      { header: t("reports.columns.students"), value: (row) => row.studentCount, width: 10 },
    ],
    activities.activities,
  );
  addSheet(workbook, t("reports.sheets.visitsReceived"), visitColumns(t, language), activities.visitsReceived);
  addSheet(workbook, t("reports.sheets.visitsMade"), visitColumns(t, language), activities.visitsMade);
  addSheet(
    workbook,
    t("reports.sheets.events"),
    [
      { header: t("reports.columns.event"), value: (row) => row.title, width: 44 },
      { header: t("reports.columns.kind"), value: (row) => t(`events.kind.${row.kind}`), width: 18 },
      { header: t("reports.columns.date"), value: (row) => fromIsoDay(dayIn(row.startsAt, context.timeZone)), width: 12, date: true },
      { header: t("reports.columns.place"), value: (row) => row.place, width: 30 },
      { header: t("reports.columns.unit"), value: (row) => row.unit, width: 30 },
      { header: t("reports.columns.registered"), value: (row) => row.registrations, width: 12 },
    ],
    activities.events,
  );
  addSheet(
    workbook,
    t("reports.sheets.students"),
    [
      { header: t("reports.columns.studentNumber"), value: (row) => row.studentNumber, width: 16 },
      { header: t("reports.columns.country"), value: (row) => countryName(row.countryCode, language), width: 20 },
      { header: t("reports.columns.program"), value: (row) => row.programName, width: 36 },
      { header: t("reports.columns.level"), value: (row) => t(`internationalStudents.levels.${row.level}`), width: 14 },
      { header: t("reports.columns.unit"), value: (row) => row.unit, width: 30 },
      { header: t("reports.columns.intakeYear"), value: (row) => row.intakeYear, width: 10 },
      { header: t("reports.columns.status"), value: (row) => t(`internationalStudents.statuses.${row.status}`), width: 14 },
    ],
    students.rows,
  );
  addSheet(
    workbook,
    t("reports.sheets.studentsByCountry"),
    [
      { header: t("reports.columns.country"), value: (row) => countryName(row.countryCode, language), width: 24 },
      { header: t("reports.columns.region"), value: (row) => t(`partners.regions.${row.region}`), width: 24 },
      { header: t("reports.columns.students"), value: (row) => row.count, width: 12 },
    ],
    students.byCountry,
  );
  const strategyRows = strategy.goals.flatMap((goal) =>
    goal.indicators.flatMap((indicator) => indicator.years.map((year) => ({ goal: goal.title.text, indicator, year }))),
  );
  addSheet(
    workbook,
    t("reports.sheets.strategy"),
    [
      { header: t("reports.columns.goal"), value: (row) => row.goal, width: 36 },
      { header: t("reports.columns.indicator"), value: (row) => row.indicator.title.text, width: 36 },
      { header: t("reports.columns.measure"), value: (row) => t(`strategy.metrics.${row.indicator.metric ?? "MANUAL"}.label`), width: 24 },
      { header: t("reports.columns.filter"), value: (row) => describeFilter(row.indicator.metric, row.indicator.filter, (key) => t(key)), width: 24 },
      { header: t("reports.columns.year"), value: (row) => row.year.year, width: 8 },
      { header: t("reports.columns.target"), value: (row) => row.year.target, width: 10 },
      { header: t("reports.columns.expected"), value: (row) => (row.year.running && row.year.expected !== null ? Math.round(row.year.expected) : null), width: 12 },
      { header: t("reports.columns.actual"), value: (row) => row.year.actual, width: 10 },
      { header: t("reports.columns.reached"), value: (row) => (row.year.share === null ? null : Math.round(row.year.share * 1000) / 10), width: 12 },
      { header: t("reports.columns.status"), value: (row) => t(`strategy.states.${row.year.state}`), width: 16 },
      { header: t("reports.columns.evidence"), value: (row) => row.year.evidence, width: 40 },
    ],
    strategyRows,
  );
  addSheet(
    workbook,
    t("reports.sheets.highlights"),
    [
      { header: t("reports.columns.date"), value: (row) => row.happenedOn, width: 12, date: true },
      { header: t("reports.columns.title"), value: (row) => row.title, width: 40 },
      { header: t("reports.columns.text"), value: (row) => row.text, width: 80 },
    ],
    highlights,
  );
  return bytes();
}

export async function renderRankingsWorkbook(data: ReportData, figures: readonly RankingsFigure[]): Promise<Uint8Array> {
  const { context, students, mobility } = data;
  const t = reportWording(context.language);
  const { workbook, bytes } = newWorkbook();
  addSheet(
    workbook,
    t("reports.sheets.rankingsFigures"),
    [
      { header: t("reports.rankings.columns.figure"), value: (row: RankingsFigure) => t(`reports.rankings.figures.${row.key}.label`), width: 44 },
      // Ratios as fractions with a percent format would need a style per cell; a percentage number reads the same.
      { header: t("reports.rankings.columns.value"), value: (row) => (row.value === null ? null : row.kind === "ratio" ? Math.round(row.value * 10000) / 100 : row.value), width: 14 },
      { header: t("reports.rankings.columns.unit"), value: (row) => (row.kind === "ratio" ? "%" : null), width: 8 },
      { header: t("reports.rankings.columns.source"), value: (row) => t(`reports.rankings.sources.${row.source}`), width: 20 },
      { header: t("reports.rankings.columns.askedBy"), value: (row) => row.askedBy, width: 10 },
      { header: t("reports.rankings.columns.definition"), value: (row) => t(`reports.rankings.figures.${row.key}.definition`), width: 80 },
    ],
    figures,
  );
  addSheet(
    workbook,
    t("reports.sheets.studentsByCountry"),
    [
      { header: t("reports.columns.country"), value: (row) => countryName(row.countryCode, context.language), width: 24 },
      { header: t("reports.columns.region"), value: (row) => t(`partners.regions.${row.region}`), width: 24 },
      { header: t("reports.columns.students"), value: (row) => row.count, width: 12 },
    ],
    students.byCountry,
  );
  addSheet(
    workbook,
    t("reports.sheets.mobilityByCountry"),
    [
      { header: t("reports.columns.country"), value: (row) => countryName(row.countryCode, context.language), width: 24 },
      { header: t("reports.columns.region"), value: (row) => t(`partners.regions.${row.region}`), width: 24 },
      { header: t("reports.summary.outgoingStudents"), value: (row) => row.outgoingStudents, width: 14 },
      { header: t("reports.summary.outgoingStaff"), value: (row) => row.outgoingStaff, width: 14 },
      { header: t("reports.summary.incomingStudents"), value: (row) => row.incomingStudents, width: 14 },
      { header: t("reports.summary.incomingStaff"), value: (row) => row.incomingStaff, width: 14 },
    ],
    mobility.byCountry,
  );
  return bytes();
}
