import type { TransactionClient } from "@/lib/db/client";
import type { StrategyMetric } from "@/lib/generated/prisma/enums";
import type { IndicatorFilter } from "@/lib/strategy/metrics";
import { stableId } from "./stable-id";

/**
 * The demo's Internationalization Strategy 2023–2027, its goals taken from the office pages in
 * shared/seeds: "the implementation of the Internationalization Strategy and the creation of an
 * action plan", agreements with partner universities, student and staff mobility, international
 * projects, visits, conferences and cultural events (000), strategic collaborations, international
 * communication and press (004). Targets sit a little above or below what the demo's records show,
 * so the page shows every status; two indicators are entered by hand, with their evidence. Events
 * and visits were added at the mid-term review, so their targets start in 2026.
 */

type Texts = { title: string; description?: string };

interface IndicatorSeed {
  key: string;
  title: string;
  translations: { az: Texts; ru: Texts };
  metric: StrategyMetric | null;
  filter?: IndicatorFilter;
  targets: Record<number, number>;
  /** Hand-entered indicators: the value of each year with its evidence. */
  values?: Record<number, { value: number; evidence: string }>;
}

interface GoalSeed {
  key: string;
  title: string;
  description: string;
  translations: { az: Required<Texts>; ru: Required<Texts> };
  indicators: IndicatorSeed[];
}

const GOALS: GoalSeed[] = [
  {
    key: "partnerships",
    title: "Strengthen partnerships with universities worldwide",
    description: "Initiate, prepare and evaluate agreements with international partner universities, and develop strategic collaborations that serve the university's own objectives.",
    translations: {
      az: {
        title: "Dünya universitetləri ilə tərəfdaşlığı gücləndirmək",
        description: "Beynəlxalq tərəfdaş universitetlərlə sazişlərin təşəbbüsü, hazırlanması və qiymətləndirilməsi, universitetin öz məqsədlərinə xidmət edən strateji əməkdaşlıqların inkişafı.",
      },
      ru: {
        title: "Укреплять партнёрство с университетами мира",
        description: "Инициировать, готовить и оценивать соглашения с зарубежными университетами-партнёрами, развивать стратегическое сотрудничество, отвечающее целям университета.",
      },
    },
    indicators: [
      {
        key: "agreements",
        title: "Cooperation agreements in force",
        translations: { az: { title: "Qüvvədə olan əməkdaşlıq sazişləri" }, ru: { title: "Действующие соглашения о сотрудничестве" } },
        metric: "ACTIVE_AGREEMENTS",
        targets: { 2023: 34, 2024: 45, 2025: 55, 2026: 62, 2027: 68 },
      },
      {
        key: "erasmus",
        title: "Erasmus+ KA171 agreements in force",
        translations: { az: { title: "Qüvvədə olan Erasmus+ KA171 sazişləri" }, ru: { title: "Действующие соглашения Erasmus+ KA171" } },
        metric: "ACTIVE_AGREEMENTS",
        filter: { kind: "ERASMUS_KA171" },
        targets: { 2023: 12, 2024: 16, 2025: 18, 2026: 18, 2027: 20 },
      },
      {
        key: "universities",
        title: "Partner universities with an agreement in force",
        translations: { az: { title: "Qüvvədə olan sazişi olan tərəfdaş universitetlər" }, ru: { title: "Университеты-партнёры с действующим соглашением" } },
        metric: "ACTIVE_PARTNERS",
        filter: { kind: "UNIVERSITY" },
        targets: { 2023: 30, 2024: 40, 2025: 48, 2026: 52, 2027: 58 },
      },
    ],
  },
  {
    key: "mobility",
    title: "Expand student and staff mobility",
    description: "Administer and promote the mobility of students, staff and researchers through bilateral exchange, Erasmus+ and the Mevlana and Orkhon programs: more than 500 students were sent abroad in the last ten years.",
    translations: {
      az: {
        title: "Tələbə və əməkdaş mobilliyini genişləndirmək",
        description: "Tələbələrin, əməkdaşların və tədqiqatçıların ikitərəfli mübadilə, Erasmus+, Mevlana və Orxon proqramları çərçivəsində mobilliyini təşkil etmək və təşviq etmək: son on ildə 500-dən çox tələbə xaricə göndərilib.",
      },
      ru: {
        title: "Расширять мобильность студентов и сотрудников",
        description: "Организовывать и развивать мобильность студентов, сотрудников и исследователей в рамках двусторонних обменов, Erasmus+, программ «Мевлана» и «Орхон»: за последние десять лет за рубеж направлено более 500 студентов.",
      },
    },
    indicators: [
      {
        key: "outgoing-students",
        title: "Students sent abroad",
        translations: { az: { title: "Xaricə göndərilən tələbələr" }, ru: { title: "Студенты, направленные за рубеж" } },
        metric: "OUTGOING_MOBILITIES",
        filter: { participantType: "STUDENT" },
        targets: { 2023: 35, 2024: 45, 2025: 50, 2026: 56, 2027: 62 },
      },
      {
        key: "outgoing-staff",
        title: "Staff sent abroad to teach or train",
        translations: { az: { title: "Dərs demək və ya təlim üçün xaricə göndərilən əməkdaşlar" }, ru: { title: "Сотрудники, направленные за рубеж для преподавания или стажировки" } },
        metric: "OUTGOING_MOBILITIES",
        filter: { participantType: "STAFF" },
        targets: { 2023: 10, 2024: 12, 2025: 15, 2026: 18, 2027: 20 },
      },
      {
        key: "incoming-students",
        title: "Exchange students received",
        translations: { az: { title: "Qəbul edilən mübadilə tələbələri" }, ru: { title: "Принятые студенты по обмену" } },
        metric: "INCOMING_MOBILITIES",
        filter: { participantType: "STUDENT" },
        targets: { 2023: 15, 2024: 20, 2025: 25, 2026: 30, 2027: 35 },
      },
    ],
  },
  {
    key: "students",
    title: "Attract international degree students",
    description: "Develop international opportunities for students and bring degree-seeking students from abroad to the university's programs.",
    translations: {
      az: {
        title: "Dərəcə almaq üçün əcnəbi tələbələri cəlb etmək",
        description: "Tələbələr üçün beynəlxalq imkanları inkişaf etdirmək və xaricdən dərəcə almaq istəyən tələbələri universitetin proqramlarına cəlb etmək.",
      },
      ru: {
        title: "Привлекать иностранных студентов на программы со степенью",
        description: "Развивать международные возможности для студентов и привлекать иностранных студентов на программы университета с получением степени.",
      },
    },
    indicators: [
      {
        key: "international-students",
        title: "International degree students enrolled",
        translations: { az: { title: "Təhsil alan əcnəbi dərəcə tələbələri" }, ru: { title: "Обучающиеся иностранные студенты на программах со степенью" } },
        metric: "INTERNATIONAL_STUDENTS",
        targets: { 2023: 35, 2024: 50, 2025: 70, 2026: 95, 2027: 110 },
      },
    ],
  },
  {
    key: "projects",
    title: "Take part in and lead international projects",
    description: "Plan, coordinate and manage projects at international level, funded by the European Union, the US State Department and other donors, as grant-holder or partner.",
    translations: {
      az: {
        title: "Beynəlxalq layihələrdə iştirak etmək və onlara rəhbərlik etmək",
        description: "Avropa İttifaqı, ABŞ Dövlət Departamenti və digər donorlar tərəfindən maliyyələşdirilən beynəlxalq layihələri qrant sahibi və ya tərəfdaş kimi planlaşdırmaq, əlaqələndirmək və idarə etmək.",
      },
      ru: {
        title: "Участвовать в международных проектах и руководить ими",
        description: "Планировать, координировать и вести международные проекты, финансируемые Европейским союзом, Государственным департаментом США и другими донорами, в роли грантополучателя или партнёра.",
      },
    },
    indicators: [
      {
        key: "projects-running",
        title: "Funded international projects running",
        translations: { az: { title: "Davam edən maliyyələşdirilmiş beynəlxalq layihələr" }, ru: { title: "Текущие профинансированные международные проекты" } },
        metric: "PROJECTS",
        targets: { 2023: 2, 2024: 3, 2025: 3, 2026: 4, 2027: 4 },
      },
      {
        key: "proposals",
        title: "Project proposals submitted to international funders",
        translations: { az: { title: "Beynəlxalq donorlara təqdim edilən layihə təklifləri" }, ru: { title: "Проектные заявки, поданные международным донорам" } },
        metric: null,
        targets: { 2023: 3, 2024: 4, 2025: 5, 2026: 6, 2027: 6 },
        values: {
          2023: { value: 3, evidence: "Erasmus+ CBHE (2), Horizon Europe MSCA Staff Exchanges (1): submission receipts kept in the projects folder." },
          2024: { value: 5, evidence: "Erasmus+ CBHE (3), Jean Monnet (1), DAAD institutional partnership (1)." },
          2025: { value: 4, evidence: "Erasmus+ CBHE (2), Horizon Europe (1), U.S. Embassy public diplomacy grant (1)." },
          2026: { value: 5, evidence: "Erasmus+ CBHE (3), Horizon Europe MSCA (1), British Council Going Global Partnerships (1), as of the November report to the rector." },
        },
      },
    ],
  },
  {
    key: "visits-events",
    title: "Host international visits, conferences and cultural events",
    description: "Receive delegations and guest lecturers, represent the university abroad, and organize conferences, seminars and cultural events that foster cultural diplomacy.",
    translations: {
      az: {
        title: "Beynəlxalq səfərləri, konfransları və mədəni tədbirləri qəbul etmək",
        description: "Nümayəndə heyətlərini və qonaq müəllimləri qəbul etmək, universiteti xaricdə təmsil etmək, mədəni diplomatiyaya xidmət edən konfranslar, seminarlar və mədəni tədbirlər təşkil etmək.",
      },
      ru: {
        title: "Принимать международные визиты, конференции и культурные мероприятия",
        description: "Принимать делегации и приглашённых лекторов, представлять университет за рубежом, проводить конференции, семинары и культурные мероприятия в духе культурной дипломатии.",
      },
    },
    indicators: [
      {
        key: "events",
        title: "International events held",
        translations: { az: { title: "Keçirilən beynəlxalq tədbirlər" }, ru: { title: "Проведённые международные мероприятия" } },
        metric: "EVENTS_HELD",
        targets: { 2026: 2, 2027: 8 },
      },
      {
        key: "visits",
        title: "Delegations and guests received",
        translations: { az: { title: "Qəbul edilən nümayəndə heyətləri və qonaqlar" }, ru: { title: "Принятые делегации и гости" } },
        metric: "VISITS_RECEIVED",
        targets: { 2026: 2, 2027: 4 },
      },
    ],
  },
  {
    key: "communication",
    title: "Make the university's international work known",
    description: "Manage relationships with foreign media, draft press releases and carry out the university's international communication.",
    translations: {
      az: {
        title: "Universitetin beynəlxalq fəaliyyətini tanıtmaq",
        description: "Xarici media ilə əlaqələri idarə etmək, press-relizlər hazırlamaq və universitetin beynəlxalq kommunikasiyasını həyata keçirmək.",
      },
      ru: {
        title: "Рассказывать о международной деятельности университета",
        description: "Поддерживать отношения с зарубежными СМИ, готовить пресс-релизы и вести международную коммуникацию университета.",
      },
    },
    indicators: [
      {
        key: "press",
        title: "Press releases and articles in international media",
        translations: { az: { title: "Press-relizlər və beynəlxalq mediada məqalələr" }, ru: { title: "Пресс-релизы и статьи в международных СМИ" } },
        metric: null,
        targets: { 2023: 6, 2024: 8, 2025: 10, 2026: 12, 2027: 14 },
        values: {
          2023: { value: 7, evidence: "Press releases on the university site (5); articles in University World News and Times Higher Education (2)." },
          2024: { value: 8, evidence: "Press releases (6); interviews on the Erasmus+ anniversary in two partner-country newspapers (2)." },
          2025: { value: 9, evidence: "Press releases (7); articles in University World News (1) and the QS Insights magazine (1)." },
          2026: { value: 10, evidence: "Press releases (8); articles in partner universities' magazines (2), counted up to 30 November." },
        },
      },
    ],
  },
];

/** The four goals of the first demo, one metric each: replaced by the strategy above. */
const EARLIER_DEMO_GOALS: StrategyMetric[] = ["ACTIVE_AGREEMENTS", "OUTGOING_MOBILITIES", "INCOMING_MOBILITIES", "PROJECTS"];

export async function seedStrategy(tx: TransactionClient, { adminId }: { adminId: string | null }): Promise<void> {
  await tx.strategyGoal.deleteMany({ where: { id: { in: EARLIER_DEMO_GOALS.map((metric) => stableId("goal", metric)) } } });
  for (const [goalIndex, goal] of GOALS.entries()) {
    const goalId = stableId("strategy-goal", goal.key);
    const goalData = { title: goal.title, description: goal.description, translations: goal.translations, sortOrder: (goalIndex + 1) * 10 };
    await tx.strategyGoal.upsert({ where: { id: goalId }, create: { id: goalId, ...goalData }, update: goalData });
    for (const [indicatorIndex, indicator] of goal.indicators.entries()) {
      const indicatorId = stableId("strategy-indicator", `${goal.key}/${indicator.key}`);
      const data = { goalId, title: indicator.title, translations: indicator.translations, metric: indicator.metric, filter: indicator.filter ?? {}, sortOrder: (indicatorIndex + 1) * 10 };
      await tx.strategyIndicator.upsert({ where: { id: indicatorId }, create: { id: indicatorId, ...data }, update: data });
      // Re-applying the demo leaves exactly its targets (a year dropped from the plan goes).
      await tx.strategyTarget.deleteMany({ where: { indicatorId, year: { notIn: Object.keys(indicator.targets).map(Number) } } });
      for (const [year, target] of Object.entries(indicator.targets)) {
        const where = { indicatorId_year: { indicatorId, year: Number(year) } };
        await tx.strategyTarget.upsert({ where, create: { indicatorId, year: Number(year), target }, update: { target } });
      }
      for (const [year, { value, evidence }] of Object.entries(indicator.values ?? {})) {
        const where = { indicatorId_year: { indicatorId, year: Number(year) } };
        await tx.strategyActual.upsert({ where, create: { indicatorId, year: Number(year), value, evidence, enteredById: adminId }, update: { value, evidence } });
      }
    }
  }
}
