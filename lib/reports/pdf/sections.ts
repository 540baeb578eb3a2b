import "server-only";
import type { AppLocale } from "@/i18n/config";
import { dayIn } from "@/lib/dates/zoned";
import type { PdfDocument } from "@/lib/pdf/document";
import { countryName } from "@/lib/partners/country-names";
import { describeFilter } from "@/lib/strategy/labels";
import type { ReportData } from "../data";
import type { AgreementRow } from "../data/agreements";
import type { ReportFormat } from "../format";
import type { ReportWording } from "../wording";
import { barChart } from "./bar-chart";
import { heading, paragraph, table, type TableColumn } from "./layout";

/** What every section draws with: the document, the report's words and formats, its data. */
export interface Printer {
  doc: PdfDocument;
  t: ReportWording;
  f: ReportFormat;
  language: AppLocale;
  data: ReportData;
}

/** Lists longer than this are cut in the PDF; the workbook has every row. */
const PDF_ROWS = 40;

const listOptions = (p: Printer) => ({ empty: p.t("reports.pdf.none"), limit: PDF_ROWS, more: (count: number) => p.t("reports.pdf.more", { count }) });
const dayOrDash = (p: Printer, date: Date | null) => (date ? p.f.day(date) : "—");

function agreementTable(p: Printer, rows: readonly AgreementRow[], dateHeader: string, dateOf: (row: AgreementRow) => string) {
  const columns: TableColumn[] = [
    { header: p.t("reports.columns.reference"), weight: 1.7 },
    { header: p.t("reports.columns.agreement"), weight: 2.3 },
    { header: p.t("reports.columns.kind"), weight: 1.4 },
    { header: p.t("reports.columns.partners"), weight: 2 },
    { header: p.t("reports.columns.unit"), weight: 1.4 },
    { header: dateHeader, weight: 1.3 },
  ];
  table(p.doc, columns, rows.map((row) => [row.referenceNumber, row.title, p.t(`agreements.kinds.${row.kind}`), row.partners, row.unit, dateOf(row)]), listOptions(p));
}

export function agreementsSection(p: Printer): void {
  const { agreements } = p.data;
  heading(p.doc, p.t("reports.sections.agreements"), 1);
  paragraph(p.doc, p.t("reports.pdf.agreementsInForce", { date: p.f.day(p.data.context.asOf), agreements: agreements.inForce, partners: agreements.partners, countries: agreements.partnerCountries }));
  barChart(p.doc, {
    title: p.t("reports.charts.agreementsByKind", { date: p.f.day(p.data.context.asOf) }),
    series: [p.t("reports.charts.agreements")],
    rows: agreements.inForceByKind.map((row) => ({ label: p.t(`agreements.kinds.${row.kind}`), values: [row.count] })),
    empty: p.t("reports.pdf.none"),
    format: p.f.number,
  });
  heading(p.doc, p.t("reports.sections.agreementsSigned", { count: agreements.signed.length }), 2);
  agreementTable(p, agreements.signed, p.t("reports.columns.signedOn"), (row) => dayOrDash(p, row.signedOn));
  heading(p.doc, p.t("reports.sections.agreementsRenewed", { count: agreements.renewed.length }), 2);
  agreementTable(p, agreements.renewed, p.t("reports.columns.signedOn"), (row) => `${dayOrDash(p, row.signedOn)}\n${p.t("reports.pdf.renews", { reference: row.predecessor ?? "" })}`);
  heading(p.doc, p.t("reports.sections.agreementsEnded", { count: agreements.ended.length }), 2);
  agreementTable(p, agreements.ended, p.t("reports.columns.endedOn"), (row) => {
    const ended = row.status === "TERMINATED" ? p.t("reports.pdf.terminated", { date: dayOrDash(p, row.terminatedOn) }) : p.t("reports.pdf.expired", { date: dayOrDash(p, row.endsOn) });
    return row.successor ? `${ended}\n${p.t("reports.pdf.renewedAs", { reference: row.successor })}` : ended;
  });
}

export function mobilitySection(p: Printer): void {
  const { mobility } = p.data;
  const { totals } = mobility;
  const both = [p.t("reports.charts.outgoing"), p.t("reports.charts.incoming")];
  heading(p.doc, p.t("reports.sections.mobility"), 1);
  paragraph(p.doc, p.t("reports.pdf.mobilityDefinition"), { muted: true });
  barChart(p.doc, {
    title: p.t("reports.charts.mobilityByParticipant"),
    series: [p.t("reports.charts.students"), p.t("reports.charts.staff")],
    rows: [
      { label: p.t("reports.charts.outgoing"), values: [totals.outgoingStudents, totals.outgoingStaff] },
      { label: p.t("reports.charts.incoming"), values: [totals.incomingStudents, totals.incomingStaff] },
    ],
    empty: p.t("reports.pdf.noMobility"),
    format: p.f.number,
  });
  const regions = new Map<string, [number, number]>();
  for (const row of mobility.byCountry) {
    const [out, inc] = regions.get(row.region) ?? [0, 0];
    regions.set(row.region, [out + row.outgoingStudents + row.outgoingStaff, inc + row.incomingStudents + row.incomingStaff]);
  }
  barChart(p.doc, {
    title: p.t("reports.charts.mobilityByRegion"),
    series: both,
    rows: [...regions].map(([region, values]) => ({ label: p.t(`partners.regions.${region}`), values })),
    empty: p.t("reports.pdf.noMobility"),
    format: p.f.number,
  });
  barChart(p.doc, {
    title: p.t("reports.charts.mobilityByCountry"),
    series: both,
    rows: mobility.byCountry.slice(0, 12).map((row) => ({
      label: countryName(row.countryCode, p.language),
      values: [row.outgoingStudents + row.outgoingStaff, row.incomingStudents + row.incomingStaff],
    })),
    empty: p.t("reports.pdf.noMobility"),
    format: p.f.number,
  });
  barChart(p.doc, {
    title: p.t("reports.charts.mobilityByYear"),
    series: both,
    rows: mobility.byYear.map((row) => ({ label: String(row.year), values: [row.outgoing, row.incoming] })),
    empty: p.t("reports.pdf.noMobility"),
    format: p.f.number,
  });
  const groupTable = (title: string, header: string, rows: typeof mobility.byUnit) => {
    heading(p.doc, title, 2);
    table(
      p.doc,
      [{ header, weight: 4 }, { header: both[0]!, weight: 1, align: "right" }, { header: both[1]!, weight: 1, align: "right" }],
      rows.map((row) => [row.name ?? p.t("reports.pdf.notGiven"), p.f.number(row.outgoing), p.f.number(row.incoming)]),
      listOptions(p),
    );
  };
  groupTable(p.t("reports.sections.mobilityByUnit"), p.t("reports.columns.unit"), mobility.byUnit);
  groupTable(p.t("reports.sections.mobilityByProgram"), p.t("reports.columns.program"), mobility.byProgram);
}

export function projectsSection(p: Printer): void {
  const { projects, activities } = p.data.activities;
  heading(p.doc, p.t("reports.sections.projects", { count: projects.length }), 1);
  table(
    p.doc,
    [
      { header: p.t("reports.columns.project"), weight: 3 },
      { header: p.t("reports.columns.funding"), weight: 1.8 },
      { header: p.t("reports.columns.role"), weight: 1.1 },
      { header: p.t("reports.columns.period"), weight: 1.8 },
      { header: p.t("reports.columns.budget"), weight: 1.3, align: "right" },
    ],
    projects.map((row) => [
      row.acronym ? `${row.acronym}: ${row.title}` : row.title,
      row.fundingProgram,
      p.t(`projects.role.${row.ourRole}`),
      p.f.range({ start: row.startDate.toISOString().slice(0, 10), end: row.endDate.toISOString().slice(0, 10) }),
      row.budget === null ? "—" : p.f.money(row.budget, row.currency),
    ]),
    listOptions(p),
  );
  heading(p.doc, p.t("reports.sections.projectActivities", { count: activities.length }), 2);
  table(
    p.doc,
    [
      { header: p.t("reports.columns.date"), weight: 1.2 },
      { header: p.t("reports.columns.project"), weight: 1.3 },
      { header: p.t("reports.columns.activity"), weight: 3 },
      { header: p.t("reports.columns.place"), weight: 1.5 },
      { header: p.t("reports.columns.participants"), weight: 1.3, align: "right" },
    ],
    activities.map((row) => [
      p.f.day(row.startDate),
      row.project,
      row.title,
      row.place ?? "—",
      [row.staffCount !== null ? p.t("reports.pdf.staffCount", { count: row.staffCount }) : null, row.studentCount !== null ? p.t("reports.pdf.studentCount", { count: row.studentCount }) : null]
        .filter(Boolean)
        .join("\n") || "—",
    ]),
    listOptions(p),
  );
}

export function visitsSection(p: Printer): void {
  const { visitsReceived, visitsMade } = p.data.activities;
  heading(p.doc, p.t("reports.sections.visits"), 1);
  const visitTable = (rows: typeof visitsReceived) =>
    table(
      p.doc,
      [
        { header: p.t("reports.columns.dates"), weight: 1.6 },
        { header: p.t("reports.columns.visit"), weight: 2.6 },
        { header: p.t("reports.columns.organization"), weight: 2 },
        { header: p.t("reports.columns.kind"), weight: 1.3 },
        { header: p.t("reports.columns.people"), weight: 0.8, align: "right" },
        { header: p.t("reports.columns.status"), weight: 1.1 },
      ],
      rows.map((row) => [
        p.f.range({ start: row.startDate.toISOString().slice(0, 10), end: row.endDate.toISOString().slice(0, 10) }),
        row.outcome ? `${row.title}\n${row.outcome}` : row.title,
        [row.organization, row.countryCode ? countryName(row.countryCode, p.language) : null].filter(Boolean).join(", ") || "—",
        p.t(`visits.kinds.${row.kind}`),
        p.f.number(row.people),
        p.t(`visits.statuses.${row.status}`),
      ]),
      listOptions(p),
    );
  heading(p.doc, p.t("reports.sections.visitsReceived", { count: visitsReceived.length }), 2);
  visitTable(visitsReceived);
  heading(p.doc, p.t("reports.sections.visitsMade", { count: visitsMade.length }), 2);
  visitTable(visitsMade);
}

export function eventsSection(p: Printer): void {
  const { events } = p.data.activities;
  heading(p.doc, p.t("reports.sections.events", { count: events.length }), 1);
  table(
    p.doc,
    [
      { header: p.t("reports.columns.date"), weight: 1.3 },
      { header: p.t("reports.columns.event"), weight: 3 },
      { header: p.t("reports.columns.kind"), weight: 1.3 },
      { header: p.t("reports.columns.place"), weight: 2 },
      { header: p.t("reports.columns.registered"), weight: 1, align: "right" },
    ],
    events.map((row) => [p.f.day(dayIn(row.startsAt, p.data.context.timeZone)), row.title, p.t(`events.kind.${row.kind}`), row.place || "—", p.f.number(row.registrations)]),
    listOptions(p),
  );
}

export function studentsSection(p: Printer): void {
  const { students } = p.data;
  heading(p.doc, p.t("reports.sections.students"), 1);
  paragraph(p.doc, p.t("reports.pdf.studentsEnrolled", { date: p.f.day(p.data.context.asOf), students: students.enrolled, countries: students.countries, intake: students.newIntake }));
  paragraph(p.doc, p.t("reports.pdf.studentsEstimate"), { muted: true, size: 8.5 });
  barChart(p.doc, {
    title: p.t("reports.charts.studentsByCountry"),
    series: [p.t("reports.charts.students")],
    rows: students.byCountry.slice(0, 15).map((row) => ({ label: countryName(row.countryCode, p.language), values: [row.count] })),
    empty: p.t("reports.pdf.none"),
    format: p.f.number,
  });
  heading(p.doc, p.t("reports.sections.studentsByLevelAndUnit"), 2);
  table(
    p.doc,
    [{ header: p.t("reports.columns.levelOrUnit"), weight: 4 }, { header: p.t("reports.columns.students"), weight: 1, align: "right" }],
    [
      ...students.byLevel.map((row) => [p.t(`internationalStudents.levels.${row.level}`), p.f.number(row.count)]),
      ...students.byUnit.map((row) => [row.unit ?? p.t("reports.pdf.notGiven"), p.f.number(row.count)]),
    ],
    listOptions(p),
  );
}

export function strategySection(p: Printer): void {
  const { strategy, context } = p.data;
  const year = Number(context.asOf.slice(0, 4));
  heading(p.doc, p.t("reports.sections.strategy", { year }), 1);
  paragraph(p.doc, p.t("reports.pdf.strategyRule", { date: p.f.day(context.asOf) }), { muted: true, size: 8.5 });
  const rows = strategy.goals.flatMap((goal) =>
    goal.indicators.map((indicator) => {
      const entry = indicator.years.find((row) => row.year === year);
      const filter = describeFilter(indicator.metric, indicator.filter, (key) => p.t(key));
      const number = (value: number | null | undefined) => (value === null || value === undefined ? "—" : p.f.number(Math.round(value)));
      return [
        goal.title.text,
        filter ? `${indicator.title.text}\n${filter}` : indicator.title.text,
        number(entry?.target),
        entry?.running ? number(entry.expected) : "—",
        number(entry?.actual),
        entry ? p.t(`strategy.states.${entry.state}`) : "—",
      ];
    }),
  );
  table(
    p.doc,
    [
      { header: p.t("reports.columns.goal"), weight: 2.4 },
      { header: p.t("reports.columns.indicator"), weight: 2.6 },
      { header: p.t("reports.columns.target"), weight: 0.9, align: "right" },
      { header: p.t("reports.columns.expected"), weight: 1, align: "right" },
      { header: p.t("reports.columns.actual"), weight: 0.9, align: "right" },
      { header: p.t("reports.columns.status"), weight: 1.2 },
    ],
    rows,
    { empty: p.t("reports.pdf.noStrategy") },
  );
}

export function highlightsSection(p: Printer): void {
  const { highlights } = p.data;
  heading(p.doc, p.t("reports.sections.highlights"), 1);
  if (highlights.length === 0) {
    paragraph(p.doc, p.t("reports.pdf.noHighlights"), { muted: true });
    return;
  }
  for (const highlight of highlights) {
    heading(p.doc, `${p.f.day(highlight.happenedOn)}: ${highlight.title}`, 3);
    if (highlight.text) paragraph(p.doc, highlight.text);
  }
}
