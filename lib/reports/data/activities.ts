import "server-only";
import { addDays, fromIsoDay } from "@/lib/agreements/dates";
import { startOfDayIn } from "@/lib/dates/zoned";
import { db } from "@/lib/db/client";
import type { EventKind, MobilityDirection, ProjectRole, ProjectStatus, VisitKind, VisitStatus } from "@/lib/generated/prisma/enums";
import { textIn, type ReportContext } from "./context";

/**
 * Projects, visits and events of a period:
 * - projects: funded (funded, running or closed) and running some day of the period, with the
 *   activities they held in it;
 * - visits received and made: those that started in the period, cancelled ones left out;
 * - events: published events that started in the period (in the institution's time zone).
 */

export interface ProjectRow {
  title: string;
  acronym: string | null;
  fundingProgram: string;
  ourRole: ProjectRole;
  status: ProjectStatus;
  unit: string | null;
  startDate: Date;
  endDate: Date;
  budget: number | null;
  currency: string | null;
  partners: number;
}

export interface ProjectActivityRow {
  project: string;
  title: string;
  startDate: Date;
  endDate: Date | null;
  place: string | null;
  staffCount: number | null;
  studentCount: number | null;
}

export interface VisitRow {
  direction: MobilityDirection;
  title: string;
  kind: VisitKind;
  status: VisitStatus;
  organization: string;
  countryCode: string | null;
  unit: string | null;
  startDate: Date;
  endDate: Date;
  people: number;
  outcome: string;
}

export interface EventRow {
  title: string;
  kind: EventKind;
  startsAt: Date;
  place: string;
  unit: string | null;
  registrations: number;
}

export interface ActivitySection {
  projects: ProjectRow[];
  activities: ProjectActivityRow[];
  visitsReceived: VisitRow[];
  visitsMade: VisitRow[];
  events: EventRow[];
}

const named = { select: { name: true, translations: true } } as const;

async function loadProjects(context: ReportContext) {
  const start = fromIsoDay(context.period.start);
  const end = fromIsoDay(context.period.end);
  const projects = await db.project.findMany({
    where: { status: { in: ["FUNDED", "RUNNING", "CLOSED"] }, startDate: { lte: end }, endDate: { gte: start } },
    select: {
      id: true,
      title: true,
      acronym: true,
      translations: true,
      fundingProgram: true,
      ourRole: true,
      status: true,
      startDate: true,
      endDate: true,
      budget: true,
      currency: true,
      unit: named,
      _count: { select: { partners: true } },
      activities: {
        where: { startDate: { gte: start, lte: end } },
        select: { title: true, translations: true, startDate: true, endDate: true, place: true, staffCount: true, studentCount: true },
        orderBy: { startDate: "asc" },
      },
    },
    orderBy: [{ startDate: "asc" }, { title: "asc" }],
  });
  const rows = projects.map((project) => {
    const title = textIn(context, project, "title");
    return {
      row: {
        title,
        acronym: project.acronym,
        fundingProgram: project.fundingProgram,
        ourRole: project.ourRole,
        status: project.status,
        unit: project.unit ? textIn(context, project.unit, "name") : null,
        startDate: project.startDate,
        endDate: project.endDate,
        budget: project.budget === null ? null : Number(project.budget),
        currency: project.currency,
        partners: project._count.partners,
      } satisfies ProjectRow,
      activities: project.activities.map(
        (activity): ProjectActivityRow => ({
          project: project.acronym ?? title,
          title: textIn(context, activity, "title"),
          startDate: activity.startDate,
          endDate: activity.endDate,
          place: activity.place,
          staffCount: activity.staffCount,
          studentCount: activity.studentCount,
        }),
      ),
    };
  });
  return {
    projects: rows.map((entry) => entry.row),
    activities: rows.flatMap((entry) => entry.activities).sort((a, b) => a.startDate.getTime() - b.startDate.getTime()),
  };
}

async function loadVisits(context: ReportContext): Promise<VisitRow[]> {
  const visits = await db.visit.findMany({
    where: { status: { not: "CANCELLED" }, startDate: { gte: fromIsoDay(context.period.start), lte: fromIsoDay(context.period.end) } },
    select: {
      direction: true,
      title: true,
      translations: true,
      kind: true,
      status: true,
      organizationName: true,
      startDate: true,
      endDate: true,
      outcome: true,
      partner: { select: { name: true, translations: true, countryCode: true } },
      hostUnit: named,
      _count: { select: { participants: true } },
    },
    orderBy: [{ startDate: "asc" }, { title: "asc" }],
  });
  return visits.map((visit) => ({
    direction: visit.direction,
    title: textIn(context, visit, "title"),
    kind: visit.kind,
    status: visit.status,
    organization: visit.partner ? textIn(context, visit.partner, "name") : (visit.organizationName ?? ""),
    countryCode: visit.partner?.countryCode ?? null,
    unit: visit.hostUnit ? textIn(context, visit.hostUnit, "name") : null,
    startDate: visit.startDate,
    endDate: visit.endDate,
    people: visit._count.participants,
    outcome: visit.outcome,
  }));
}

async function loadEvents(context: ReportContext): Promise<EventRow[]> {
  const events = await db.event.findMany({
    where: {
      isPublished: true,
      startsAt: { gte: startOfDayIn(context.period.start, context.timeZone), lt: startOfDayIn(addDays(context.period.end, 1), context.timeZone) },
    },
    select: {
      title: true,
      translations: true,
      kind: true,
      startsAt: true,
      place: true,
      unit: named,
      _count: { select: { registrations: { where: { status: "CONFIRMED" } } } },
    },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
  });
  return events.map((event) => ({
    title: textIn(context, event, "title"),
    kind: event.kind,
    startsAt: event.startsAt,
    place: event.place,
    unit: event.unit ? textIn(context, event.unit, "name") : null,
    registrations: event._count.registrations,
  }));
}

export async function loadActivitySection(context: ReportContext): Promise<ActivitySection> {
  const [projects, visits, events] = await Promise.all([loadProjects(context), loadVisits(context), loadEvents(context)]);
  return {
    ...projects,
    visitsReceived: visits.filter((visit) => visit.direction === "INCOMING"),
    visitsMade: visits.filter((visit) => visit.direction === "OUTGOING"),
    events,
  };
}
