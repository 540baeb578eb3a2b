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
 * `datesApproximate` says so. No grant numbers or budgets are given in the seeds, so none
 * are set. Partner names match ./partners.ts exactly.
 *
 * Each project carries its texts in Azerbaijani and Russian (`translations`, decision 010), written
 * for the demo (the seed pages are in English only). Names follow each language's usage: BEU is
 * "Bakı Mühəndislik Universiteti (BMU)" and "Бакинский инженерный университет (БИУ)".
 */

export const PROJECT_ROLES = ["COORDINATOR", "PARTNER"] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export interface ProjectPartnerSeed {
  /** Exact name of a partner in ./partners.ts */
  readonly name: string;
  /** ISO 3166-1 alpha-2 */
  readonly countryCode: string;
  readonly role?: string;
}

export interface ProjectActivitySeed {
  readonly title: string;
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
  readonly budget?: number;
  readonly currency?: string;
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
        description: "A weeklong Summer School was held in Tbilisi, Georgia within the framework of the project.",
      },
      {
        title: "Winter School",
        startDate: "2018-12-17",
        endDate: "2018-12-23",
        place: "India",
        participants: "1 BEU employee, as rapporteur",
        description:
          "A BEU employee attended the Winter School as a rapporteur. The event also focused on the accreditation process of the Master's Program for Tebesh University of Afghanistan, and a report was delivered on improved education programs on migration specialty in Kabul University.",
      },
    ],
    outcomes: [],
    isPublic: true,
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
      { name: "Heidelberg University", countryCode: "DE", role: "WP6 Quality Plan" },
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
      { name: "British Council", countryCode: "GB", role: "Funder" },
      { name: "Baku Engineering University", countryCode: "AZ" },
    ],
    summary:
      "Partnership in the Newcastle–CAERC project of Creative Spark, the British Council's enterprise program for higher education.",
    objectives: ["Develop enterprise and entrepreneurship education at the partner universities."],
    workPackages: [],
    activities: [],
    outcomes: [],
    isPublic: true,
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
      { name: "Norwegian Ministry of Foreign Affairs", countryCode: "NO", role: "Funder" },
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
