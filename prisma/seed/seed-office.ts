import type { TransactionClient } from "@/lib/db/client";
import type { EventKind, StrategyMetric } from "@/lib/generated/prisma/enums";
import { daysFrom, slugify, stableId } from "./stable-id";

type EventTexts = { title: string; description: string };

/** Title and description in Azerbaijani and Russian beside the English (decision 010). */
const EVENTS: { title: string; kind: EventKind; inDays: number; place: string; description: string; organizer: string; translations: { az: EventTexts; ru: EventTexts } }[] = [
  { title: "International Education Fair: Study in Europe", kind: "PRESENTATION", inDays: 18, place: "Khazar University, Neftchilar Campus, Main Hall", organizer: "International Relations Office", description: "Partner universities from twelve European countries present their exchange and degree programs. Erasmus+ alumni share their experience.", translations: { az: { title: "Beynəlxalq Təhsil Sərgisi: Avropada təhsil", description: "On iki Avropa ölkəsindən tərəfdaş universitetlər mübadilə və dərəcə proqramlarını təqdim edir. Erasmus+ məzunları təcrübələrini bölüşür." }, ru: { title: "Международная образовательная выставка «Учёба в Европе»", description: "Университеты-партнёры из двенадцати европейских стран представляют программы обмена и программы на получение степени. Выпускники Erasmus+ делятся опытом." } } },
  { title: "Erasmus+ KA171 information session", kind: "SEMINAR", inDays: 9, place: "Room 301 and online", organizer: "International Relations Office", description: "How to apply for next year's exchange calls: eligibility, documents, selection criteria and deadlines.", translations: { az: { title: "Erasmus+ KA171 üzrə məlumat sessiyası", description: "Gələn ilin mübadilə müsabiqələrinə necə müraciət etməli: kimlər müraciət edə bilər, sənədlər, seçim meyarları və son tarixlər." }, ru: { title: "Информационная встреча по Erasmus+ KA171", description: "Как подать заявку на конкурсы обмена следующего года: кто может участвовать, какие нужны документы, критерии отбора и сроки." } } },
  { title: "Webinar: Fulbright Foreign Student Program", kind: "WEBINAR", inDays: 25, place: "Online", organizer: "American Center", description: "Program officers explain the Fulbright application, testing requirements and interview stage.", translations: { az: { title: "Vebinar: Fulbright Xarici Tələbə Proqramı", description: "Proqramın əməkdaşları Fulbright-a müraciət qaydasını, test tələblərini və müsahibə mərhələsini izah edir." }, ru: { title: "Вебинар: программа Фулбрайта для иностранных студентов", description: "Сотрудники программы рассказывают о подаче заявки на стипендию Фулбрайта, требованиях к тестам и этапе собеседования." } } },
  { title: "Summer School on Caspian Energy Transition", kind: "SUMMER_SCHOOL", inDays: 220, place: "Khazar University, Baku", organizer: "School of Engineering and Applied Science", description: "Two weeks of lectures and field visits with partner universities from Norway, Germany and Turkey.", translations: { az: { title: "Xəzər regionunda enerji keçidi üzrə yay məktəbi", description: "Norveç, Almaniya və Türkiyədən olan tərəfdaş universitetlərlə iki həftəlik mühazirələr və obyektlərə səfərlər." }, ru: { title: "Летняя школа «Энергетический переход в Каспийском регионе»", description: "Две недели лекций и выездных занятий с университетами-партнёрами из Норвегии, Германии и Турции." } } },
  { title: "Conference: Internationalization of Higher Education in the South Caucasus", kind: "CONFERENCE", inDays: -45, place: "Khazar University, Baku", organizer: "International Relations Office", description: "Rectors, vice-rectors and international officers from the region discussed mobility, recognition and joint programs.", translations: { az: { title: "Konfrans: Cənubi Qafqazda ali təhsilin beynəlmiləlləşməsi", description: "Regionun rektorları, prorektorları və beynəlxalq əlaqələr üzrə mütəxəssisləri mobillik, tanınma və birgə proqramları müzakirə etdilər." }, ru: { title: "Конференция «Интернационализация высшего образования на Южном Кавказе»", description: "Ректоры, проректоры и сотрудники международных отделов вузов региона обсудили мобильность, признание и совместные программы." } } },
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
  { today }: { today: Date },
) {
  for (const event of EVENTS) {
    const slug = slugify(event.title);
    const startsAt = daysFrom(today, event.inDays);
    startsAt.setUTCHours(10);
    const data = { title: event.title, kind: event.kind, startsAt, place: event.place, description: event.description, translations: event.translations, organizer: event.organizer, isPublished: true };
    await tx.event.upsert({ where: { slug }, create: { id: stableId("event", slug), slug, ...data }, update: data });
  }

  for (const call of GRANT_CALLS) {
    const id = stableId("grant-call", call.title);
    const data = { funder: call.funder, title: call.title, eligibility: call.eligibility, url: call.url, deadline: daysFrom(today, call.inDays), description: `${call.title} — call tracked by the projects officer.` };
    await tx.grantCall.upsert({ where: { id }, create: { id, ...data }, update: data });
  }

  const year = today.getUTCFullYear();
  for (const goal of GOALS) {
    const id = stableId("goal", goal.metric);
    await tx.strategyGoal.upsert({ where: { id }, create: { id, title: goal.title }, update: { title: goal.title } });
    // The goal is measured by one computed indicator (same id, as the migration that introduced indicators does).
    await tx.strategyIndicator.upsert({ where: { id }, create: { id, goalId: id, title: goal.title, metric: goal.metric }, update: { title: goal.title, metric: goal.metric } });
    for (let offset = 0; offset < 4; offset++) {
      await tx.strategyTarget.upsert({
        where: { indicatorId_year: { indicatorId: id, year: year + offset } },
        create: { indicatorId: id, year: year + offset, target: goal.base + goal.step * offset },
        update: { target: goal.base + goal.step * offset },
      });
    }
  }
}
