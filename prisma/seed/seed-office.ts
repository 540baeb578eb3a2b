import type { TransactionClient } from "@/lib/db/client";
import type { EventKind, StrategyMetric } from "@/lib/generated/prisma/enums";
import { daysFrom, slugify, stableId } from "./stable-id";

const EVENTS: { title: string; kind: EventKind; inDays: number; place: string; description: string; organizer: string }[] = [
  { title: "International Education Fair: Study in Europe", kind: "PRESENTATION", inDays: 18, place: "Khazar University, Neftchilar Campus, Main Hall", organizer: "International Relations Office", description: "Partner universities from twelve European countries present their exchange and degree programs. Erasmus+ alumni share their experience." },
  { title: "Erasmus+ KA171 information session", kind: "SEMINAR", inDays: 9, place: "Room 301 and online", organizer: "International Relations Office", description: "How to apply for next year's exchange calls: eligibility, documents, selection criteria and deadlines." },
  { title: "Webinar: Fulbright Foreign Student Program", kind: "WEBINAR", inDays: 25, place: "Online", organizer: "American Center", description: "Program officers explain the Fulbright application, testing requirements and interview stage." },
  { title: "Summer School on Caspian Energy Transition", kind: "SUMMER_SCHOOL", inDays: 220, place: "Khazar University, Baku", organizer: "School of Engineering and Applied Science", description: "Two weeks of lectures and field visits with partner universities from Norway, Germany and Turkey." },
  { title: "Conference: Internationalization of Higher Education in the South Caucasus", kind: "CONFERENCE", inDays: -45, place: "Khazar University, Baku", organizer: "International Relations Office", description: "Rectors, vice-rectors and international officers from the region discussed mobility, recognition and joint programs." },
];

const GRANT_CALLS = [
  { funder: "European Commission (EACEA)", title: "Erasmus+ Capacity Building in Higher Education", inDays: 75, url: "https://erasmus-plus.ec.europa.eu", eligibility: "Consortia of higher education institutions from programme and partner countries." },
  { funder: "European Commission", title: "Horizon Europe MSCA Staff Exchanges", inDays: 120, url: "https://marie-sklodowska-curie-actions.ec.europa.eu", eligibility: "Research and innovation staff exchanges between organizations worldwide." },
  { funder: "DAAD", title: "Research Stays for University Academics and Scientists", inDays: 40, url: "https://www.daad.de", eligibility: "Academics with a doctorate, for 1–3 month research stays in Germany." },
  { funder: "U.S. Department of State", title: "Fulbright Visiting Scholar Program", inDays: 150, url: "https://foreign.fulbrightonline.org", eligibility: "Faculty and researchers with a doctorate." },
];

/**
 * Targets a little above what the demo's records show (about 55 active agreements, 60–75 people sent
 * and 25–35 received a year, one running project), growing slowly, as an office's plan would.
 */
const GOALS: { title: string; metric: StrategyMetric; base: number; step: number }[] = [
  { title: "Grow the number of active cooperation agreements", metric: "ACTIVE_AGREEMENTS", base: 60, step: 4 },
  { title: "Send more students and staff abroad", metric: "OUTGOING_MOBILITIES", base: 80, step: 5 },
  { title: "Welcome more exchange students", metric: "INCOMING_MOBILITIES", base: 35, step: 3 },
  { title: "Take part in international projects", metric: "PROJECTS", base: 2, step: 1 },
];

export async function seedOffice(
  tx: TransactionClient,
  { today, partnerIds, hostUnitId }: { today: Date; partnerIds: string[]; hostUnitId: string },
) {
  for (const event of EVENTS) {
    const slug = slugify(event.title);
    const startsAt = daysFrom(today, event.inDays);
    startsAt.setUTCHours(10);
    const data = { title: event.title, kind: event.kind, startsAt, place: event.place, description: event.description, organizer: event.organizer, isPublished: true };
    await tx.event.upsert({ where: { slug }, create: { id: stableId("event", slug), slug, ...data }, update: data });
  }

  for (const call of GRANT_CALLS) {
    const id = stableId("grant-call", call.title);
    const data = { funder: call.funder, title: call.title, eligibility: call.eligibility, url: call.url, deadline: daysFrom(today, call.inDays), description: `${call.title} — call tracked by the projects officer.` };
    await tx.grantCall.upsert({ where: { id }, create: { id, ...data }, update: data });
  }

  const visitId = stableId("visit", "delegation-1");
  const visit = {
    title: "Partner delegation: double-degree program in petroleum engineering",
    direction: "INCOMING" as const,
    kind: "DELEGATION" as const,
    purpose: "Delegation visit to discuss a double-degree program in petroleum engineering",
    partnerId: partnerIds[0] ?? null,
    hostUnitId,
    startDate: daysFrom(today, 30),
    endDate: daysFrom(today, 33),
    status: "CONFIRMED" as const,
    notes: "Airport pick-up arranged by the protocol office.",
  };
  await tx.visit.upsert({ where: { id: visitId }, create: { id: visitId, ...visit }, update: visit });
  await tx.visitParticipant.deleteMany({ where: { visitId } });
  await tx.visitParticipant.createMany({
    data: [
      { visitId, name: "Prof. Hans Becker", position: "Vice-Rector for International Affairs", nationalityCode: "DE", passportNumber: "C01X00T47", accommodation: "Hotel near the campus", visaStatus: "ISSUED" },
      { visitId, name: "Dr. Julia Schmidt", position: "Head of the International Office", nationalityCode: "DE", passportNumber: "C01X00T48", accommodation: "Hotel near the campus", visaStatus: "APPLIED" },
    ],
  });
  await tx.visitAgendaItem.deleteMany({ where: { visitId } });
  await tx.visitAgendaItem.createMany({
    data: [
      { visitId, startsAt: daysFrom(today, 31), title: "Meeting with the Rector", location: "Rectorate", kind: "MEETING" },
      { visitId, startsAt: daysFrom(today, 32), title: "Guest lecture on reservoir engineering", location: "Engineering building, Room 105", kind: "LECTURE" },
      { visitId, startsAt: daysFrom(today, 32), title: "Old City tour", location: "Icherisheher", kind: "CULTURAL" },
    ],
  });

  const year = today.getUTCFullYear();
  for (const goal of GOALS) {
    const id = stableId("goal", goal.metric);
    await tx.strategyGoal.upsert({ where: { id }, create: { id, title: goal.title, metric: goal.metric }, update: { title: goal.title } });
    for (let offset = 0; offset < 4; offset++) {
      await tx.strategyTarget.upsert({
        where: { goalId_year: { goalId: id, year: year + offset } },
        create: { goalId: id, year: year + offset, target: goal.base + goal.step * offset },
        update: { target: goal.base + goal.step * offset },
      });
    }
  }
}
