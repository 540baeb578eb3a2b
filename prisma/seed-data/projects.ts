/**
 * International projects for the demo.
 *
 * The Erasmus+ projects (PROMIG, PAWER, NIZAMI, CRENG, MAGNUS) and Creative Spark come from
 * shared/seeds/002_d000d8a0f40224ff.txt, the page of Baku Engineering University (BEU),
 * which took part in them as a partner. Activity texts keep the seed's wording, including
 * "BEU"; when seeding them under the demo institution, either keep BEU as a consortium
 * member (it is listed in `partners`) or rewrite the participants text.
 * The TEMPUS projects come from Khazar University's own tables in 003_40a57afdac0548db.txt,
 * and the Norwegian Studies project from 000_4099568b3923b65a.txt.
 *
 * The seeds give years only. `startDate`/`endDate` use the usual start of Erasmus+
 * capacity-building projects of that call year (15 October; 15 November for 2018), and
 * `datesApproximate` says so. No grant numbers are given in the seeds, so none are set. Partner
 * names match ./partners.ts exactly.
 *
 * What the office would keep beside the public record is made up for the demo and says so: the
 * unit a project is filed under, its team (the demo accounts), the work packages' months (the
 * standard CBHE plan), the reports, and our share of the budget by category and year with its
 * expenses (`budgetLines`, `budgetExpenses`: plausible figures, generated the same way on every
 * run). The last projects of the list are proposals in the office's pipeline (an idea, one in
 * preparation, one submitted, one funded and one rejected): internal, dated from the seed's day.
 *
 * Each project carries its texts in Azerbaijani and Russian (`translations`, decision 010), written
 * for the demo (the seed pages are in English only). Names follow each language's usage: BEU is
 * "Bakı Mühəndislik Universiteti (BMU)" and "Бакинский инженерный университет (БИУ)".
 */

import { addMonths } from "@/lib/agreements/dates";
import { convertToProjectCurrency, Decimal, roundToCents } from "@/lib/projects/money";
import { projectMonths } from "@/lib/projects/period";

export const PROJECT_ROLES = ["COORDINATOR", "PARTNER"] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export interface ProjectPartnerSeed {
  /** Exact name of a partner in ./partners.ts */
  readonly name: string;
  /** ISO 3166-1 alpha-2 */
  readonly countryCode: string;
  /** An associated partner (a funder sitting in the consortium); a partner otherwise. The coordinator is `coordinator`. */
  readonly role?: "associated";
}

export interface ProjectActivitySeed {
  readonly title: string;
  /** How many staff and students took part, where the seed says. */
  readonly staffCount?: number;
  readonly studentCount?: number;
  /** YYYY-MM-DD */
  readonly startDate?: string;
  /** YYYY-MM-DD */
  readonly endDate?: string;
  /** Free-text date when the seed gives no exact days ("second quarter of 2017") */
  readonly dateText?: string;
  readonly place?: string;
  readonly participants?: string;
  readonly description: string;
}

/** A project's texts in one language other than English; lists follow the order of the English ones. */
export interface ProjectTextsSeed {
  readonly title: string;
  readonly summary: string;
  readonly objectives: readonly string[];
  readonly outcomes: readonly string[];
  /** Titles without their code ("Management", not "WP5 Management"), in the order of `workPackages` */
  readonly workPackages: readonly string[];
  /** In the order of `activities` */
  readonly activities: readonly { readonly title: string; readonly description: string }[];
}

export type ProjectStatusSeed = "IDEA" | "IN_PREPARATION" | "SUBMITTED" | "FUNDED" | "REJECTED" | "RUNNING" | "CLOSED";

export interface BudgetSeed {
  /** Our share of the grant, in `currency`, split by category and year. */
  readonly total: string;
  readonly currency: string;
  readonly isPublic?: boolean;
  /** Only the latest years of a long cooperation have lines: this many, up to the year after the seed's. */
  readonly recentYears?: number;
}

export interface DeliverableSeed {
  readonly code: string;
  readonly title: string;
  readonly kind: "DELIVERABLE" | "REPORT";
  readonly workPackage?: string;
  readonly responsible?: string;
  readonly status: "PLANNED" | "IN_PROGRESS" | "SUBMITTED" | "ACCEPTED";
  /** A date of the source, days from the seed's day, or months after the project's start (after its end for a final report). */
  readonly due: { readonly on: string } | { readonly inDays: number } | { readonly monthsAfterStart: number };
}

export interface ProjectSeed {
  /** Short stable code, unique */
  readonly code: string;
  readonly title: string;
  readonly acronym?: string;
  readonly fundingProgram: string;
  readonly grantNumber?: string;
  /** The coordinating institution; `undefined` when the seed does not say */
  readonly coordinator?: ProjectPartnerSeed;
  readonly ourRole: ProjectRole;
  /** Consortium members other than the coordinator and us, as far as the seeds name them */
  readonly partners: readonly ProjectPartnerSeed[];
  /** YYYY-MM-DD */
  readonly startDate?: string;
  /** YYYY-MM-DD */
  readonly endDate?: string;
  readonly datesApproximate?: boolean;
  /** Still running (the seed says "since …" and gives no end) */
  readonly ongoing?: boolean;
  /** Where the project is in its life; by default closed once its period is over, else running. */
  readonly status?: ProjectStatusSeed;
  /** Code of the unit it is filed under (./institution.ts); the office's own when absent. */
  readonly unitCode?: string;
  /** The funding program's action. */
  readonly action?: string;
  /** For a proposal or a project not begun: its period counted from the seed's day. */
  readonly plannedPeriod?: { readonly startsInDays: number; readonly months: number };
  /** Days before the seed's day the proposal was submitted, and the funder decided. */
  readonly submittedDaysAgo?: number;
  readonly decidedDaysAgo?: number;
  /** The demo accounts in its team. */
  readonly team?: readonly { readonly email: string; readonly role: "lead" | "member" | "finance" }[];
  /** Our share of the grant (made up for the demo: the seeds give no budgets). */
  readonly budget?: BudgetSeed;
  readonly deliverables?: readonly DeliverableSeed[];
  /** Work package code → the consortium member that leads it, where it is not the coordinator. */
  readonly workPackageLeads?: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly objectives: readonly string[];
  readonly workPackages: readonly string[];
  readonly activities: readonly ProjectActivitySeed[];
  readonly outcomes: readonly string[];
  readonly isPublic: boolean;
  /** Seed file the project comes from */
  readonly source: string;
  /** The texts in Azerbaijani and Russian */
  readonly translations: { readonly az: ProjectTextsSeed; readonly ru: ProjectTextsSeed };
}

/** Standard work packages of an Erasmus+ CBHE joint project; used where the seed gives none. */
const CBHE_STANDARD_WPS = [
  "WP1 Preparation and needs analysis",
  "WP2 Development",
  "WP3 Quality Plan",
  "WP4 Dissemination and exploitation",
  "WP5 Management",
] as const;
const CBHE_STANDARD_WPS_AZ = ["Hazırlıq və ehtiyacların təhlili", "İnkişaf", "Keyfiyyət planı", "Nəticələrin yayılması və istifadəsi", "İdarəetmə"] as const;
const CBHE_STANDARD_WPS_RU = ["Подготовка и анализ потребностей", "Разработка", "План обеспечения качества", "Распространение и использование результатов", "Управление проектом"] as const;

export const PROJECTS = [
  {
    code: "promig",
    title: "Promoting Migration Studies in Higher Education",
    acronym: "PROMIG",
    fundingProgram: "Erasmus+ KA2 Capacity Building in Higher Education",
    coordinator: { name: "Tbilisi State University", countryCode: "GE" },
    ourRole: "PARTNER",
    partners: [
      { name: "University of Graz", countryCode: "AT" },
      { name: "Baku Engineering University", countryCode: "AZ" },
      { name: "Kabul University", countryCode: "AF" },
    ],
    startDate: "2016-10-15",
    endDate: "2019-10-14",
    datesApproximate: true,
    summary:
      "A continuation of the UNIMIG project, PROMIG aims to encourage migration studies in higher education institutions.",
    objectives: [
      "Encourage migration studies in higher education institutions, continuing the work of the UNIMIG project.",
      "Improve education programs in migration studies at the partner universities.",
      "Support the accreditation of master's programs in migration studies.",
      "Train partner staff and graduate students through trainings, a summer school and a winter school.",
    ],
    workPackages: [...CBHE_STANDARD_WPS], // not in the seed: standard CBHE structure
    activities: [
      {
        title: "Two-day training by the University of Graz",
        place: "Baku Engineering University, Baku, Azerbaijan",
        participants: "Delegation from the University of Graz (Austria); BEU and the other partner universities of the project",
        description:
          "A two-day training was held in the presentation of the delegation from the University of Graz, Austria at BEU, and the other partner universities of the project.",
      },
      {
        title: "Summer School",
        startDate: "2018-07-01",
        endDate: "2018-07-07",
        place: "Tbilisi, Georgia",
        participants: "3 BEU employees and 2 graduate students",
        staffCount: 3,
        studentCount: 2,
        description: "A weeklong Summer School was held in Tbilisi, Georgia within the framework of the project.",
      },
      {
        title: "Winter School",
        startDate: "2018-12-17",
        endDate: "2018-12-23",
        place: "India",
        participants: "1 BEU employee, as rapporteur",
        staffCount: 1,
        description:
          "A BEU employee attended the Winter School as a rapporteur. The event also focused on the accreditation process of the Master's Program for Tebesh University of Afghanistan, and a report was delivered on improved education programs on migration specialty in Kabul University.",
      },
    ],
    outcomes: [],
    isPublic: true,
    unitCode: "SHSS",
    action: "Capacity Building in Higher Education – Joint Projects",
    team: [{ email: "officer@khazar.org", role: "lead" }],
    budget: { total: "68500.00", currency: "EUR" },
    deliverables: [
      { code: "R1", title: "Progress report", kind: "REPORT", status: "ACCEPTED", due: { monthsAfterStart: 18 } },
      { code: "R2", title: "Final report", kind: "REPORT", status: "ACCEPTED", due: { monthsAfterStart: 38 } },
    ],
    source: "002_d000d8a0f40224ff.txt",
    translations: {
      az: {
        title: "Ali təhsildə miqrasiya tədqiqatlarının təşviqi",
        summary:
          "UNIMIG layihəsinin davamı olan PROMIG ali təhsil müəssisələrində miqrasiya tədqiqatlarını təşviq etməyi qarşısına məqsəd qoyur.",
        objectives: [
          "UNIMIG layihəsinin işini davam etdirərək ali təhsil müəssisələrində miqrasiya tədqiqatlarını təşviq etmək.",
          "Tərəfdaş universitetlərdə miqrasiya üzrə təhsil proqramlarını təkmilləşdirmək.",
          "Miqrasiya üzrə magistr proqramlarının akkreditasiyasına dəstək vermək.",
          "Təlimlər, yay və qış məktəbləri vasitəsilə tərəfdaş universitetlərin əməkdaşlarını və magistrantlarını hazırlamaq.",
        ],
        outcomes: [],
        workPackages: CBHE_STANDARD_WPS_AZ,
        activities: [
          {
            title: "Qrats Universitetinin iki günlük təlimi",
            description:
              "Avstriyanın Qrats Universitetindən gələn nümayəndə heyəti BMU-da və layihənin digər tərəfdaş universitetlərində iki günlük təlim keçirdi.",
          },
          {
            title: "Yay məktəbi",
            description:
              "Layihə çərçivəsində Tbilisidə (Gürcüstan) bir həftəlik yay məktəbi keçirildi.",
          },
          {
            title: "Qış məktəbi",
            description:
              "BMU əməkdaşı qış məktəbində məruzəçi kimi iştirak etdi. Tədbirdə Əfqanıstanın Təbəş Universiteti üçün magistr proqramının akkreditasiyası prosesi də müzakirə olundu, Kabil Universitetində miqrasiya ixtisası üzrə təkmilləşdirilmiş təhsil proqramları barədə məruzə edildi.",
          },
        ],
      },
      ru: {
        title: "Развитие миграционных исследований в высшем образовании",
        summary:
          "PROMIG, продолжение проекта UNIMIG, призван развивать миграционные исследования в высших учебных заведениях.",
        objectives: [
          "Продолжая работу проекта UNIMIG, развивать миграционные исследования в высших учебных заведениях.",
          "Совершенствовать образовательные программы по миграционным исследованиям в университетах-партнёрах.",
          "Содействовать аккредитации магистерских программ по миграционным исследованиям.",
          "Обучать сотрудников и магистрантов университетов-партнёров на тренингах, в летней и зимней школах.",
        ],
        outcomes: [],
        workPackages: CBHE_STANDARD_WPS_RU,
        activities: [
          {
            title: "Двухдневный тренинг Грацского университета",
            description:
              "Делегация Грацского университета (Австрия) провела двухдневный тренинг в БИУ и в других университетах — партнёрах проекта.",
          },
          {
            title: "Летняя школа",
            description:
              "В рамках проекта в Тбилиси (Грузия) прошла недельная летняя школа.",
          },
          {
            title: "Зимняя школа",
            description:
              "Сотрудник БИУ участвовал в зимней школе в качестве докладчика. На мероприятии также обсуждался процесс аккредитации магистерской программы Университета Тебеш (Афганистан) и был представлен доклад об обновлённых образовательных программах по специальности «Миграция» в Кабульском университете.",
          },
        ],
      },
    },
  },
  {
    code: "pawer",
    title: "Paving the Way to Interregional Mobility and Ensuring Relevance, Quality and Equity of Access",
    acronym: "PAWER",
    fundingProgram: "Erasmus+ KA2 Capacity Building in Higher Education",
    coordinator: { name: "University of L'Aquila", countryCode: "IT" },
    ourRole: "PARTNER",
    partners: [
      { name: "Middlesex University", countryCode: "GB" },
      { name: "University of Szeged", countryCode: "HU" },
      { name: "Wrocław University of Environmental and Life Sciences", countryCode: "PL" },
      { name: "Baku Engineering University", countryCode: "AZ" },
    ],
    startDate: "2016-10-15",
    endDate: "2019-10-14",
    datesApproximate: true,
    summary:
      "PAWER aims to establish and improve the ECTS credit system among the partner universities to ensure inter-regional mobility of students.",
    objectives: [
      "Establish and improve the European Credit Transfer and Accumulation System (ECTS) at the partner universities.",
      "Ensure inter-regional mobility of students through credit transfer and recognition.",
      "Train staff on Bologna assessment, international quality and recognition of programs, the ECTS grading scale and workload-based credits.",
      "Support mobility agreements, student support services, mobility policies and documentation.",
    ],
    workPackages: [...CBHE_STANDARD_WPS], // not in the seed: standard CBHE structure
    activities: [
      {
        title: "Trainings on Bologna tools, ECTS and recognition",
        startDate: "2017-04-01",
        endDate: "2017-06-30",
        dateText: "Second quarter of 2017",
        place:
          "Ulaanbaatar (Mongolia); Middlesex University (London, UK); University of Szeged (Hungary); Wrocław University of Environmental and Life Sciences (Poland)",
        participants: "BEU staff",
        description:
          "Trainings on the Bologna assessment system, international quality and recognition of programs; the European credit transfer and accumulation system, the ECTS grading scale and workload-based credits; support for mobility agreements, student support, mobility policies and documentation; staff and student exchange; \"Recognition of Credit Transfer and Evaluation System\".",
      },
      {
        title: "Project presentation and meeting",
        startDate: "2017-02-27",
        endDate: "2017-02-28",
        place: "Warsaw, Poland",
        participants: "BEU staff",
        description: "Presentation and meeting of the project.",
      },
      {
        title: "Project presentation and meeting",
        startDate: "2017-09-26",
        endDate: "2017-09-27",
        place: "Ulaanbaatar, Mongolia",
        participants: "BEU staff",
        description: "Presentation and meeting of the project.",
      },
      {
        title: "Training in Europe",
        startDate: "2017-11-01",
        endDate: "2017-12-31",
        dateText: "November–December 2017",
        place: "London, United Kingdom",
        participants: "BEU staff",
        description: "\"Training in Europe\" event of the project.",
      },
      {
        title: "Project presentation and meeting",
        startDate: "2018-05-16",
        endDate: "2018-05-17",
        place: "Almaty, Kazakhstan",
        participants: "BEU staff",
        description: "Presentation and meeting of the project.",
      },
      {
        title: "Project presentation and meeting",
        startDate: "2018-10-11",
        endDate: "2018-10-12",
        place: "Dushanbe, Tajikistan",
        participants: "BEU staff",
        description: "Presentation and meeting of the project.",
      },
    ],
    outcomes: [],
    isPublic: true,
    action: "Capacity Building in Higher Education – Joint Projects",
    team: [{ email: "officer@khazar.org", role: "lead" }],
    budget: { total: "54200.00", currency: "EUR" },
    deliverables: [
      { code: "R1", title: "Progress report", kind: "REPORT", status: "ACCEPTED", due: { monthsAfterStart: 18 } },
      { code: "R2", title: "Final report", kind: "REPORT", status: "ACCEPTED", due: { monthsAfterStart: 38 } },
    ],
    source: "002_d000d8a0f40224ff.txt",
    translations: {
      az: {
        title: "Regionlararası mobilliyə yol açılması, aktuallığın, keyfiyyətin və bərabər çıxışın təmin edilməsi",
        summary:
          "PAWER tələbələrin regionlararası mobilliyini təmin etmək üçün tərəfdaş universitetlərdə ECTS kredit sistemini qurmağı və təkmilləşdirməyi qarşısına məqsəd qoyur.",
        objectives: [
          "Tərəfdaş universitetlərdə Avropa Kredit Transferi və Toplanması Sistemini (ECTS) qurmaq və təkmilləşdirmək.",
          "Kreditlərin transferi və tanınması yolu ilə tələbələrin regionlararası mobilliyini təmin etmək.",
          "Boloniya qiymətləndirmə sistemi, proqramların beynəlxalq keyfiyyəti və tanınması, ECTS qiymətləndirmə şkalası və tədris yükünə əsaslanan kreditlər üzrə əməkdaşlar üçün təlimlər keçirmək.",
          "Mobillik sazişlərinə, tələbələrə dəstək xidmətlərinə, mobillik siyasətinə və sənədləşməyə dəstək vermək.",
        ],
        outcomes: [],
        workPackages: CBHE_STANDARD_WPS_AZ,
        activities: [
          {
            title: "Boloniya alətləri, ECTS və tanınma üzrə təlimlər",
            description:
              "Boloniya qiymətləndirmə sistemi, proqramların beynəlxalq keyfiyyəti və tanınması; Avropa kredit transferi və toplanması sistemi, ECTS qiymətləndirmə şkalası və tədris yükünə əsaslanan kreditlər; mobillik sazişlərinə, tələbələrə dəstək, mobillik siyasəti və sənədləşməyə dəstək; əməkdaş və tələbə mübadiləsi; «Kredit transferi və qiymətləndirmə sisteminin tanınması» mövzularında təlimlər.",
          },
          {
            title: "Layihənin təqdimatı və görüş",
            description:
              "Layihənin təqdimatı və iştirakçıların görüşü.",
          },
          {
            title: "Layihənin təqdimatı və görüş",
            description:
              "Layihənin təqdimatı və iştirakçıların görüşü.",
          },
          {
            title: "Avropada təlim",
            description:
              "Layihənin «Avropada təlim» tədbiri.",
          },
          {
            title: "Layihənin təqdimatı və görüş",
            description:
              "Layihənin təqdimatı və iştirakçıların görüşü.",
          },
          {
            title: "Layihənin təqdimatı və görüş",
            description:
              "Layihənin təqdimatı və iştirakçıların görüşü.",
          },
        ],
      },
      ru: {
        title: "Открывая путь к межрегиональной мобильности: актуальность, качество и равный доступ",
        summary:
          "PAWER направлен на внедрение и совершенствование системы кредитов ECTS в университетах-партнёрах, чтобы обеспечить межрегиональную мобильность студентов.",
        objectives: [
          "Внедрить и усовершенствовать Европейскую систему перевода и накопления кредитов (ECTS) в университетах-партнёрах.",
          "Обеспечить межрегиональную мобильность студентов за счёт перезачёта и признания кредитов.",
          "Обучить сотрудников болонской системе оценивания, вопросам международного качества и признания программ, шкале оценок ECTS и кредитам, основанным на учебной нагрузке.",
          "Поддерживать соглашения о мобильности, службы поддержки студентов, политику мобильности и работу с документацией.",
        ],
        outcomes: [],
        workPackages: CBHE_STANDARD_WPS_RU,
        activities: [
          {
            title: "Тренинги по болонским инструментам, ECTS и признанию",
            description:
              "Тренинги по болонской системе оценивания, международному качеству и признанию программ; по Европейской системе перевода и накопления кредитов, шкале оценок ECTS и кредитам на основе учебной нагрузки; по поддержке соглашений о мобильности, поддержке студентов, политике мобильности и документации; по обмену сотрудниками и студентами; «Признание системы перевода кредитов и оценивания».",
          },
          {
            title: "Презентация проекта и встреча",
            description:
              "Презентация проекта и встреча участников.",
          },
          {
            title: "Презентация проекта и встреча",
            description:
              "Презентация проекта и встреча участников.",
          },
          {
            title: "Тренинг в Европе",
            description:
              "Мероприятие проекта «Тренинг в Европе».",
          },
          {
            title: "Презентация проекта и встреча",
            description:
              "Презентация проекта и встреча участников.",
          },
          {
            title: "Презентация проекта и встреча",
            description:
              "Презентация проекта и встреча участников.",
          },
        ],
      },
    },
  },
  {
    code: "nizami",
    title:
      "Restructuring and Development of Doctoral Studies in Azerbaijan in Line with Requirements of the European Higher Education Area",
    acronym: "NIZAMI",
    fundingProgram: "Erasmus+ KA2 Capacity Building in Higher Education",
    coordinator: { name: "University of Montpellier", countryCode: "FR" },
    ourRole: "PARTNER",
    partners: [
      { name: "Heidelberg University", countryCode: "DE" }, // leads WP6 Quality Plan (workPackageLeads)
      { name: "Ministry of Education of the Republic of Azerbaijan", countryCode: "AZ" },
      { name: "Azerbaijan National Academy of Sciences", countryCode: "AZ" },
      { name: "Baku Engineering University", countryCode: "AZ" },
    ],
    startDate: "2015-10-15",
    endDate: "2018-10-14",
    datesApproximate: true,
    summary:
      "NIZAMI reforms the doctoral education system in Azerbaijan in line with European higher education and the Bologna process. The consortium includes the Ministry of Education of the Republic of Azerbaijan, the National Academy of Sciences of Azerbaijan, 9 Azerbaijani universities and 5 leading European universities.",
    objectives: [
      "Revise the rules for the organization of doctoral education in Azerbaijan.",
      "Achieve quality assurance and internationalization in doctoral education.",
      "Establish standards for doctoral education.",
      "Create a national portal connecting the institutions that provide doctoral education across the country.",
      "Open opportunities for PhD students and candidates in pre-defense and defense procedures, and make the assessment of their work more transparent and objective.",
    ],
    workPackages: ["WP6 Quality Plan (with Heidelberg University)"],
    activities: [
      {
        title: "Scientific Guidance Agreement recommended to all universities",
        startDate: "2018-06-05",
        endDate: "2018-06-05",
        place: "Azerbaijan",
        participants: "BEU staff; Ministry of Education of the Republic of Azerbaijan",
        description:
          "The initial version of the \"Scientific Guidance Agreement\" provided in the NIZAMI project work plan was developed with the participation of BEU staff. The document, outlining the rights and duties of a PhD supervisor and a PhD student, was recommended to all universities of Azerbaijan on 05.06.2018 at the recommendation of the Ministry of Education.",
      },
    ],
    outcomes: [
      "Scientific Guidance Agreement defining the rights and duties of PhD supervisors and PhD students, recommended to all universities of Azerbaijan by the Ministry of Education (5 June 2018).",
    ],
    isPublic: true,
    unitCode: "GSSAT",
    action: "Capacity Building in Higher Education – Structural Projects",
    team: [{ email: "officer@khazar.org", role: "lead" }],
    budget: { total: "41800.00", currency: "EUR", isPublic: true },
    workPackageLeads: { WP6: "Heidelberg University" },
    deliverables: [
      { code: "D6.1", title: "Scientific Guidance Agreement", kind: "DELIVERABLE", workPackage: "WP6", responsible: "Heidelberg University", status: "ACCEPTED", due: { on: "2018-06-05" } },
      { code: "R1", title: "Progress report", kind: "REPORT", status: "ACCEPTED", due: { monthsAfterStart: 18 } },
      { code: "R2", title: "Final report", kind: "REPORT", status: "ACCEPTED", due: { monthsAfterStart: 38 } },
    ],
    source: "002_d000d8a0f40224ff.txt",
    translations: {
      az: {
        title: "Azərbaycanda doktorantura təhsilinin Avropa Ali Təhsil Məkanının tələblərinə uyğun yenidən qurulması və inkişafı",
        summary:
          "NIZAMI Azərbaycanda doktorantura təhsili sistemini Avropa ali təhsil məkanına və Boloniya prosesinə uyğun islah edir. Konsorsiuma Azərbaycan Respublikasının Təhsil Nazirliyi, Azərbaycan Milli Elmlər Akademiyası, 9 Azərbaycan universiteti və 5 aparıcı Avropa universiteti daxildir.",
        objectives: [
          "Azərbaycanda doktorantura təhsilinin təşkili qaydalarına yenidən baxmaq.",
          "Doktorantura təhsilində keyfiyyət təminatına və beynəlmiləlləşməyə nail olmaq.",
          "Doktorantura təhsili üçün standartlar müəyyən etmək.",
          "Ölkədə doktorantura təhsili verən müəssisələri birləşdirən milli portal yaratmaq.",
          "Doktorantlar və dissertantlar üçün ilkin müdafiə və müdafiə prosedurlarında yeni imkanlar açmaq, onların işlərinin qiymətləndirilməsini daha şəffaf və obyektiv etmək.",
        ],
        outcomes: [
          "Elmi rəhbərlərin və doktorantların hüquq və vəzifələrini müəyyən edən, Təhsil Nazirliyi tərəfindən Azərbaycanın bütün universitetlərinə tövsiyə olunmuş «Elmi rəhbərlik haqqında müqavilə» (5 iyun 2018-ci il).",
        ],
        workPackages: [
          "Keyfiyyət planı (Heydelberq Universiteti ilə birlikdə)",
        ],
        activities: [
          {
            title: "«Elmi rəhbərlik haqqında müqavilə» bütün universitetlərə tövsiyə edildi",
            description:
              "NIZAMI layihəsinin iş planında nəzərdə tutulan «Elmi rəhbərlik haqqında müqavilə» sənədinin ilkin variantı BMU əməkdaşlarının iştirakı ilə hazırlandı. Elmi rəhbərin və doktorantın hüquq və vəzifələrini müəyyən edən bu sənəd 5 iyun 2018-ci ildə Təhsil Nazirliyi tərəfindən Azərbaycanın bütün universitetlərinə tövsiyə edildi.",
          },
        ],
      },
      ru: {
        title: "Реструктуризация и развитие докторантуры в Азербайджане в соответствии с требованиями Европейского пространства высшего образования",
        summary:
          "NIZAMI реформирует систему докторантуры в Азербайджане в соответствии с европейским пространством высшего образования и Болонским процессом. В консорциум входят Министерство образования Азербайджанской Республики, Национальная академия наук Азербайджана, 9 азербайджанских и 5 ведущих европейских университетов.",
        objectives: [
          "Пересмотреть правила организации докторантуры в Азербайджане.",
          "Обеспечить качество и интернационализацию докторантуры.",
          "Разработать стандарты подготовки докторантов.",
          "Создать национальный портал, объединяющий учреждения страны, которые ведут подготовку докторантов.",
          "Расширить возможности докторантов и соискателей на этапах предварительной защиты и защиты, сделать оценку их работ более прозрачной и объективной.",
        ],
        outcomes: [
          "«Соглашение о научном руководстве», определяющее права и обязанности научных руководителей и докторантов и рекомендованное Министерством образования всем университетам Азербайджана (5 июня 2018 года).",
        ],
        workPackages: [
          "План обеспечения качества (совместно с Гейдельбергским университетом)",
        ],
        activities: [
          {
            title: "«Соглашение о научном руководстве» рекомендовано всем университетам",
            description:
              "Первая редакция «Соглашения о научном руководстве», предусмотренного рабочим планом проекта NIZAMI, была разработана при участии сотрудников БИУ. Документ, определяющий права и обязанности научного руководителя и докторанта, 5 июня 2018 года был рекомендован Министерством образования всем университетам Азербайджана.",
          },
        ],
      },
    },
  },
  {
    code: "creng",
    title: "Crisis and Risk Engineering for Transport Services",
    acronym: "CRENG",
    fundingProgram: "Erasmus+ KA2 Capacity Building in Higher Education",
    coordinator: { name: "Warsaw University of Technology", countryCode: "PL" },
    ourRole: "PARTNER",
    partners: [{ name: "Baku Engineering University", countryCode: "AZ" }],
    startDate: "2018-11-15",
    endDate: "2021-11-14",
    datesApproximate: true,
    summary:
      "A three-year Erasmus+ capacity building project (2018–2021) on crisis and risk engineering for transport services. A project working group has been set up and works with the project manager on the next steps.",
    objectives: [
      "Develop education in crisis and risk engineering for transport services at the partner universities.",
      "Train teaching staff and modernize curricula in the field.",
    ],
    workPackages: [...CBHE_STANDARD_WPS], // not in the seed: standard CBHE structure
    activities: [],
    outcomes: [],
    isPublic: true,
    unitCode: "SEAS",
    action: "Capacity Building in Higher Education – Joint Projects",
    team: [{ email: "coordinator@khazar.org", role: "lead" }, { email: "officer@khazar.org", role: "finance" }],
    budget: { total: "72300.00", currency: "EUR", isPublic: true },
    deliverables: [
      { code: "R1", title: "Progress report", kind: "REPORT", status: "ACCEPTED", due: { monthsAfterStart: 18 } },
      { code: "R2", title: "Final report", kind: "REPORT", status: "ACCEPTED", due: { monthsAfterStart: 38 } },
    ],
    source: "002_d000d8a0f40224ff.txt",
    translations: {
      az: {
        title: "Nəqliyyat xidmətləri üçün böhran və risk mühəndisliyi",
        summary:
          "Nəqliyyat xidmətləri üçün böhran və risk mühəndisliyi üzrə üç illik (2018–2021) Erasmus+ potensialın gücləndirilməsi layihəsi. Layihənin işçi qrupu yaradılıb və layihə rəhbəri ilə birlikdə növbəti addımlar üzərində çalışır.",
        objectives: [
          "Tərəfdaş universitetlərdə nəqliyyat xidmətləri üçün böhran və risk mühəndisliyi üzrə təhsili inkişaf etdirmək.",
          "Bu sahədə müəllim heyətini hazırlamaq və tədris proqramlarını müasirləşdirmək.",
        ],
        outcomes: [],
        workPackages: CBHE_STANDARD_WPS_AZ,
        activities: [],
      },
      ru: {
        title: "Инженерия кризисов и рисков в сфере транспортных услуг",
        summary:
          "Трёхлетний проект Erasmus+ по развитию потенциала высшего образования (2018–2021) в области инженерии кризисов и рисков в сфере транспортных услуг. Создана рабочая группа проекта, которая вместе с руководителем проекта прорабатывает следующие шаги.",
        objectives: [
          "Развивать в университетах-партнёрах обучение инженерии кризисов и рисков в сфере транспортных услуг.",
          "Повышать квалификацию преподавателей и обновлять учебные программы в этой области.",
        ],
        outcomes: [],
        workPackages: CBHE_STANDARD_WPS_RU,
        activities: [],
      },
    },
  },
  {
    code: "magnus",
    title: "Master of Mobile Applications and Game Design in Partner Universities",
    acronym: "MAGNUS",
    fundingProgram: "Erasmus+ KA2 Capacity Building in Higher Education",
    coordinator: { name: "Linköping University", countryCode: "SE" },
    ourRole: "PARTNER",
    partners: [{ name: "Baku Engineering University", countryCode: "AZ" }],
    startDate: "2018-11-15",
    endDate: "2021-11-14",
    datesApproximate: true,
    summary:
      "A three-year Erasmus+ capacity building project (2018–2021) to establish master's programs in mobile applications and game design at the partner universities. A project working group has been set up and works with the project manager on the next steps.",
    objectives: [
      "Develop and launch a master's program in mobile applications and game design at the partner universities.",
      "Train teaching staff and equip laboratories for the new program.",
    ],
    workPackages: [...CBHE_STANDARD_WPS], // not in the seed: standard CBHE structure
    activities: [],
    outcomes: [],
    isPublic: true,
    unitCode: "SEAS",
    action: "Capacity Building in Higher Education – Joint Projects",
    team: [{ email: "coordinator@khazar.org", role: "lead" }, { email: "officer@khazar.org", role: "finance" }],
    budget: { total: "96400.00", currency: "EUR" },
    deliverables: [
      { code: "R1", title: "Progress report", kind: "REPORT", status: "ACCEPTED", due: { monthsAfterStart: 18 } },
      { code: "R2", title: "Final report", kind: "REPORT", status: "ACCEPTED", due: { monthsAfterStart: 38 } },
    ],
    source: "002_d000d8a0f40224ff.txt",
    translations: {
      az: {
        title: "Tərəfdaş universitetlərdə mobil tətbiqlər və oyun dizaynı üzrə magistratura",
        summary:
          "Tərəfdaş universitetlərdə mobil tətbiqlər və oyun dizaynı üzrə magistr proqramlarının yaradılmasına yönəlmiş üç illik (2018–2021) Erasmus+ potensialın gücləndirilməsi layihəsi. Layihənin işçi qrupu yaradılıb və layihə rəhbəri ilə birlikdə növbəti addımlar üzərində çalışır.",
        objectives: [
          "Tərəfdaş universitetlərdə mobil tətbiqlər və oyun dizaynı üzrə magistr proqramı hazırlamaq və tədrisə başlamaq.",
          "Yeni proqram üçün müəllim heyətini hazırlamaq və laboratoriyaları təchiz etmək.",
        ],
        outcomes: [],
        workPackages: CBHE_STANDARD_WPS_AZ,
        activities: [],
      },
      ru: {
        title: "Магистратура по мобильным приложениям и гейм-дизайну в университетах-партнёрах",
        summary:
          "Трёхлетний проект Erasmus+ по развитию потенциала высшего образования (2018–2021), цель которого — открыть в университетах-партнёрах магистерские программы по мобильным приложениям и гейм-дизайну. Создана рабочая группа проекта, которая вместе с руководителем проекта прорабатывает следующие шаги.",
        objectives: [
          "Разработать и запустить в университетах-партнёрах магистерскую программу по мобильным приложениям и гейм-дизайну.",
          "Подготовить преподавателей и оснастить лаборатории для новой программы.",
        ],
        outcomes: [],
        workPackages: CBHE_STANDARD_WPS_RU,
        activities: [],
      },
    },
  },
  {
    code: "creative-spark",
    title: "Creative Spark: Higher Education Enterprise Programme – Newcastle–CAERC partnership",
    fundingProgram: "British Council Creative Spark",
    coordinator: { name: "Newcastle University", countryCode: "GB" }, // inferred from "Newcastle - CAERC"
    ourRole: "PARTNER",
    partners: [
      { name: "British Council", countryCode: "GB", role: "associated" }, // the funder
      { name: "Baku Engineering University", countryCode: "AZ" },
    ],
    summary:
      "Partnership in the Newcastle–CAERC project of Creative Spark, the British Council's enterprise program for higher education.",
    objectives: ["Develop enterprise and entrepreneurship education at the partner universities."],
    workPackages: [],
    activities: [],
    outcomes: [],
    isPublic: true,
    unitCode: "SEM",
    source: "002_d000d8a0f40224ff.txt",
    translations: {
      az: {
        title: "Creative Spark: ali təhsildə sahibkarlıq proqramı – Nyukasl–CAERC tərəfdaşlığı",
        summary:
          "Britaniya Şurasının ali təhsildə sahibkarlıq proqramı Creative Spark çərçivəsində Nyukasl–CAERC layihəsində tərəfdaşlıq.",
        objectives: [
          "Tərəfdaş universitetlərdə sahibkarlıq təhsilini inkişaf etdirmək.",
        ],
        outcomes: [],
        workPackages: [],
        activities: [],
      },
      ru: {
        title: "Creative Spark: программа развития предпринимательства в высшем образовании — партнёрство Ньюкасл–CAERC",
        summary:
          "Участие в проекте Ньюкасл–CAERC программы Creative Spark, которую Британский совет ведёт для развития предпринимательства в высшем образовании.",
        objectives: [
          "Развивать обучение предпринимательству в университетах-партнёрах.",
        ],
        outcomes: [],
        workPackages: [],
        activities: [],
      },
    },
  },
  {
    code: "tempus-qa-systems",
    title: "Designing Quality Assurance Systems in Azerbaijani Universities",
    fundingProgram: "TEMPUS (TACIS), European Commission",
    ourRole: "COORDINATOR",
    partners: [{ name: "University of Winchester", countryCode: "GB" }],
    // The seed gives no years; TACIS funded Tempus projects until 2006, typically for two or three years.
    startDate: "2003-09-01",
    endDate: "2005-08-31",
    datesApproximate: true,
    summary:
      "Within the Azerbaijan TACIS-TEMPUS program of the European Commission, Khazar University coordinated the project on designing quality assurance systems in Azerbaijani universities.",
    objectives: [
      "Design quality assurance systems for Azerbaijani universities.",
      "Disseminate the quality assurance system developed at Khazar University to other Azerbaijani universities.",
    ],
    workPackages: [],
    activities: [],
    outcomes: ["Academic Quality Assurance Center at Khazar University."],
    isPublic: true,
    team: [{ email: "admin@khazar.org", role: "lead" }],
    source: "003_40a57afdac0548db.txt",
    translations: {
      az: {
        title: "Azərbaycan universitetlərində keyfiyyət təminatı sistemlərinin qurulması",
        summary:
          "Avropa Komissiyasının Azərbaycan üzrə TACIS-TEMPUS proqramı çərçivəsində Xəzər Universiteti Azərbaycan universitetlərində keyfiyyət təminatı sistemlərinin qurulmasına dair layihəni əlaqələndirib.",
        objectives: [
          "Azərbaycan universitetləri üçün keyfiyyət təminatı sistemləri hazırlamaq.",
          "Xəzər Universitetində hazırlanmış keyfiyyət təminatı sistemini digər Azərbaycan universitetlərinə yaymaq.",
        ],
        outcomes: [
          "Xəzər Universitetində Akademik Keyfiyyət Təminatı Mərkəzi.",
        ],
        workPackages: [],
        activities: [],
      },
      ru: {
        title: "Создание систем обеспечения качества в университетах Азербайджана",
        summary:
          "В рамках программы Европейской комиссии TACIS-TEMPUS для Азербайджана Университет Хазар координировал проект по созданию систем обеспечения качества в азербайджанских университетах.",
        objectives: [
          "Разработать системы обеспечения качества для азербайджанских университетов.",
          "Распространить систему обеспечения качества, созданную в Университете Хазар, на другие университеты Азербайджана.",
        ],
        outcomes: [
          "Центр обеспечения академического качества Университета Хазар.",
        ],
        workPackages: [],
        activities: [],
      },
    },
  },
  {
    code: "tempus-student-support",
    title: "Development of Student Support Services at Khazar University",
    fundingProgram: "TEMPUS (TACIS), European Commission",
    coordinator: { name: "Middlesex University", countryCode: "GB" }, // inferred: the seed names no coordinator
    ourRole: "PARTNER",
    partners: [{ name: "University of Sannio", countryCode: "IT" }],
    // The seed gives no years; TACIS funded Tempus projects until 2006, typically for two or three years.
    startDate: "2004-09-01",
    endDate: "2006-08-31",
    datesApproximate: true,
    summary: "TEMPUS-TACIS project on the development of Student Support Services at Khazar University.",
    objectives: ["Develop student support services at Khazar University."],
    workPackages: [],
    activities: [],
    outcomes: ["Student Support Services at Khazar University."],
    isPublic: true,
    source: "003_40a57afdac0548db.txt",
    translations: {
      az: {
        title: "Xəzər Universitetində tələbələrə dəstək xidmətlərinin inkişafı",
        summary:
          "Xəzər Universitetində tələbələrə dəstək xidmətlərinin inkişafına dair TEMPUS-TACIS layihəsi.",
        objectives: [
          "Xəzər Universitetində tələbələrə dəstək xidmətlərini inkişaf etdirmək.",
        ],
        outcomes: [
          "Xəzər Universitetində tələbələrə dəstək xidmətləri.",
        ],
        workPackages: [],
        activities: [],
      },
      ru: {
        title: "Развитие служб поддержки студентов в Университете Хазар",
        summary:
          "Проект TEMPUS-TACIS по развитию служб поддержки студентов в Университете Хазар.",
        objectives: [
          "Развить службы поддержки студентов в Университете Хазар.",
        ],
        outcomes: [
          "Службы поддержки студентов Университета Хазар.",
        ],
        workPackages: [],
        activities: [],
      },
    },
  },
  {
    code: "norwegian-studies",
    title: "Norwegian Studies in Azerbaijan",
    fundingProgram: "Ministry of Foreign Affairs of Norway",
    // Inferred: the seed names no coordinator; the Norwegian ministry funds through the Norwegian university.
    coordinator: { name: "University of Oslo", countryCode: "NO" },
    ourRole: "PARTNER",
    partners: [
      { name: "University of Agder", countryCode: "NO" },
      { name: "Norwegian Ministry of Foreign Affairs", countryCode: "NO", role: "associated" }, // the funder
    ],
    // "Since 2007" and still running: the seed gives no end, so the demo keeps it running until the
    // end of the next academic year (see `ongoing`).
    startDate: "2007-09-01",
    ongoing: true,
    datesApproximate: true,
    summary:
      "Since 2007, cooperation with the University of Oslo and the University of Agder in preparing specialists in Norwegian studies, funded by the Ministry of Foreign Affairs of Norway and, at later stages, by the Azerbaijani partner university.",
    objectives: [
      "Establish a bachelor's study program in Norwegian Studies.",
      "Develop resources for the program, including teacher training and the supply of books and reading materials.",
      "Develop academic quality assurance procedures.",
      "Improve the Norwegian language skills of students and academic staff through language courses in Norway.",
    ],
    workPackages: [],
    activities: [],
    outcomes: [
      "Bachelor's study program in Norwegian Studies.",
      "Selected by the Ministry of Education of the Republic of Azerbaijan as a pilot program for disseminating the academic quality assurance culture and procedures to other programs and institutions.",
    ],
    isPublic: true,
    unitCode: "SHSS",
    team: [{ email: "officer@khazar.org", role: "lead" }],
    budget: { total: "1680000.00", currency: "NOK", recentYears: 4 },
    deliverables: [
      { code: "R-annual", title: "Annual report to the Norwegian Ministry of Foreign Affairs", kind: "REPORT", status: "IN_PROGRESS", responsible: "International Relations Office", due: { inDays: 12 } },
      { code: "D-course", title: "Report on the summer Norwegian language course", kind: "DELIVERABLE", status: "PLANNED", responsible: "University of Agder", due: { inDays: 45 } },
    ],
    source: "000_4099568b3923b65a.txt",
    translations: {
      az: {
        title: "Azərbaycanda Norveç tədqiqatları",
        summary:
          "2007-ci ildən Oslo Universiteti və Aqder Universiteti ilə Norveç tədqiqatları üzrə mütəxəssislərin hazırlanmasında əməkdaşlıq. Əməkdaşlığı Norveç Xarici İşlər Nazirliyi, sonrakı mərhələlərdə isə həm də Azərbaycan tərəfdaş universiteti maliyyələşdirir.",
        objectives: [
          "«Norveç tədqiqatları» üzrə bakalavr proqramı yaratmaq.",
          "Proqramın resurslarını, o cümlədən müəllim hazırlığını, kitab və oxu materialları ilə təminatı inkişaf etdirmək.",
          "Akademik keyfiyyət təminatı prosedurlarını hazırlamaq.",
          "Norveçdə dil kursları vasitəsilə tələbələrin və akademik heyətin norveç dili biliklərini təkmilləşdirmək.",
        ],
        outcomes: [
          "«Norveç tədqiqatları» üzrə bakalavr proqramı.",
          "Azərbaycan Respublikasının Təhsil Nazirliyi tərəfindən akademik keyfiyyət təminatı mədəniyyətinin və prosedurlarının digər proqram və müəssisələrə yayılması üçün pilot proqram kimi seçilib.",
        ],
        workPackages: [],
        activities: [],
      },
      ru: {
        title: "Норвежские исследования в Азербайджане",
        summary:
          "С 2007 года — сотрудничество с Университетом Осло и Университетом Агдера в подготовке специалистов по норвежским исследованиям. Его финансирует Министерство иностранных дел Норвегии, а на последующих этапах также азербайджанский университет-партнёр.",
        objectives: [
          "Открыть программу бакалавриата «Норвежские исследования».",
          "Развивать ресурсы программы, включая подготовку преподавателей и обеспечение книгами и материалами для чтения.",
          "Разработать процедуры обеспечения академического качества.",
          "Повышать уровень владения норвежским языком у студентов и преподавателей на языковых курсах в Норвегии.",
        ],
        outcomes: [
          "Программа бакалавриата «Норвежские исследования».",
          "Проект выбран Министерством образования Азербайджанской Республики в качестве пилотного для распространения культуры и процедур обеспечения академического качества на другие программы и учреждения.",
        ],
        workPackages: [],
        activities: [],
      },
    },
  },
  // ─── The office's pipeline: proposals and a project about to start (made up for the demo, internal) ───
  {
    code: "digiped",
    title: "Digital Pedagogy for Azerbaijani Higher Education",
    acronym: "DIGIPED",
    fundingProgram: "Erasmus+ KA2 Capacity Building in Higher Education",
    action: "Capacity Building in Higher Education – Strand 2",
    coordinator: { name: "University of Graz", countryCode: "AT" },
    ourRole: "PARTNER",
    partners: [
      { name: "Tbilisi State University", countryCode: "GE" },
      { name: "University of Szeged", countryCode: "HU" },
    ],
    status: "FUNDED",
    plannedPeriod: { startsInDays: 24, months: 36 },
    submittedDaysAgo: 290,
    decidedDaysAgo: 75,
    unitCode: "SEDU",
    team: [{ email: "officer@khazar.org", role: "lead" }],
    budget: { total: "84600.00", currency: "EUR" },
    summary: "A funded Erasmus+ capacity building proposal to train university teachers in digital and blended teaching and to open teaching-innovation centres at the partner universities.",
    objectives: [
      "Train university teachers in digital and blended teaching.",
      "Open a teaching-innovation centre at each partner university.",
    ],
    workPackages: [...CBHE_STANDARD_WPS],
    deliverables: [
      { code: "D1.1", title: "Needs analysis of digital teaching at the partner universities", kind: "DELIVERABLE", workPackage: "WP1", status: "PLANNED", due: { monthsAfterStart: 6 } },
    ],
    activities: [],
    outcomes: [],
    isPublic: false,
    source: "demo pipeline",
    translations: {
      az: {
        title: "Azərbaycan ali təhsilində rəqəmsal pedaqogika",
        summary:
          "Universitet müəllimlərini rəqəmsal və qarışıq tədrisə hazırlamaq və tərəfdaş universitetlərdə tədris innovasiyaları mərkəzləri açmaq üçün maliyyələşdirilmiş Erasmus+ potensialın gücləndirilməsi layihəsi.",
        objectives: [
          "Universitet müəllimlərini rəqəmsal və qarışıq tədrisə hazırlamaq.",
          "Hər tərəfdaş universitetdə tədris innovasiyaları mərkəzi açmaq.",
        ],
        outcomes: [],
        workPackages: CBHE_STANDARD_WPS_AZ,
        activities: [],
      },
      ru: {
        title: "Цифровая педагогика в высшем образовании Азербайджана",
        summary:
          "Получивший финансирование проект Erasmus+ по развитию потенциала высшего образования: подготовка преподавателей к цифровому и смешанному обучению и создание центров инноваций в обучении в университетах-партнёрах.",
        objectives: [
          "Подготовить преподавателей университетов к цифровому и смешанному обучению.",
          "Открыть центр инноваций в обучении в каждом университете-партнёре.",
        ],
        outcomes: [],
        workPackages: CBHE_STANDARD_WPS_RU,
        activities: [],
      },
    },
  },
  {
    code: "greencap",
    title: "Green Engineering Curricula for the Caspian Region",
    acronym: "GREENCAP",
    fundingProgram: "Erasmus+ KA2 Capacity Building in Higher Education",
    action: "Capacity Building in Higher Education – Strand 2",
    ourRole: "COORDINATOR",
    partners: [
      { name: "Warsaw University of Technology", countryCode: "PL" },
      { name: "Linköping University", countryCode: "SE" },
      { name: "Tbilisi State University", countryCode: "GE" },
    ],
    status: "IN_PREPARATION",
    plannedPeriod: { startsInDays: 330, months: 36 },
    unitCode: "SEAS",
    team: [
      { email: "coordinator@khazar.org", role: "lead" },
      { email: "officer@khazar.org", role: "member" },
    ],
    budget: { total: "398000.00", currency: "EUR" },
    summary: "A proposal in preparation, coordinated by the university: master's modules in renewable energy and environmental engineering for the Caspian region, written with European and Georgian partners.",
    objectives: [
      "Develop master's modules in renewable energy and environmental engineering.",
      "Equip a shared laboratory for renewable energy measurements.",
      "Train engineering teachers at the European partner universities.",
    ],
    workPackages: [...CBHE_STANDARD_WPS],
    activities: [],
    outcomes: [],
    isPublic: false,
    source: "demo pipeline",
    translations: {
      az: {
        title: "Xəzər regionu üçün yaşıl mühəndislik tədris proqramları",
        summary:
          "Universitetin koordinasiya etdiyi, hazırlanmaqda olan layihə təklifi: Avropa və Gürcüstan tərəfdaşları ilə birlikdə Xəzər regionu üçün bərpa olunan enerji və ekoloji mühəndislik üzrə magistratura modulları.",
        objectives: [
          "Bərpa olunan enerji və ekoloji mühəndislik üzrə magistratura modulları hazırlamaq.",
          "Bərpa olunan enerji ölçmələri üçün ortaq laboratoriya təchiz etmək.",
          "Mühəndislik müəllimlərini Avropa tərəfdaş universitetlərində hazırlamaq.",
        ],
        outcomes: [],
        workPackages: CBHE_STANDARD_WPS_AZ,
        activities: [],
      },
      ru: {
        title: "Учебные программы по «зелёной» инженерии для Каспийского региона",
        summary:
          "Готовящаяся заявка, которую координирует университет: магистерские модули по возобновляемой энергетике и инженерной экологии для Каспийского региона, разработанные вместе с европейскими и грузинскими партнёрами.",
        objectives: [
          "Разработать магистерские модули по возобновляемой энергетике и инженерной экологии.",
          "Оснастить общую лабораторию измерений в области возобновляемой энергетики.",
          "Провести стажировки преподавателей инженерных специальностей в европейских университетах-партнёрах.",
        ],
        outcomes: [],
        workPackages: CBHE_STANDARD_WPS_RU,
        activities: [],
      },
    },
  },
  {
    code: "jm-caspian-energy",
    title: "EU–Caspian Energy Cooperation: a Jean Monnet Module",
    acronym: "EUCASPEN",
    fundingProgram: "Erasmus+ Jean Monnet",
    action: "Jean Monnet Module",
    ourRole: "COORDINATOR",
    partners: [],
    status: "SUBMITTED",
    plannedPeriod: { startsInDays: 280, months: 36 },
    submittedDaysAgo: 45,
    unitCode: "PETRO",
    team: [{ email: "officer@khazar.org", role: "lead" }],
    budget: { total: "30000.00", currency: "EUR" },
    summary: "A submitted proposal for a Jean Monnet Module teaching the European Union's energy policy and its cooperation with the Caspian region to petroleum engineering students.",
    objectives: [
      "Teach a module on the European Union's energy policy to petroleum engineering students.",
      "Hold an open lecture series on EU–Caspian energy cooperation.",
    ],
    workPackages: [],
    activities: [],
    outcomes: [],
    isPublic: false,
    source: "demo pipeline",
    translations: {
      az: {
        title: "Aİ–Xəzər enerji əməkdaşlığı: Jean Monnet modulu",
        summary:
          "Neft mühəndisliyi tələbələrinə Avropa İttifaqının enerji siyasətini və onun Xəzər regionu ilə əməkdaşlığını tədris edəcək Jean Monnet modulu üçün təqdim edilmiş layihə təklifi.",
        objectives: [
          "Neft mühəndisliyi tələbələri üçün Avropa İttifaqının enerji siyasəti üzrə modul tədris etmək.",
          "Aİ–Xəzər enerji əməkdaşlığına dair açıq mühazirələr silsiləsi keçirmək.",
        ],
        outcomes: [],
        workPackages: [],
        activities: [],
      },
      ru: {
        title: "Энергетическое сотрудничество ЕС и Каспийского региона: модуль Жана Монне",
        summary:
          "Поданная заявка на модуль Жана Монне, в рамках которого студенты-нефтяники будут изучать энергетическую политику Европейского союза и его сотрудничество с Каспийским регионом.",
        objectives: [
          "Преподавать студентам-нефтяникам модуль об энергетической политике Европейского союза.",
          "Провести цикл открытых лекций об энергетическом сотрудничестве ЕС и Каспийского региона.",
        ],
        outcomes: [],
        workPackages: [],
        activities: [],
      },
    },
  },
  {
    code: "caspres",
    title: "Caspian Coastal Resilience: Research and Innovation Staff Exchanges",
    acronym: "CASPRES",
    fundingProgram: "Horizon Europe",
    action: "MSCA Staff Exchanges",
    coordinator: { name: "Heidelberg University", countryCode: "DE" },
    ourRole: "PARTNER",
    partners: [{ name: "University of Szeged", countryCode: "HU" }],
    status: "IDEA",
    plannedPeriod: { startsInDays: 540, months: 48 },
    unitCode: "SEAS",
    team: [{ email: "coordinator@khazar.org", role: "lead" }],
    summary: "An idea for a Horizon Europe staff exchange on the resilience of the Caspian coast, discussed with Heidelberg University.",
    objectives: ["Exchange researchers on coastal erosion and sea-level change in the Caspian."],
    workPackages: [],
    activities: [],
    outcomes: [],
    isPublic: false,
    source: "demo pipeline",
    translations: {
      az: {
        title: "Xəzər sahillərinin dayanıqlığı: tədqiqat və innovasiya əməkdaşları mübadiləsi",
        summary: "Heydelberq Universiteti ilə müzakirə olunan, Xəzər sahillərinin dayanıqlığına dair Horizon Europe əməkdaşlar mübadiləsi ideyası.",
        objectives: ["Xəzərdə sahil eroziyası və dəniz səviyyəsinin dəyişməsi üzrə tədqiqatçılar mübadiləsi aparmaq."],
        outcomes: [],
        workPackages: [],
        activities: [],
      },
      ru: {
        title: "Устойчивость каспийского побережья: обмен научными сотрудниками",
        summary: "Идея проекта обмена сотрудниками Horizon Europe по устойчивости каспийского побережья, которую обсуждают с Гейдельбергским университетом.",
        objectives: ["Организовать обмен исследователями по вопросам береговой эрозии и изменения уровня Каспийского моря."],
        outcomes: [],
        workPackages: [],
        activities: [],
      },
    },
  },
  {
    code: "jm-chair-eu-law",
    title: "Jean Monnet Chair in EU Law and the Eastern Partnership",
    fundingProgram: "Erasmus+ Jean Monnet",
    action: "Jean Monnet Chair",
    ourRole: "COORDINATOR",
    partners: [],
    status: "REJECTED",
    plannedPeriod: { startsInDays: -100, months: 36 },
    submittedDaysAgo: 330,
    decidedDaysAgo: 190,
    unitCode: "SLAW",
    team: [{ email: "officer@khazar.org", role: "lead" }],
    budget: { total: "50000.00", currency: "EUR" },
    summary: "A proposal for a Jean Monnet Chair in EU law, not funded; the evaluators' comments are kept for the next call.",
    objectives: ["Establish a chair teaching EU law and the Eastern Partnership to law students."],
    workPackages: [],
    activities: [],
    outcomes: [],
    isPublic: false,
    source: "demo pipeline",
    translations: {
      az: {
        title: "Aİ hüququ və Şərq Tərəfdaşlığı üzrə Jean Monnet kafedrası",
        summary: "Aİ hüququ üzrə Jean Monnet kafedrası üçün layihə təklifi maliyyələşdirilməyib; qiymətləndiricilərin rəyləri növbəti müsabiqə üçün saxlanılır.",
        objectives: ["Hüquq tələbələrinə Aİ hüququnu və Şərq Tərəfdaşlığını tədris edən kafedra yaratmaq."],
        outcomes: [],
        workPackages: [],
        activities: [],
      },
      ru: {
        title: "Кафедра Жана Монне по праву ЕС и «Восточному партнёрству»",
        summary: "Заявка на кафедру Жана Монне по праву ЕС не получила финансирования; замечания экспертов сохранены для следующего конкурса.",
        objectives: ["Создать кафедру, которая преподаёт студентам-юристам право ЕС и программу «Восточное партнёрство»."],
        outcomes: [],
        workPackages: [],
        activities: [],
      },
    },
  },
] as const satisfies readonly ProjectSeed[];

const OTHER_LANGUAGES = ["az", "ru"] as const;

/**
 * A project's `translations` column (decision 010): title, summary, objectives (a list) and
 * outcomes (one per line, as the plain column). Throws when a language's lists do not match the
 * English ones item for item, so a translation can never land on the wrong activity.
 */
export function projectTranslations(project: ProjectSeed) {
  for (const language of OTHER_LANGUAGES) {
    const texts = project.translations[language];
    const counts = [
      ["objectives", texts.objectives.length, project.objectives.length],
      ["outcomes", texts.outcomes.length, project.outcomes.length],
      ["workPackages", texts.workPackages.length, project.workPackages.length],
      ["activities", texts.activities.length, project.activities.length],
    ] as const;
    for (const [list, translated, english] of counts) {
      if (translated !== english) throw new Error(`project ${project.code}: ${language} ${list} has ${translated} items, English ${english}`);
    }
  }
  return Object.fromEntries(
    OTHER_LANGUAGES.map((language) => {
      const { title, summary, objectives, outcomes } = project.translations[language];
      return [language, { title, summary, objectives: [...objectives], ...(outcomes.length > 0 ? { outcomes: outcomes.join("\n") } : {}) }];
    }),
  );
}

/** The `translations` of a project's work package number `index` (its title). */
export function workPackageTranslations(project: ProjectSeed, index: number) {
  return Object.fromEntries(OTHER_LANGUAGES.map((language) => [language, { title: project.translations[language].workPackages[index]! }]));
}

/** The `translations` of a project's activity number `index` (title and description). */
export function activityTranslations(project: ProjectSeed, index: number) {
  return Object.fromEntries(OTHER_LANGUAGES.map((language) => [language, { ...project.translations[language].activities[index]! }]));
}

// ─── The office's budget records for the demo: our share by category and year, and its expenses ───

type BudgetCategorySeed = "STAFF" | "TRAVEL" | "EQUIPMENT" | "SUBCONTRACTING" | "OTHER_DIRECT" | "INDIRECT";

/** A capacity-building partner's usual split of its share (sums to 1). */
const CATEGORY_SHARES: readonly (readonly [BudgetCategorySeed, string])[] = [
  ["STAFF", "0.40"],
  ["TRAVEL", "0.25"],
  ["EQUIPMENT", "0.18"],
  ["SUBCONTRACTING", "0.05"],
  ["OTHER_DIRECT", "0.05"],
  ["INDIRECT", "0.07"],
];

const EXPENSE_TEXTS: Record<BudgetCategorySeed, readonly [string, string]> = {
  STAFF: ["Staff costs of the project team, first half of the year", "Staff costs of the project team, second half of the year"],
  TRAVEL: ["Flights and accommodation for the consortium meeting", "Travel and subsistence for the training abroad"],
  EQUIPMENT: ["Computers and projectors for the teaching room", "Laboratory equipment and software licences"],
  SUBCONTRACTING: ["External financial audit", "Translation of the course materials"],
  OTHER_DIRECT: ["Printing of dissemination materials", "Local workshop: venue and catering"],
  INDIRECT: ["Indirect costs, flat rate (first instalment)", "Indirect costs, flat rate (second instalment)"],
};

/**
 * Units of the budget's currency for one manat, by year (yearly averages, rounded): the office pays
 * in AZN and reports in the grant's currency.
 */
const RATES_FROM_AZN: Record<string, Record<number, string>> = {
  EUR: { 2015: "0.8550", 2016: "0.5650", 2017: "0.5210", 2018: "0.5020", 2019: "0.5260", 2020: "0.5150", 2021: "0.4970", 2022: "0.5600", 2023: "0.5440", 2024: "0.5430", 2025: "0.5200", 2026: "0.5050", 2027: "0.5050" },
  NOK: { 2023: "6.2400", 2024: "6.3100", 2025: "6.0900", 2026: "5.9200", 2027: "5.9200" },
};

export interface SeedBudgetLine {
  key: string;
  category: BudgetCategorySeed;
  year: number;
  planned: string;
  closed: boolean;
}

export interface SeedExpense {
  key: string;
  lineKey: string;
  spentOn: string;
  description: string;
  amount: string;
  currency: string;
  rate: string;
  projectAmount: string;
}

/** A stable number in [0, 1) for a text (FNV-1a): the demo looks varied and is the same on every run. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (const character of text) {
    hash ^= character.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The day `fraction` of the way from `from` to `to`. */
function dayBetween(from: string, to: string, fraction: number): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  return new Date(start + Math.floor((daysInclusive(from, to) - 1) * fraction) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Our share split by category and by year (each year weighted by the project's days in it), in
 * exact cents: the last line takes what rounding left, so the lines add up to the total. A year
 * before the seed's is reported to the funder, so it is closed; every year is once the project ended.
 */
export function budgetLines(projectCode: string, budget: BudgetSeed, period: { start: string; end: string; today: string }): SeedBudgetLine[] {
  const lastYear = Number(period.end.slice(0, 4));
  const todayYear = Number(period.today.slice(0, 4));
  let years = Array.from({ length: lastYear - Number(period.start.slice(0, 4)) + 1 }, (_, index) => Number(period.start.slice(0, 4)) + index);
  if (budget.recentYears) years = years.filter((year) => year <= todayYear + 1).slice(-budget.recentYears);
  const daysIn = (year: number) => daysInclusive(period.start > `${year}-01-01` ? period.start : `${year}-01-01`, period.end < `${year}-12-31` ? period.end : `${year}-12-31`);
  const totalDays = years.reduce((sum, year) => sum + daysIn(year), 0);
  const total = new Decimal(budget.total);
  const ended = period.end < period.today;
  const lines: SeedBudgetLine[] = [];
  let allocated = new Decimal(0);
  years.forEach((year, yearIndex) => {
    CATEGORY_SHARES.forEach(([category, share], categoryIndex) => {
      const last = yearIndex === years.length - 1 && categoryIndex === CATEGORY_SHARES.length - 1;
      const planned = last ? total.minus(allocated) : roundToCents(total.times(share).times(daysIn(year)).dividedBy(totalDays));
      allocated = allocated.plus(planned);
      lines.push({ key: `${projectCode}:${category}:${year}`, category, year, planned: planned.toFixed(2), closed: ended || year < todayYear });
    });
  });
  return lines;
}

/**
 * What was spent on each line, in two payments: about the plan (88–106 %, so a line now and then
 * goes over) for a year that is over, and the part of the year gone by for the current one. Costs
 * are paid in manat and converted at the year's rate; travel is paid in the grant's currency.
 */
export function budgetExpenses(lines: readonly SeedBudgetLine[], budget: BudgetSeed, period: { start: string; end: string; today: string }): SeedExpense[] {
  const expenses: SeedExpense[] = [];
  for (const line of lines) {
    const from = period.start > `${line.year}-01-01` ? period.start : `${line.year}-01-01`;
    const lastDay = [period.end, `${line.year}-12-31`, period.today].sort()[0]!;
    if (lastDay < from || line.planned === "0.00") continue;
    const yearOver = lastDay === period.end || lastDay === `${line.year}-12-31`;
    const factor = 0.88 + unitHash(line.key) * 0.18;
    const share = yearOver ? factor : factor * (daysInclusive(from, lastDay) / daysInclusive(from, `${line.year}-12-31`));
    const target = new Decimal(line.planned).times(share.toFixed(4));
    const inAzn = line.category !== "TRAVEL" && RATES_FROM_AZN[budget.currency]?.[line.year] !== undefined;
    const rate = inAzn ? RATES_FROM_AZN[budget.currency]![line.year]! : "1";
    [0.55, 0.45].forEach((part, index) => {
      const amount = roundToCents(target.times(part).dividedBy(rate));
      if (amount.lessThanOrEqualTo(0)) return;
      expenses.push({
        key: `${line.key}:${index + 1}`,
        lineKey: line.key,
        spentOn: dayBetween(from, lastDay, index === 0 ? 0.3 : 0.8),
        description: EXPENSE_TEXTS[line.category][index]!,
        amount: amount.toFixed(2),
        currency: inAzn ? "AZN" : budget.currency,
        rate,
        projectAmount: convertToProjectCurrency(amount, rate).toFixed(2),
      });
    });
  }
  return expenses;
}

// ─── Dates and plans of the office's records, from the seed's day ───

/** An ISO day `days` after `day` (negative: before). */
function shiftDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A project's period: the source's dates; a proposal's counted from the seed's day; a cooperation
 * still running ends on `ongoingEnd`. A project the seeds give no dates for is placed in the three
 * years before the seed pages were written.
 */
export function projectPeriod(project: ProjectSeed, today: string, ongoingEnd: string): { start: string; end: string } {
  if (project.plannedPeriod) {
    const start = shiftDays(today, project.plannedPeriod.startsInDays);
    return { start, end: shiftDays(addMonths(start, project.plannedPeriod.months), -1) };
  }
  return { start: project.startDate ?? "2018-01-01", end: project.ongoing ? ongoingEnd : (project.endDate ?? "2020-12-31") };
}

/** The status the seed gives, else closed once the period is over, running before. */
export function projectStatusOf(project: ProjectSeed, end: string, today: string): ProjectStatusSeed {
  return project.status ?? (end < today ? "CLOSED" : "RUNNING");
}

/** The day `days` before the seed's day, for the submission and decision dates. */
export function daysBefore(today: string, days: number | undefined): string | null {
  return days === undefined ? null : shiftDays(today, -days);
}

/** The months of the standard CBHE work packages in a 36-month project, and who usually leads them. */
const STANDARD_WP_PLAN: Readonly<Record<string, { months: readonly [number, number]; lead: "coordinator" | "partner" }>> = {
  WP1: { months: [1, 6], lead: "coordinator" },
  WP2: { months: [4, 30], lead: "coordinator" },
  WP3: { months: [1, 36], lead: "partner" },
  WP4: { months: [6, 36], lead: "partner" },
  WP5: { months: [1, 36], lead: "coordinator" },
  WP6: { months: [1, 36], lead: "partner" },
};

/**
 * A work package's months (the standard plan stretched to the project's length) and the consortium
 * member leading it: the one the seed names, else the coordinator, or for quality and dissemination
 * the first partner.
 */
export function workPackagePlan(project: ProjectSeed, code: string, period: { start: string; end: string }) {
  const months = projectMonths(period.start, period.end);
  const plan = STANDARD_WP_PLAN[code];
  const firstPartner = project.partners.find((member) => !member.role)?.name;
  return {
    startMonth: plan ? Math.max(1, Math.round((plan.months[0] * months) / 36)) : 1,
    endMonth: plan ? Math.min(months, Math.round((plan.months[1] * months) / 36)) : months,
    lead: project.workPackageLeads?.[code] ?? (plan?.lead === "partner" ? firstPartner : project.coordinator?.name) ?? null,
  };
}

/** A deliverable's due day: the source's, days from the seed's day, or months after the start. */
export function deliverableDueDate(due: DeliverableSeed["due"], start: string, today: string): string {
  if ("on" in due) return due.on;
  if ("inDays" in due) return shiftDays(today, due.inDays);
  return addMonths(start, due.monthsAfterStart);
}
