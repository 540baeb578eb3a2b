import type { TransactionClient } from "@/lib/db/client";
import { localInputToDate } from "@/lib/dates/zoned";
import type { GrantAudience, GrantCallStatus } from "@/lib/generated/prisma/enums";
import { DEMO_TIME_ZONE } from "./seed-institution";
import { daysFrom, stableId } from "./stable-id";

type Texts = { title: string; description: string };

interface SeedCall {
  funder: string;
  program: string;
  /** Also the key of the stable id (the first four calls kept the ids they had in seed-office.ts). */
  title: string;
  description: string;
  eligibility: string;
  translations: { az: Texts; ru: Texts };
  audiences: GrantAudience[];
  /** The deadline: days from the seed's today, at `time` on the clock of `timeZone` (null: the institution's). */
  inDays: number;
  time: string;
  timeZone: string | null;
  budget?: { min: number | null; max: number; currency: string };
  url: string;
  subjectAreas: string[];
  status: GrantCallStatus;
  isPublic: boolean;
}

/**
 * Real funders' calls the office follows, with deadlines around today where their rounds usually
 * close and the funders' own time zones (EU calls at 17:00 Brussels time). Titles and descriptions
 * in Azerbaijani and Russian beside the English (decision 010).
 */
const GRANT_CALLS: SeedCall[] = [
  {
    funder: "European Commission (EACEA)",
    program: "Erasmus+ KA2 Capacity building in higher education",
    title: "Erasmus+ Capacity Building in Higher Education",
    description: "Consortia of universities from EU and partner countries modernise curricula, governance and links with the labour market in the partner countries.",
    eligibility: "Consortia of higher education institutions from programme and partner countries.",
    translations: {
      az: {
        title: "Erasmus+: ali təhsildə potensialın gücləndirilməsi (CBHE)",
        description: "AB və tərəfdaş ölkələrin universitetlərindən ibarət konsorsiumlar tərəfdaş ölkələrdə tədris proqramlarını, idarəetməni və əmək bazarı ilə əlaqələri müasirləşdirir.",
      },
      ru: {
        title: "Erasmus+: развитие потенциала в сфере высшего образования (CBHE)",
        description: "Консорциумы университетов из ЕС и стран-партнёров модернизируют учебные программы, управление и связи с рынком труда в странах-партнёрах.",
      },
    },
    audiences: ["STAFF", "UNITS"],
    inDays: 75,
    time: "17:00",
    timeZone: "Europe/Brussels",
    budget: { min: 200_000, max: 1_000_000, currency: "EUR" },
    url: "https://erasmus-plus.ec.europa.eu",
    subjectAreas: [],
    status: "PUBLISHED",
    isPublic: true,
  },
  {
    funder: "European Commission (REA)",
    program: "Horizon Europe — Marie Skłodowska-Curie Actions",
    title: "Horizon Europe MSCA Staff Exchanges",
    description: "Short-term secondments of research, technical and administrative staff between universities, companies and research organizations in joint research and innovation projects.",
    eligibility: "Research and innovation staff exchanges between organizations worldwide.",
    translations: {
      az: {
        title: "Horizon Europe: Mari Sklodovska-Küri fəaliyyətləri — əməkdaş mübadiləsi",
        description: "Birgə tədqiqat və innovasiya layihələri çərçivəsində universitetlər, şirkətlər və elmi təşkilatlar arasında elmi, texniki və inzibati əməkdaşların qısamüddətli ezamiyyətləri.",
      },
      ru: {
        title: "Horizon Europe: действия Марии Склодовской-Кюри — обмен персоналом",
        description: "Краткосрочные командировки научного, технического и административного персонала между университетами, компаниями и научными организациями в рамках совместных исследовательских и инновационных проектов.",
      },
    },
    audiences: ["RESEARCHERS", "STAFF"],
    inDays: 120,
    time: "17:00",
    timeZone: "Europe/Brussels",
    url: "https://marie-sklodowska-curie-actions.ec.europa.eu",
    subjectAreas: [],
    status: "PUBLISHED",
    isPublic: true,
  },
  {
    funder: "DAAD",
    program: "Research Stays",
    title: "Research Stays for University Academics and Scientists",
    description: "Stays of one to three months at a German university or research institute for academics with a doctorate, with a monthly grant and a travel allowance.",
    eligibility: "Academics with a doctorate, for 1–3 month research stays in Germany.",
    translations: {
      az: {
        title: "Universitet müəllimləri və alimlər üçün tədqiqat səfərləri (DAAD)",
        description: "Doktorluq dərəcəsi olan alimlər üçün Almaniya universitetində və ya elmi-tədqiqat institutunda bir aydan üç aya qədər səfər; aylıq təqaüd və yol xərcləri ödənilir.",
      },
      ru: {
        title: "Научные стажировки для преподавателей вузов и учёных (DAAD)",
        description: "Стажировки продолжительностью от одного до трёх месяцев в немецком университете или научном институте для учёных со степенью; выплачиваются ежемесячная стипендия и пособие на проезд.",
      },
    },
    audiences: ["RESEARCHERS", "STAFF"],
    inDays: 40,
    time: "23:59",
    timeZone: "Europe/Berlin",
    url: "https://www.daad.de",
    subjectAreas: [],
    status: "PUBLISHED",
    isPublic: true,
  },
  {
    funder: "U.S. Department of State",
    program: "Fulbright",
    title: "Fulbright Visiting Scholar Program",
    description: "Three to nine months of research or teaching at a U.S. university; applications go through the U.S. Embassy in Baku.",
    eligibility: "Faculty and researchers with a doctorate.",
    translations: {
      az: {
        title: "Fulbright Qonaq Alim Proqramı",
        description: "ABŞ universitetində üç aydan doqquz aya qədər tədqiqat və ya tədris; müraciətlər ABŞ-ın Bakıdakı səfirliyi vasitəsilə qəbul olunur.",
      },
      ru: {
        title: "Программа Фулбрайта для приглашённых исследователей",
        description: "От трёх до девяти месяцев исследовательской или преподавательской работы в университете США; заявки принимает Посольство США в Баку.",
      },
    },
    audiences: ["STAFF", "RESEARCHERS"],
    inDays: 150,
    time: "18:00",
    timeZone: null,
    url: "https://foreign.fulbrightonline.org",
    subjectAreas: [],
    status: "PUBLISHED",
    isPublic: true,
  },
  {
    funder: "European Commission",
    program: "Erasmus+ KA171",
    title: "Erasmus+ KA171 International credit mobility with partner countries",
    description: "European partner universities apply to their national agencies for mobility grants with Azerbaijani universities; the office agrees places and flows with each partner before the deadline.",
    eligibility: "Higher education institutions of EU member states and associated countries, with partner universities outside them.",
    translations: {
      az: {
        title: "Erasmus+ KA171: tərəfdaş ölkələrlə beynəlxalq kredit mobilliyi",
        description: "Avropa tərəfdaş universitetləri Azərbaycan universitetləri ilə mobillik qrantları üçün öz milli agentliklərinə müraciət edir; şöbə son tarixdən əvvəl hər tərəfdaşla yerlərin sayını və mübadilə istiqamətlərini razılaşdırır.",
      },
      ru: {
        title: "Erasmus+ KA171: международная кредитная мобильность со странами-партнёрами",
        description: "Европейские университеты-партнёры подают заявки на гранты мобильности с азербайджанскими вузами в свои национальные агентства; до окончания срока отдел согласовывает с каждым партнёром число мест и направления обмена.",
      },
    },
    audiences: ["STAFF", "STUDENTS"],
    inDays: 95,
    time: "12:00",
    timeZone: "Europe/Brussels",
    url: "https://erasmus-plus.ec.europa.eu",
    subjectAreas: [],
    status: "PUBLISHED",
    // The office coordinates this round with its partners before anything is announced.
    isPublic: false,
  },
  {
    funder: "European Commission",
    program: "Erasmus+ KA220-HED",
    title: "Erasmus+ KA220-HED Cooperation partnerships in higher education",
    description: "Transnational projects that improve teaching, digital readiness and inclusion in higher education, led by an institution from an EU member state or an associated country.",
    eligibility: "Consortia of at least three organizations from three EU member states or associated countries; partner-country universities join as partners.",
    translations: {
      az: {
        title: "Erasmus+ KA220-HED: ali təhsildə əməkdaşlıq tərəfdaşlıqları",
        description: "Ali təhsildə tədrisin keyfiyyətini, rəqəmsal hazırlığı və inklüzivliyi yaxşılaşdıran beynəlxalq layihələr; layihəyə AB üzvü və ya proqrama qoşulmuş ölkədən olan təşkilat rəhbərlik edir.",
      },
      ru: {
        title: "Erasmus+ KA220-HED: партнёрства для сотрудничества в высшем образовании",
        description: "Международные проекты, направленные на повышение качества преподавания, цифровой готовности и инклюзивности в высшем образовании; проект возглавляет организация из государства — члена ЕС или ассоциированной страны.",
      },
    },
    audiences: ["STAFF", "UNITS"],
    inDays: 110,
    time: "12:00",
    timeZone: "Europe/Brussels",
    budget: { min: 120_000, max: 400_000, currency: "EUR" },
    url: "https://erasmus-plus.ec.europa.eu",
    subjectAreas: [],
    status: "PUBLISHED",
    isPublic: true,
  },
  {
    funder: "European Commission (EACEA)",
    program: "Erasmus+ Jean Monnet Actions",
    title: "Jean Monnet Actions in higher education: Modules, Chairs and Centres of Excellence",
    description: "Teaching and research on European Union studies: a module of at least 40 hours a year, a chair held by one professor, or a centre of excellence.",
    eligibility: "Higher education institutions anywhere in the world; a Chair is held by one professor for three years.",
    translations: {
      az: {
        title: "Jan Monne fəaliyyətləri: ali təhsildə modullar, kafedralar və mükəmməllik mərkəzləri",
        description: "Avropa İttifaqı üzrə tədris və tədqiqat: ildə ən azı 40 saatlıq modul, bir professorun rəhbərlik etdiyi kafedra və ya mükəmməllik mərkəzi.",
      },
      ru: {
        title: "Действия Жана Монне в высшем образовании: модули, кафедры и центры передового опыта",
        description: "Преподавание и исследования по проблематике Европейского союза: модуль объёмом не менее 40 часов в год, кафедра под руководством одного профессора или центр передового опыта.",
      },
    },
    audiences: ["STAFF", "UNITS"],
    inDays: 100,
    time: "17:00",
    timeZone: "Europe/Brussels",
    budget: { min: 35_000, max: 100_000, currency: "EUR" },
    url: "https://erasmus-plus.ec.europa.eu",
    subjectAreas: ["031", "041", "042"],
    status: "PUBLISHED",
    isPublic: true,
  },
  {
    funder: "Science Development Foundation (Azerbaijan)",
    program: "Research grants",
    title: "Grant competition for fundamental and applied research projects",
    description: "Two-year research projects by teams of Azerbaijani scientists, with young researchers in each team.",
    eligibility: "Research teams of Azerbaijani universities and research institutes; the project leader holds a doctorate.",
    translations: {
      az: {
        title: "Fundamental və tətbiqi elmi-tədqiqat layihələri üzrə qrant müsabiqəsi",
        description: "Azərbaycan alimlərindən ibarət komandaların iki illik elmi-tədqiqat layihələri; hər komandada gənc tədqiqatçıların iştirakı tələb olunur.",
      },
      ru: {
        title: "Конкурс грантов на фундаментальные и прикладные научно-исследовательские проекты",
        description: "Двухлетние научно-исследовательские проекты коллективов азербайджанских учёных с обязательным участием молодых исследователей.",
      },
    },
    audiences: ["RESEARCHERS", "UNITS"],
    inDays: 30,
    time: "18:00",
    timeZone: null,
    budget: { min: 30_000, max: 100_000, currency: "AZN" },
    url: "https://sdf.az",
    subjectAreas: ["052", "061", "071"],
    status: "PUBLISHED",
    isPublic: true,
  },
  {
    funder: "TÜBİTAK",
    program: "BİDEB 2221",
    title: "2221 Fellowships for Visiting Scientists and Scientists on Sabbatical Leave",
    description: "Visits of one week to twelve months to a Turkish university or research centre at the invitation of a host researcher.",
    eligibility: "Researchers with a doctorate invited by a researcher at a Turkish host institution.",
    translations: {
      az: {
        title: "2221: Qonaq alimlər və elmi məzuniyyətdə olan alimlər üçün təqaüd proqramı",
        description: "Qəbul edən tədqiqatçının dəvəti ilə Türkiyə universitetinə və ya elmi mərkəzinə bir həftədən on iki aya qədər səfər.",
      },
      ru: {
        title: "2221: стипендии для приглашённых учёных и учёных в творческом отпуске",
        description: "Визиты продолжительностью от недели до двенадцати месяцев в турецкий университет или научный центр по приглашению принимающего исследователя.",
      },
    },
    audiences: ["RESEARCHERS", "STAFF"],
    inDays: 65,
    time: "17:30",
    timeZone: "Europe/Istanbul",
    url: "https://tubitak.gov.tr",
    subjectAreas: [],
    status: "PUBLISHED",
    isPublic: true,
  },
  {
    funder: "British Council",
    program: "Going Global Partnerships",
    title: "Going Global Partnerships: Exploratory Grants",
    description: "Small grants for UK universities and their partners to explore a new collaboration in teaching, research or transnational education.",
    eligibility: "A UK higher education institution with a partner institution in an eligible country.",
    translations: {
      az: {
        title: "Going Global Partnerships: ilkin tərəfdaşlıq qrantları",
        description: "Böyük Britaniya universitetləri və onların tərəfdaşları üçün tədris, tədqiqat və ya transmilli təhsil sahəsində yeni əməkdaşlığın imkanlarını öyrənməyə kiçik qrantlar.",
      },
      ru: {
        title: "Going Global Partnerships: гранты на установление партнёрств",
        description: "Небольшие гранты британским университетам и их партнёрам для изучения возможностей нового сотрудничества в преподавании, исследованиях или транснациональном образовании.",
      },
    },
    audiences: ["STAFF", "UNITS"],
    // Last round: its deadline has passed and the office closed it.
    inDays: -40,
    time: "17:00",
    timeZone: "Europe/London",
    budget: { min: null, max: 10_000, currency: "GBP" },
    url: "https://www.britishcouncil.org/education/he-science/going-global-partnerships",
    subjectAreas: [],
    status: "CLOSED",
    isPublic: true,
  },
];

export async function seedGrantCalls(tx: TransactionClient, { today }: { today: Date }): Promise<void> {
  for (const call of GRANT_CALLS) {
    const id = stableId("grant-call", call.title);
    const day = daysFrom(today, call.inDays).toISOString().slice(0, 10);
    const data = {
      funder: call.funder,
      program: call.program,
      title: call.title,
      description: call.description,
      eligibility: call.eligibility,
      translations: call.translations,
      audiences: call.audiences,
      deadline: localInputToDate(`${day}T${call.time}`, call.timeZone ?? DEMO_TIME_ZONE)!,
      timeZone: call.timeZone,
      budgetMin: call.budget?.min?.toFixed(2) ?? null,
      budgetMax: call.budget?.max.toFixed(2) ?? null,
      currency: call.budget?.currency ?? null,
      url: call.url,
      subjectAreas: call.subjectAreas,
      status: call.status,
      isPublic: call.isPublic,
    };
    await tx.grantCall.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
}
