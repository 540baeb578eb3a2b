import type { TransactionClient } from "@/lib/db/client";
import { localInputToDate } from "@/lib/dates/zoned";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgendaItemKind, MobilityDirection, VisitKind, VisitStatus } from "@/lib/generated/prisma/enums";
import type { SeededAgreement } from "./seed-agreements";
import type { DirectoryIds } from "./seed-directory";
import { DEMO_TIME_ZONE } from "./seed-institution";
import { daysFrom, stableId } from "./stable-id";

/**
 * The demo's visits and delegations (issue 11), drawn from the office pages in shared/seeds: the
 * University of Graz delegation that gave a two-day PROMIG training, the PROMIG summer school in
 * Tbilisi, a Mevlana partner's visit, a guest lecture from the University of Essex, staff trips
 * (a conference, the signing of a memorandum in Seoul) and a petroleum engineering delegation. Dates
 * are relative to today and spread over the lifecycle; names are invented and passport numbers fake.
 * Keyed by stable ids: running the seed again changes nothing.
 */

type Participant = Omit<Prisma.VisitParticipantCreateManyInput, "visitId" | "sortOrder">;

interface AgendaSeed {
  day: number;
  from: string;
  to?: string;
  title: string;
  location?: string;
  kind: AgendaItemKind;
  host?: string;
  participants?: string;
}

interface VisitSeed {
  key: string;
  title: string;
  direction: MobilityDirection;
  kind: VisitKind;
  purpose: string;
  partner?: string;
  organizationName?: string;
  agreementId?: string | null;
  project?: string;
  unit?: string;
  responsible: string;
  /** First and last day, relative to today. */
  days: [number, number];
  status: VisitStatus;
  outcome?: string;
  costsCoveredBy?: string;
  notes?: string;
  publicSummary?: string;
  translations?: Prisma.InputJsonValue;
  /** Days ago the office erased the guests' personal data. */
  erasedDaysAgo?: number;
  participants: Participant[];
  agenda: AgendaSeed[];
}

export interface VisitSeedContext {
  today: Date;
  partners: DirectoryIds["partners"];
  agreements: readonly SeededAgreement[];
  unitIds: Map<string, string>;
  userIds: Map<string, string>;
}

const isoDay = (today: Date, offset: number) => daysFrom(today, offset).toISOString().slice(0, 10);

/** A wall-clock time in Baku on a day relative to today. */
function at(today: Date, day: number, time: string): Date {
  return localInputToDate(`${isoDay(today, day)}T${time}`, DEMO_TIME_ZONE)!;
}

function visits({ today, agreements, userIds }: VisitSeedContext): VisitSeed[] {
  const officer = "officer@khazar.org";
  const mevlana = agreements.find((agreement) => agreement.kind === "MEVLANA_PROTOCOL");
  const sogang = agreements.find((agreement) => agreement.partnerName === "Sogang University");
  const stay = (from: number, to: number) => ({ arrivalAt: at(today, from, "07:45"), departureAt: at(today, to, "18:30") });

  return [
    {
      key: "delegation-1",
      title: "University of Stavanger delegation: double-degree program in petroleum engineering",
      direction: "INCOMING",
      kind: "DELEGATION",
      purpose: "To discuss a double-degree master's program in petroleum engineering and joint supervision of doctoral students.",
      partner: "University of Stavanger",
      unit: "PETRO",
      responsible: officer,
      days: [30, 33],
      status: "CONFIRMED",
      costsCoveredBy: "The University of Stavanger covers travel; Khazar University covers accommodation and local transport.",
      notes: "Airport pick-up arranged by the protocol office.",
      participants: [
        { name: "Prof. Øystein Lunde", position: "Dean, Faculty of Science and Technology", organization: "University of Stavanger", email: "oystein.lunde@uis.example.no", nationalityCode: "NO", passportNumber: "FX4821736", passportExpiresOn: daysFrom(today, 2100), birthDate: new Date("1966-04-12"), arrivalTransport: "TK 338", departureTransport: "TK 339", ...stay(29, 33), accommodation: "Hotel near the Neftchilar campus", accommodationNights: 4, accommodationBooked: true, accommodationCost: 640, visaStatus: "ISSUED", visaUpdatedOn: daysFrom(today, -6) },
        { name: "Dr. Ingrid Solheim", position: "Head of the Department of Energy Resources", organization: "University of Stavanger", email: "ingrid.solheim@uis.example.no", nationalityCode: "NO", passportNumber: "FX5930214", passportExpiresOn: daysFrom(today, 1500), birthDate: new Date("1979-09-03"), arrivalTransport: "TK 338", departureTransport: "TK 339", ...stay(29, 33), accommodation: "Hotel near the Neftchilar campus", accommodationNights: 4, accommodationBooked: true, accommodationCost: 640, visaStatus: "APPLIED", visaUpdatedOn: daysFrom(today, -3), needs: "Vegetarian meals." },
      ],
      agenda: [
        { day: 30, from: "10:00", to: "11:30", title: "Meeting with the Rector", location: "Rectorate, Neftchilar campus", kind: "MEETING", host: "Rector's office", participants: "Whole delegation" },
        { day: 30, from: "12:00", to: "13:30", title: "Lunch with the Department of Petroleum Engineering", location: "University restaurant", kind: "MEAL", host: "Department of Petroleum Engineering" },
        { day: 31, from: "10:00", to: "12:00", title: "Working session: double-degree curriculum", location: "Engineering building, Room 105", kind: "MEETING", host: "Department of Petroleum Engineering", participants: "Whole delegation; programme directors" },
        { day: 31, from: "14:00", to: "15:30", title: "Guest lecture on reservoir engineering", location: "Engineering building, Room 105", kind: "LECTURE", host: "Department of Petroleum Engineering", participants: "Prof. Øystein Lunde" },
        { day: 32, from: "15:00", to: "18:00", title: "Old City tour", location: "İçərişəhər", kind: "CULTURAL", host: "International Relations Office" },
      ],
    },
    {
      key: "graz-promig-training",
      title: "University of Graz delegation: PROMIG training in migration studies",
      direction: "INCOMING",
      kind: "DELEGATION",
      purpose: "A two-day training for the staff of Khazar University and the other PROMIG partner universities, given by the delegation of the University of Graz.",
      partner: "University of Graz",
      project: "promig",
      unit: "SHSS",
      responsible: officer,
      days: [-140, -139],
      status: "COMPLETED",
      outcome: "Two-day training held for 24 staff members of four partner universities; a shared syllabus for a migration studies module was agreed.",
      costsCoveredBy: "The PROMIG project (Erasmus+ capacity building) covers travel and accommodation.",
      publicSummary: "A delegation of the University of Graz gave a two-day training in migration studies at Khazar University for the staff of the PROMIG partner universities.",
      translations: {
        az: { title: "Qrats Universitetinin nümayəndə heyəti: miqrasiya tədqiqatları üzrə PROMIG təlimi", publicSummary: "Qrats Universitetinin nümayəndə heyəti Xəzər Universitetində PROMIG tərəfdaş universitetlərinin əməkdaşları üçün miqrasiya tədqiqatları üzrə iki günlük təlim keçirdi." },
        ru: { title: "Делегация Грацского университета: тренинг PROMIG по миграционным исследованиям", publicSummary: "Делегация Грацского университета провела в Университете Хазар двухдневный тренинг по миграционным исследованиям для сотрудников университетов-партнёров проекта PROMIG." },
      },
      erasedDaysAgo: 30,
      participants: [
        { name: "Prof. Dr. Katharina Huber", position: "Professor of Sociology of Migration", organization: "University of Graz", arrivalAt: at(today, -141, "22:10"), arrivalTransport: "OS 739", departureAt: at(today, -138, "05:40"), departureTransport: "OS 740", accommodation: "Hotel in the city centre", accommodationNights: 3, accommodationBooked: true, visaStatus: "ISSUED", visaUpdatedOn: daysFrom(today, -160) },
        { name: "Dr. Stefan Gruber", position: "Senior Lecturer, Centre for Southeast European Studies", organization: "University of Graz", arrivalAt: at(today, -141, "22:10"), arrivalTransport: "OS 739", departureAt: at(today, -138, "05:40"), departureTransport: "OS 740", accommodation: "Hotel in the city centre", accommodationNights: 3, accommodationBooked: true, visaStatus: "ISSUED", visaUpdatedOn: daysFrom(today, -160) },
        { name: "Mag. Lena Pichler", position: "Project manager, PROMIG", organization: "University of Graz", arrivalAt: at(today, -141, "22:10"), arrivalTransport: "OS 739", departureAt: at(today, -138, "05:40"), departureTransport: "OS 740", accommodation: "Hotel in the city centre", accommodationNights: 3, accommodationBooked: true, visaStatus: "ISSUED", visaUpdatedOn: daysFrom(today, -158) },
      ],
      agenda: [
        { day: -140, from: "09:30", to: "10:00", title: "Opening and welcome", location: "Conference hall, Neftchilar campus", kind: "MEETING", host: "Vice-Rector for International Affairs", participants: "Delegation; partner universities' staff" },
        { day: -140, from: "10:00", to: "13:00", title: "Training: theories and methods of migration research", location: "Conference hall, Neftchilar campus", kind: "LECTURE", host: "University of Graz" },
        { day: -140, from: "18:30", to: "21:00", title: "Dinner and mugham evening", location: "Old City", kind: "CULTURAL", host: "International Relations Office" },
        { day: -139, from: "10:00", to: "13:00", title: "Training: designing a migration studies module", location: "Conference hall, Neftchilar campus", kind: "LECTURE", host: "University of Graz" },
        { day: -139, from: "14:30", to: "16:00", title: "Closing session and certificates", location: "Conference hall, Neftchilar campus", kind: "MEETING", host: "School of Humanities and Social Sciences" },
      ],
    },
    {
      key: "promig-summer-school",
      title: "PROMIG Summer School in Tbilisi",
      direction: "OUTGOING",
      kind: "TRAINING",
      purpose: "A week-long summer school of the PROMIG project at Tbilisi State University, attended by three staff members and two graduate students.",
      partner: "Tbilisi State University",
      project: "promig",
      unit: "SHSS",
      responsible: officer,
      days: [45, 51],
      status: "CONFIRMED",
      costsCoveredBy: "The PROMIG project covers travel, accommodation and subsistence.",
      participants: [
        { name: "Dr. Sabina Aliyeva", position: "Associate Professor of Sociology", organization: "Khazar University", email: "sabina.aliyeva@khazar.example.org", nationalityCode: "AZ", passportNumber: "C90412786", passportExpiresOn: daysFrom(today, 1800), tickets: "Bus Baku–Tbilisi, booked", insurance: "Travel insurance, policy 2026-TR-0412", perDiem: 55, budgetLine: "PROMIG — staff mobility", accommodation: "Tbilisi State University guest house", accommodationNights: 7, accommodationBooked: true, visaStatus: "NOT_REQUIRED" },
        { name: "Dr. Rashad Mammadov", position: "Lecturer in International Relations", organization: "Khazar University", email: "rashad.mammadov@khazar.example.org", nationalityCode: "AZ", passportNumber: "C90533019", passportExpiresOn: daysFrom(today, 900), tickets: "Bus Baku–Tbilisi, booked", insurance: "Travel insurance, policy 2026-TR-0413", perDiem: 55, budgetLine: "PROMIG — staff mobility", accommodation: "Tbilisi State University guest house", accommodationNights: 7, accommodationBooked: true, visaStatus: "NOT_REQUIRED" },
        { name: "Aynur Guliyeva", position: "PROMIG project assistant", organization: "Khazar University", email: "aynur.guliyeva@khazar.example.org", nationalityCode: "AZ", passportNumber: "C90644552", passportExpiresOn: daysFrom(today, 2500), tickets: "Bus Baku–Tbilisi, booked", insurance: "Travel insurance, policy 2026-TR-0414", perDiem: 55, budgetLine: "PROMIG — staff mobility", accommodation: "Tbilisi State University guest house", accommodationNights: 7, accommodationBooked: false, visaStatus: "NOT_REQUIRED" },
        { name: "Elvin Huseynli", position: "Master's student, Migration Studies", organization: "Khazar University", nationalityCode: "AZ", passportNumber: "C90755183", passportExpiresOn: daysFrom(today, 3000), insurance: "Travel insurance, policy 2026-TR-0415", perDiem: 40, budgetLine: "PROMIG — student mobility", accommodation: "Tbilisi State University guest house", accommodationNights: 7, accommodationBooked: false, visaStatus: "NOT_REQUIRED" },
        { name: "Nigar Rzayeva", position: "Master's student, Migration Studies", organization: "Khazar University", nationalityCode: "AZ", passportNumber: "C90866204", passportExpiresOn: daysFrom(today, 2700), insurance: "Travel insurance, policy 2026-TR-0416", perDiem: 40, budgetLine: "PROMIG — student mobility", accommodation: "Tbilisi State University guest house", accommodationNights: 7, accommodationBooked: false, visaStatus: "NOT_REQUIRED" },
      ],
      agenda: [
        { day: 44, from: "21:00", title: "Night bus to Tbilisi", location: "Baku International Bus Terminal", kind: "TRAVEL", participants: "All five participants" },
        { day: 45, from: "10:00", to: "17:00", title: "Summer school, first day: migration and the South Caucasus", location: "Tbilisi State University, Building I", kind: "LECTURE", host: "Tbilisi State University" },
      ],
    },
    {
      key: "mevlana-partner-visit",
      title: `Mevlana exchange: visit of ${mevlana?.partnerName ?? "Hacettepe University"}`,
      direction: "INCOMING",
      kind: "PARTNER_VISIT",
      purpose: "To review the Mevlana exchange protocol, meet the students and staff who took part, and plan next year's exchanges in engineering.",
      partner: mevlana?.partnerName ?? "Hacettepe University",
      agreementId: mevlana?.id ?? null,
      unit: "SEAS",
      responsible: officer,
      days: [-1, 2],
      status: "IN_PROGRESS",
      costsCoveredBy: "The Mevlana exchange program covers travel; Khazar University covers accommodation.",
      participants: [
        { name: "Prof. Dr. Mehmet Yılmaz", position: "Vice-Rector", organization: mevlana?.partnerName ?? "Hacettepe University", email: "mehmet.yilmaz@partner.example.edu.tr", nationalityCode: "TR", passportNumber: "U18340957", passportExpiresOn: daysFrom(today, 1300), birthDate: new Date("1968-02-21"), phone: "+90 312 555 0147", arrivalAt: at(today, -2, "16:20"), arrivalTransport: "TK 332", departureAt: at(today, 2, "19:05"), departureTransport: "TK 333", accommodation: "Hotel near the Neftchilar campus", accommodationNights: 4, accommodationBooked: true, accommodationCost: 520, visaStatus: "NOT_REQUIRED" },
        { name: "Dr. Elif Demir", position: "Mevlana exchange coordinator", organization: mevlana?.partnerName ?? "Hacettepe University", email: "elif.demir@partner.example.edu.tr", nationalityCode: "TR", passportNumber: "U20917364", passportExpiresOn: daysFrom(today, 2400), birthDate: new Date("1984-11-05"), phone: "+90 312 555 0188", arrivalAt: at(today, -2, "16:20"), arrivalTransport: "TK 332", departureAt: at(today, 2, "19:05"), departureTransport: "TK 333", accommodation: "Hotel near the Neftchilar campus", accommodationNights: 4, accommodationBooked: true, accommodationCost: 520, visaStatus: "NOT_REQUIRED", needs: "Ground-floor room or a lift, please." },
      ],
      agenda: [
        { day: -1, from: "10:00", to: "11:00", title: "Meeting with the Vice-Rector for International Affairs", location: "Rectorate", kind: "MEETING", host: "International Relations Office", participants: "Both guests" },
        { day: -1, from: "11:30", to: "13:00", title: "Campus tour: laboratories of the School of Engineering", location: "Engineering building", kind: "CAMPUS_TOUR", host: "School of Engineering and Applied Science" },
        { day: 0, from: "10:00", to: "12:00", title: "Meeting with Mevlana exchange students", location: "Room 301", kind: "MEETING", host: "International Relations Office", participants: "Dr. Elif Demir; current and former exchange students" },
        { day: 1, from: "10:00", to: "12:30", title: "Planning next year's exchanges", location: "School of Engineering, meeting room", kind: "MEETING", host: "School of Engineering and Applied Science", participants: "Both guests; unit coordinator" },
        { day: 2, from: "16:30", title: "Transfer to the airport", location: "Hotel lobby", kind: "TRANSFER" },
      ],
    },
    {
      key: "essex-guest-lecture",
      title: "Guest lecture: contemporary British fiction",
      direction: "INCOMING",
      kind: "GUEST_LECTURER",
      purpose: "A guest lecture and a seminar for students of English literature, and a meeting on the double-degree program in English as a second language.",
      partner: "University of Essex",
      unit: "ELL",
      responsible: officer,
      days: [25, 27],
      status: "PLANNED",
      costsCoveredBy: "Khazar University covers travel and accommodation.",
      participants: [
        // The passport expires before the flight home: the page warns the officer (issue 11, "bad input").
        { name: "Dr. Eleanor Whitfield", position: "Senior Lecturer in Literature", organization: "University of Essex", email: "eleanor.whitfield@essex.example.ac.uk", nationalityCode: "GB", passportNumber: "561204873", passportExpiresOn: daysFrom(today, 26), birthDate: new Date("1975-06-30"), arrivalAt: at(today, 24, "03:55"), arrivalTransport: "J2 8012", departureAt: at(today, 28, "06:10"), departureTransport: "J2 8011", accommodation: "University guest house", accommodationNights: 4, accommodationBooked: false, visaStatus: "INVITATION_SENT", visaUpdatedOn: daysFrom(today, -2) },
      ],
      agenda: [
        { day: 24, from: "04:30", title: "Airport pick-up", location: "Heydar Aliyev International Airport", kind: "TRANSFER", host: "International Relations Office" },
        { day: 25, from: "11:00", to: "12:30", title: "Lecture: the contemporary British novel", location: "Main building, Auditorium 2", kind: "LECTURE", host: "Department of English Language and Literature", participants: "Students of English literature" },
        { day: 26, from: "10:00", to: "11:30", title: "Seminar for master's students", location: "Room 412", kind: "LECTURE", host: "Department of English Language and Literature" },
        { day: 26, from: "14:00", to: "15:00", title: "Meeting on the double-degree program", location: "Department of English Language and Literature", kind: "MEETING", host: "Head of department" },
      ],
    },
    {
      key: "eaie-conference",
      title: "EAIE annual conference",
      direction: "OUTGOING",
      kind: "CONFERENCE",
      purpose: "To present Khazar University's partnerships and meet partner universities' international offices at the conference's exhibition.",
      organizationName: "European Association for International Education (EAIE)",
      responsible: officer,
      days: [70, 73],
      status: "PLANNED",
      costsCoveredBy: "The International Relations Office's travel budget.",
      participants: [
        { name: "Nigar Mammadova", userId: userIds.get(officer) ?? null, position: "International relations officer", organization: "Khazar University", email: officer, nationalityCode: "AZ", passportNumber: "C91022487", passportExpiresOn: daysFrom(today, 1900), tickets: "Flights to be booked after the visa", insurance: "To be bought", perDiem: 90, budgetLine: "IRO travel — conferences", accommodation: "Conference hotel", accommodationNights: 4, accommodationBooked: false, visaStatus: "APPLIED", visaUpdatedOn: daysFrom(today, -4) },
      ],
      agenda: [],
    },
    {
      key: "sogang-signing",
      title: "Signing of a memorandum with Sogang University",
      direction: "OUTGOING",
      kind: "SIGNING",
      purpose: "To sign a memorandum of understanding on student and faculty exchange and Korean language programs.",
      partner: "Sogang University",
      agreementId: sogang?.id ?? null,
      responsible: "admin@khazar.org",
      days: [-35, -31],
      status: "COMPLETED",
      outcome: "Memorandum of understanding signed; the first exchange places are offered in next year's call.",
      costsCoveredBy: "Khazar University.",
      publicSummary: "A Khazar University delegation visited Sogang University in Seoul, where the two universities signed a memorandum on student and faculty exchange.",
      translations: {
        az: { title: "Soqanq Universiteti ilə memorandumun imzalanması", publicSummary: "Xəzər Universitetinin nümayəndə heyəti Seuldakı Soqanq Universitetində oldu və iki universitet tələbə və müəllim mübadiləsi haqqında memorandum imzaladı." },
        ru: { title: "Подписание меморандума с Университетом Соган", publicSummary: "Делегация Университета Хазар посетила Университет Соган в Сеуле, где два университета подписали меморандум об обмене студентами и преподавателями." },
      },
      participants: [
        { name: "Kamran Rzayev", userId: userIds.get("admin@khazar.org") ?? null, position: "Head of the International Relations Office", organization: "Khazar University", email: "admin@khazar.org", nationalityCode: "AZ", passportNumber: "C91133690", passportExpiresOn: daysFrom(today, 2200), tickets: "Baku–Istanbul–Seoul, economy", insurance: "Travel insurance, policy 2026-TR-0377", perDiem: 120, budgetLine: "Rectorate — international cooperation", accommodation: "Hotel near the Sinchon campus", accommodationNights: 4, accommodationBooked: true, accommodationCost: 780, visaStatus: "ISSUED", visaUpdatedOn: daysFrom(today, -50) },
        { name: "Leyla Hasanova", position: "Vice-Rector for International Affairs", organization: "Khazar University", nationalityCode: "AZ", passportNumber: "D00214573", passportExpiresOn: daysFrom(today, 1600), tickets: "Baku–Istanbul–Seoul, business", insurance: "Travel insurance, policy 2026-TR-0378", perDiem: 150, budgetLine: "Rectorate — international cooperation", accommodation: "Hotel near the Sinchon campus", accommodationNights: 4, accommodationBooked: true, accommodationCost: 780, visaStatus: "ISSUED", visaUpdatedOn: daysFrom(today, -50) },
      ],
      agenda: [
        { day: -34, from: "10:00", to: "11:00", title: "Signing ceremony", location: "Sogang University, main building", kind: "MEETING", host: "Sogang University, Office of International Affairs" },
        { day: -34, from: "11:30", to: "13:00", title: "Lunch with the Korean language center", location: "Sogang University", kind: "MEAL", host: "Sogang University" },
      ],
    },
    {
      key: "salzburg-advisors",
      title: "Salzburg Global Seminar: visiting advisors' review",
      direction: "INCOMING",
      kind: "ACCREDITATION_VISIT",
      purpose: "An external review of the university's internationalization strategy under the Visiting Advisors Program.",
      partner: "Salzburg Seminar",
      responsible: officer,
      days: [-20, -18],
      status: "CANCELLED",
      notes: "Postponed by the advisors; to be planned again for the spring semester.",
      participants: [
        { name: "Dr. Margaret O'Connell", position: "Visiting advisor", organization: "Salzburg Global Seminar", nationalityCode: "IE", visaStatus: "INVITATION_SENT", visaUpdatedOn: daysFrom(today, -45) },
      ],
      agenda: [],
    },
  ];
}

export async function seedVisits(tx: TransactionClient, context: VisitSeedContext): Promise<void> {
  const { today, partners, unitIds, userIds } = context;
  for (const seed of visits(context)) {
    const id = stableId("visit", seed.key);
    const data = {
      title: seed.title,
      direction: seed.direction,
      kind: seed.kind,
      purpose: seed.purpose,
      partnerId: seed.partner ? (partners.get(seed.partner)?.id ?? null) : null,
      organizationName: seed.organizationName ?? null,
      agreementId: seed.agreementId ?? null,
      projectId: seed.project ? stableId("project", seed.project) : null,
      hostUnitId: seed.unit ? (unitIds.get(seed.unit) ?? null) : null,
      responsibleId: userIds.get(seed.responsible) ?? null,
      startDate: daysFrom(today, seed.days[0]),
      endDate: daysFrom(today, seed.days[1]),
      status: seed.status,
      outcome: seed.outcome ?? "",
      costsCoveredBy: seed.costsCoveredBy ?? "",
      notes: seed.notes ?? "",
      isPublic: seed.publicSummary !== undefined,
      publicSummary: seed.publicSummary ?? "",
      translations: seed.translations ?? {},
      personalDataErasedAt: seed.erasedDaysAgo === undefined ? null : daysFrom(today, -seed.erasedDaysAgo),
    };
    await tx.visit.upsert({ where: { id }, create: { id, ...data }, update: data });
    await tx.visitParticipant.deleteMany({ where: { visitId: id } });
    await tx.visitParticipant.createMany({
      data: seed.participants.map((participant, index) => ({ id: stableId("visit-participant", `${seed.key}:${index}`), visitId: id, sortOrder: index, ...participant })),
    });
    await tx.visitAgendaItem.deleteMany({ where: { visitId: id } });
    await tx.visitAgendaItem.createMany({
      data: seed.agenda.map((item, index) => ({
        id: stableId("visit-agenda", `${seed.key}:${index}`),
        visitId: id,
        startsAt: at(today, item.day, item.from),
        endsAt: item.to ? at(today, item.day, item.to) : null,
        title: item.title,
        location: item.location ?? null,
        kind: item.kind,
        host: item.host ?? null,
        participants: item.participants ?? "",
      })),
    });
  }
}
