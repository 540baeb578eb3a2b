import type { TransactionClient } from "@/lib/db/client";
import { localInputToDate } from "@/lib/dates/zoned";
import type { EventKind, EventRegistrationMode } from "@/lib/generated/prisma/enums";
import type { DirectoryIds } from "./seed-directory";
import { DEMO_TIME_ZONE } from "./seed-institution";
import { daysFrom, slugify, stableId } from "./stable-id";

/**
 * The demo's events (issue 11), drawn from the office pages in shared/seeds: information sessions of
 * DAAD, Fulbright and the British Council (FameLab), a partner training on ECTS and recognition, the
 * PROMIG training the University of Graz gave and a conference on migration studies, a summer school,
 * the guest lecture of the University of Essex's visit, a cultural evening for international students
 * and an internal coordinators' meeting. Titles, descriptions and venues in English, Azerbaijani and
 * Russian (decision 010). Some take registrations, one is full with a waiting list. Dates are
 * relative to today, times in Baku; registrants' names are invented and their addresses example.org.
 * Keyed by stable ids: running the seed again changes nothing.
 */

type Texts = { title: string; description: string; place?: string };

interface EventSeed {
  title: string;
  kind: EventKind;
  /** First day relative to today, start and end times (Baku); `lastDay` for events over several days. */
  day: number;
  from: string;
  to?: string;
  lastDay?: number;
  place: string;
  onlineUrl?: string;
  url?: string;
  organizer?: string;
  unit?: string;
  partners?: string[];
  /** The visit (seed-visits.ts key) whose lecture or training this is. */
  visit?: string;
  description: string;
  translations: { az: Texts; ru: Texts };
  capacity?: number;
  registrationMode?: EventRegistrationMode;
  /** Registration closes this many days before the first day. */
  closesDaysBefore?: number;
  isPublished?: boolean;
  registrants?: { confirmed: number; waitlisted?: number; pending?: number; cancelled?: number };
}

const MAIN_HALL = { en: "Khazar University, Neftchilar campus, Main Hall", az: "Xəzər Universiteti, Neftçilər kampusu, Əsas zal", ru: "Университет Хазар, кампус «Нефтчиляр», главный зал" };
const CONFERENCE_HALL = { en: "Khazar University, Neftchilar campus, Conference Hall", az: "Xəzər Universiteti, Neftçilər kampusu, Konfrans zalı", ru: "Университет Хазар, кампус «Нефтчиляр», конференц-зал" };
const KHAZAR_BAKU = { en: "Khazar University, Baku", az: "Xəzər Universiteti, Bakı", ru: "Университет Хазар, Баку" };

const EVENTS: EventSeed[] = [
  {
    title: "International Education Fair: Study in Europe",
    kind: "PRESENTATION",
    day: 18,
    from: "11:00",
    to: "16:00",
    place: MAIN_HALL.en,
    organizer: "International Relations Office",
    partners: ["DAAD – German Academic Exchange Service", "University of Graz", "Heidelberg University"],
    description: "Partner universities from twelve European countries present their exchange and degree programs. Erasmus+ alumni share their experience.",
    translations: {
      az: { title: "Beynəlxalq Təhsil Sərgisi: Avropada təhsil", description: "On iki Avropa ölkəsindən tərəfdaş universitetlər mübadilə və dərəcə proqramlarını təqdim edir. Erasmus+ məzunları təcrübələrini bölüşür.", place: MAIN_HALL.az },
      ru: { title: "Международная образовательная выставка «Учёба в Европе»", description: "Университеты-партнёры из двенадцати европейских стран представляют программы обмена и программы на получение степени. Выпускники Erasmus+ делятся опытом.", place: MAIN_HALL.ru },
    },
  },
  {
    title: "Erasmus+ KA171 information session",
    kind: "SEMINAR",
    day: 9,
    from: "14:00",
    to: "15:30",
    place: "Room 301 and online",
    onlineUrl: "https://meet.example.org/khazar-erasmus-ka171",
    organizer: "International Relations Office",
    description: "How to apply for next year's exchange calls: eligibility, documents, selection criteria and deadlines.",
    translations: {
      az: { title: "Erasmus+ KA171 üzrə məlumat sessiyası", description: "Gələn ilin mübadilə müsabiqələrinə necə müraciət etməli: kimlər müraciət edə bilər, sənədlər, seçim meyarları və son tarixlər.", place: "301 saylı otaq və onlayn" },
      ru: { title: "Информационная встреча по Erasmus+ KA171", description: "Как подать заявку на конкурсы обмена следующего года: кто может участвовать, какие нужны документы, критерии отбора и сроки.", place: "Аудитория 301 и онлайн" },
    },
    capacity: 60,
    registrationMode: "ANYONE",
    registrants: { confirmed: 41, pending: 2, cancelled: 1 },
  },
  {
    title: "Webinar: Fulbright Foreign Student Program",
    kind: "WEBINAR",
    day: 25,
    from: "18:00",
    to: "19:30",
    place: "",
    onlineUrl: "https://meet.example.org/fulbright-foreign-student-program",
    organizer: "American Center",
    partners: ["Fulbright Program"],
    description: "Program officers explain the Fulbright application, testing requirements and interview stage.",
    translations: {
      az: { title: "Vebinar: Fulbright Xarici Tələbə Proqramı", description: "Proqramın əməkdaşları Fulbright-a müraciət qaydasını, test tələblərini və müsahibə mərhələsini izah edir." },
      ru: { title: "Вебинар: программа Фулбрайта для иностранных студентов", description: "Сотрудники программы рассказывают о подаче заявки на стипендию Фулбрайта, требованиях к тестам и этапе собеседования." },
    },
    registrationMode: "ANYONE",
    registrants: { confirmed: 12 },
  },
  {
    title: "Summer School on Caspian Energy Transition",
    kind: "SUMMER_SCHOOL",
    day: 220,
    from: "09:30",
    to: "17:00",
    lastDay: 233,
    place: KHAZAR_BAKU.en,
    organizer: "School of Engineering and Applied Science",
    unit: "SEAS",
    partners: ["University of Stavanger", "Heidelberg University", "Middle East Technical University"],
    description: "Two weeks of lectures and field visits with partner universities from Norway, Germany and Turkey.",
    translations: {
      az: { title: "Xəzər regionunda enerji keçidi üzrə yay məktəbi", description: "Norveç, Almaniya və Türkiyədən olan tərəfdaş universitetlərlə iki həftəlik mühazirələr və obyektlərə səfərlər.", place: KHAZAR_BAKU.az },
      ru: { title: "Летняя школа «Энергетический переход в Каспийском регионе»", description: "Две недели лекций и выездных занятий с университетами-партнёрами из Норвегии, Германии и Турции.", place: KHAZAR_BAKU.ru },
    },
    capacity: 30,
    registrationMode: "SIGNED_IN",
    closesDaysBefore: 45,
  },
  {
    title: "Conference: Internationalization of Higher Education in the South Caucasus",
    kind: "CONFERENCE",
    day: -45,
    from: "10:00",
    to: "17:30",
    lastDay: -44,
    place: KHAZAR_BAKU.en,
    organizer: "International Relations Office",
    description: "Rectors, vice-rectors and international officers from the region discussed mobility, recognition and joint programs.",
    translations: {
      az: { title: "Konfrans: Cənubi Qafqazda ali təhsilin beynəlmiləlləşməsi", description: "Regionun rektorları, prorektorları və beynəlxalq əlaqələr üzrə mütəxəssisləri mobillik, tanınma və birgə proqramları müzakirə etdilər.", place: KHAZAR_BAKU.az },
      ru: { title: "Конференция «Интернационализация высшего образования на Южном Кавказе»", description: "Ректоры, проректоры и сотрудники международных отделов вузов региона обсудили мобильность, признание и совместные программы.", place: KHAZAR_BAKU.ru },
    },
  },
  {
    title: "DAAD scholarships for study and research in Germany",
    kind: "PRESENTATION",
    day: 14,
    from: "15:00",
    to: "16:30",
    place: CONFERENCE_HALL.en,
    url: "https://www.daad.de/en/",
    organizer: "DAAD – German Academic Exchange Service",
    partners: ["DAAD – German Academic Exchange Service"],
    description: "A DAAD representative presents scholarships for master's and doctoral studies and research stays in Germany, and how to apply. Questions on German-taught and English-taught programs are welcome.",
    translations: {
      az: { title: "DAAD təqaüdləri: Almaniyada təhsil və tədqiqat", description: "DAAD nümayəndəsi Almaniyada magistratura və doktorantura təhsili, eləcə də tədqiqat səfərləri üçün təqaüdləri və müraciət qaydasını təqdim edir. Alman və ingilis dillərində tədris olunan proqramlar barədə suallarınızı gözləyirik.", place: CONFERENCE_HALL.az },
      ru: { title: "Стипендии DAAD для учёбы и исследований в Германии", description: "Представитель DAAD рассказывает о стипендиях для магистратуры, докторантуры и исследовательских стажировок в Германии и о том, как подать заявку. Ответит на вопросы о программах на немецком и английском языках.", place: CONFERENCE_HALL.ru },
    },
    capacity: 80,
    registrationMode: "ANYONE",
    closesDaysBefore: 1,
    registrants: { confirmed: 34, pending: 2 },
  },
  {
    title: "FameLab Azerbaijan: science communication workshop with the British Council",
    kind: "TRAINING",
    day: 32,
    from: "10:00",
    to: "17:00",
    place: "Khazar University, Neftchilar campus, Room 412",
    organizer: "British Council",
    partners: ["British Council"],
    description: "A day of training for young researchers who want to take part in FameLab, the British Council's science communication competition: how to explain your research to the public in three minutes, with coaching from previous finalists.",
    translations: {
      az: {
        title: "FameLab Azərbaycan: British Council ilə elmi kommunikasiya təlimi",
        description: "British Council-ın elmi kommunikasiya müsabiqəsi olan FameLab-da iştirak etmək istəyən gənc tədqiqatçılar üçün bir günlük təlim: tədqiqatınızı üç dəqiqədə geniş auditoriyaya necə izah etməli. Təlimi əvvəlki finalçılar aparır.",
        place: "Xəzər Universiteti, Neftçilər kampusu, 412 saylı otaq",
      },
      ru: {
        title: "FameLab Азербайджан: тренинг по научной коммуникации с British Council",
        description: "Однодневный тренинг для молодых исследователей, которые хотят участвовать в FameLab — конкурсе научной коммуникации British Council: как за три минуты рассказать о своём исследовании широкой публике. Тренеры — финалисты прошлых лет.",
        place: "Университет Хазар, кампус «Нефтчиляр», аудитория 412",
      },
    },
    capacity: 25,
    registrationMode: "ANYONE",
    closesDaysBefore: 3,
    registrants: { confirmed: 25, waitlisted: 3, cancelled: 1 },
  },
  {
    title: "Guest lecture: the contemporary British novel",
    kind: "GUEST_LECTURE",
    day: 25,
    from: "11:00",
    to: "12:30",
    place: "Main building, Auditorium 2",
    organizer: "Department of English Language and Literature",
    unit: "ELL",
    partners: ["University of Essex"],
    visit: "essex-guest-lecture",
    description: "Dr. Eleanor Whitfield of the University of Essex lectures on the contemporary British novel, from Ian McEwan to Zadie Smith. In English; open to all students.",
    translations: {
      az: { title: "Qonaq mühazirəsi: müasir Britaniya romanı", description: "Esseks Universitetindən doktor Elinor Uitfild İan Makyuendən Zeydi Smitə qədər müasir Britaniya romanı haqqında mühazirə oxuyur. Mühazirə ingilis dilindədir, bütün tələbələr üçün açıqdır.", place: "Əsas bina, 2 saylı auditoriya" },
      ru: { title: "Гостевая лекция: современный британский роман", description: "Доктор Элинор Уитфилд из Эссекского университета читает лекцию о современном британском романе — от Иэна Макьюэна до Зэди Смит. На английском языке; открыта для всех студентов.", place: "Главный корпус, аудитория 2" },
    },
    capacity: 120,
    registrationMode: "ANYONE",
    registrants: { confirmed: 18 },
  },
  {
    title: "Partner training: ECTS credits, grading tables and recognition of study abroad",
    kind: "TRAINING",
    day: 48,
    from: "10:00",
    to: "16:00",
    lastDay: 49,
    place: CONFERENCE_HALL.en,
    organizer: "International Relations Office",
    partners: ["University of L'Aquila", "Middlesex University"],
    description: "Trainers from partner universities of the PAWER project show faculty coordinators how to use ECTS credits and grading tables, prepare learning agreements and recognize credits earned abroad.",
    translations: {
      az: {
        title: "Tərəfdaş təlimi: ECTS kreditləri, qiymətləndirmə cədvəlləri və xaricdə təhsilin tanınması",
        description: "PAWER layihəsinin tərəfdaş universitetlərindən olan təlimçilər fakültə koordinatorlarına ECTS kreditlərindən və qiymətləndirmə cədvəllərindən necə istifadə etməyi, təlim razılaşmalarını necə hazırlamağı və xaricdə qazanılmış kreditləri necə tanımağı göstərir.",
        place: CONFERENCE_HALL.az,
      },
      ru: {
        title: "Тренинг партнёров: кредиты ECTS, таблицы оценок и признание обучения за рубежом",
        description: "Тренеры из университетов-партнёров проекта PAWER показывают координаторам факультетов, как применять кредиты ECTS и таблицы оценок, готовить соглашения об обучении и признавать кредиты, полученные за рубежом.",
        place: CONFERENCE_HALL.ru,
      },
    },
    capacity: 30,
    registrationMode: "SIGNED_IN",
    closesDaysBefore: 7,
  },
  {
    title: "PROMIG training: theories and methods of migration research",
    kind: "TRAINING",
    day: -140,
    from: "10:00",
    to: "13:00",
    place: CONFERENCE_HALL.en,
    organizer: "University of Graz",
    unit: "SHSS",
    partners: ["University of Graz", "Tbilisi State University"],
    visit: "graz-promig-training",
    description: "The University of Graz delegation trained the staff of the PROMIG partner universities in the theories and methods of migration research.",
    translations: {
      az: { title: "PROMIG təlimi: miqrasiya tədqiqatlarının nəzəriyyələri və metodları", description: "Qrats Universitetinin nümayəndə heyəti PROMIG tərəfdaş universitetlərinin əməkdaşları üçün miqrasiya tədqiqatlarının nəzəriyyələri və metodları üzrə təlim keçirdi.", place: CONFERENCE_HALL.az },
      ru: { title: "Тренинг PROMIG: теории и методы миграционных исследований", description: "Делегация Грацского университета провела для сотрудников университетов-партнёров PROMIG тренинг по теориям и методам миграционных исследований.", place: CONFERENCE_HALL.ru },
    },
  },
  {
    title: "Mugham evening for international students and guests",
    kind: "CULTURAL",
    day: 40,
    from: "18:30",
    to: "21:00",
    place: "Icherisheher (Old City), Baku",
    organizer: "International Relations Office",
    description: "An evening of mugham, Azerbaijan's classical music, in the Old City, with a short introduction to the instruments and a walk through Icherisheher. For international students, visiting staff and their Khazar buddies.",
    translations: {
      az: { title: "Beynəlxalq tələbələr və qonaqlar üçün muğam axşamı", description: "İçərişəhərdə Azərbaycanın klassik musiqisi olan muğam axşamı: alətlərlə qısa tanışlıq və İçərişəhərdə gəzinti. Beynəlxalq tələbələr, qonaq müəllimlər və onları müşayiət edən Xəzər tələbələri üçün.", place: "İçərişəhər, Bakı" },
      ru: { title: "Вечер мугама для иностранных студентов и гостей", description: "Вечер мугама — классической музыки Азербайджана — в Старом городе: краткое знакомство с инструментами и прогулка по Ичеришехеру. Для иностранных студентов, приглашённых преподавателей и их бадди из Университета Хазар.", place: "Ичеришехер (Старый город), Баку" },
    },
    capacity: 50,
    registrationMode: "ANYONE",
    closesDaysBefore: 2,
    registrants: { confirmed: 9 },
  },
  {
    title: "International Conference on Migration Studies in the South Caucasus",
    kind: "CONFERENCE",
    day: 95,
    from: "09:30",
    to: "18:00",
    lastDay: 96,
    place: CONFERENCE_HALL.en,
    organizer: "School of Humanities and Social Sciences",
    unit: "SHSS",
    partners: ["Tbilisi State University", "University of Graz"],
    description: "Researchers from the PROMIG consortium and beyond present work on labour migration, return and diaspora in the South Caucasus. Paper sessions in English; a round table on teaching migration studies closes the conference.",
    translations: {
      az: { title: "Cənubi Qafqazda miqrasiya tədqiqatları üzrə beynəlxalq konfrans", description: "PROMIG konsorsiumundan və digər təşkilatlardan olan tədqiqatçılar Cənubi Qafqazda əmək miqrasiyası, geri qayıdış və diaspor mövzusunda işlərini təqdim edir. Məruzə sessiyaları ingilis dilindədir; konfrans miqrasiya tədqiqatlarının tədrisinə həsr olunmuş dəyirmi masa ilə yekunlaşır.", place: CONFERENCE_HALL.az },
      ru: { title: "Международная конференция по миграционным исследованиям на Южном Кавказе", description: "Исследователи из консорциума PROMIG и других организаций представляют работы о трудовой миграции, возвращении и диаспоре на Южном Кавказе. Секционные заседания на английском языке; завершает конференцию круглый стол о преподавании миграционных исследований.", place: CONFERENCE_HALL.ru },
    },
    capacity: 150,
    registrationMode: "ANYONE",
    closesDaysBefore: 14,
    registrants: { confirmed: 27, pending: 1 },
  },
  {
    title: "Coordinators' meeting: next year's Erasmus+ mobility plan",
    kind: "SEMINAR",
    day: 5,
    from: "10:00",
    to: "11:30",
    place: "Rectorate, meeting room",
    organizer: "International Relations Office",
    description: "Faculty coordinators and the office agree on the places per partner and the selection calendar for next year's Erasmus+ mobilities.",
    translations: {
      az: { title: "Koordinatorların görüşü: gələn ilin Erasmus+ mobillik planı", description: "Fakültə koordinatorları və ofis gələn ilin Erasmus+ mobilliyi üçün tərəfdaşlar üzrə yerlərin sayını və seçim təqvimini razılaşdırır.", place: "Rektorluq, iclas otağı" },
      ru: { title: "Совещание координаторов: план мобильности Erasmus+ на следующий год", description: "Координаторы факультетов и отдел согласуют количество мест по партнёрам и график отбора для мобильности Erasmus+ на следующий год.", place: "Ректорат, переговорная" },
    },
    isPublished: false,
  },
];

const FIRST = ["Aysel", "Nijat", "Gunel", "Rashad", "Lamiya", "Elvin", "Nazrin", "Fuad", "Madina", "Javid", "Sevda", "Teymur", "Aytan", "Zaur", "Inji", "Ruslan", "Konul", "Agil"];
const LAST = ["Aliyeva", "Hasanov", "Mammadova", "Karimov", "Guliyeva", "Ismayilov", "Rahimova", "Valiyev", "Huseynova", "Jafarov", "Nasirova", "Safarov"];

/** A registrant that is the same on every run: an invented name and an example.org address. */
function registrant(eventKey: string, index: number): { name: string; email: string } {
  const first = FIRST[index % FIRST.length]!;
  const last = LAST[(index * 7 + eventKey.length) % LAST.length]!;
  return { name: `${first} ${last}`, email: `${first}.${last}.${index + 1}@example.org`.toLowerCase() };
}

/** A wall-clock time in Baku on a day relative to today. */
function at(today: Date, day: number, time: string): Date {
  return localInputToDate(`${daysFrom(today, day).toISOString().slice(0, 10)}T${time}`, DEMO_TIME_ZONE)!;
}

/** The visit's id when the demo has that visit (seed-visits.ts), else null: the event stands alone. */
async function existingVisit(tx: TransactionClient, id: string): Promise<string | null> {
  return (await tx.visit.findUnique({ where: { id }, select: { id: true } }))?.id ?? null;
}

export interface EventSeedContext {
  today: Date;
  partners: DirectoryIds["partners"];
  unitIds: Map<string, string>;
}

export async function seedEvents(tx: TransactionClient, { today, partners, unitIds }: EventSeedContext): Promise<void> {
  for (const seed of EVENTS) {
    const slug = slugify(seed.title);
    const id = stableId("event", slug);
    const startsAt = at(today, seed.day, seed.from);
    const data = {
      title: seed.title,
      kind: seed.kind,
      startsAt,
      endsAt: seed.to ? at(today, seed.lastDay ?? seed.day, seed.to) : null,
      place: seed.place,
      onlineUrl: seed.onlineUrl ?? null,
      url: seed.url ?? null,
      organizer: seed.organizer ?? null,
      description: seed.description,
      translations: seed.translations,
      unitId: seed.unit ? (unitIds.get(seed.unit) ?? null) : null,
      visitId: seed.visit ? await existingVisit(tx, stableId("visit", seed.visit)) : null,
      capacity: seed.capacity ?? null,
      registrationMode: seed.registrationMode ?? "NONE",
      registrationClosesAt: seed.closesDaysBefore === undefined ? null : at(today, seed.day - seed.closesDaysBefore, "23:59"),
      isPublished: seed.isPublished ?? true,
    };
    await tx.event.upsert({ where: { slug }, create: { id, slug, ...data }, update: data });

    await tx.eventPartner.deleteMany({ where: { eventId: id } });
    const partnerIds = (seed.partners ?? []).map((name) => partners.get(name)?.id).filter((partnerId): partnerId is string => Boolean(partnerId));
    await tx.eventPartner.createMany({ data: partnerIds.map((partnerId) => ({ eventId: id, partnerId })) });

    await tx.eventRegistration.deleteMany({ where: { eventId: id } });
    const counts = seed.registrants;
    if (!counts) continue;
    const statuses = [
      ...Array<"CONFIRMED">(counts.confirmed).fill("CONFIRMED"),
      ...Array<"WAITLISTED">(counts.waitlisted ?? 0).fill("WAITLISTED"),
      ...Array<"PENDING">(counts.pending ?? 0).fill("PENDING"),
      ...Array<"CANCELLED">(counts.cancelled ?? 0).fill("CANCELLED"),
    ];
    await tx.eventRegistration.createMany({
      data: statuses.map((status, index) => {
        // Registered over the last weeks, in order, so the waiting list has an order.
        const createdAt = new Date(daysFrom(today, -21).getTime() + index * 4 * 60 * 60 * 1000);
        return {
          id: stableId("event-registration", `${slug}:${index}`),
          eventId: id,
          ...registrant(slug, index),
          status,
          createdAt,
          confirmedAt: status === "CONFIRMED" ? createdAt : null,
          cancelledAt: status === "CANCELLED" ? new Date(createdAt.getTime() + 2 * 86_400_000) : null,
        };
      }),
    });
  }
}
