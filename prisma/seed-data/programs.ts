/**
 * Mobility and scholarship programs named in the five seeds (shared/seeds/).
 * `mentionedIn` lists the seed files by their number prefix. No seed gives a URL, so
 * no `url` is set. `active: false` marks programs that have ended (kept for historical
 * agreements and projects).
 */

export const PROGRAM_KINDS = ["EXCHANGE", "SCHOLARSHIP", "CAPACITY_BUILDING"] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

export const MOBILITY_DIRECTIONS = ["OUTGOING", "INCOMING"] as const;
export type MobilityDirection = (typeof MOBILITY_DIRECTIONS)[number];

export const PROGRAM_AUDIENCES = ["BACHELOR", "MASTER", "PHD", "STAFF"] as const;
export type ProgramAudience = (typeof PROGRAM_AUDIENCES)[number];

export type SeedFileNumber = "000" | "001" | "002" | "003" | "004";

/**
 * A program's name and description in a language other than English (decision 010). A type, not
 * an interface: Prisma's JSON input needs its implicit index signature.
 */
export type ProgramTexts = {
  readonly name: string;
  readonly description: string;
};

export interface ProgramSeed {
  /** Short stable code, unique */
  readonly code: string;
  readonly name: string;
  readonly description: string;
  /** The name and description in Azerbaijani and Russian, as the program is known in each. */
  readonly translations: { readonly az: ProgramTexts; readonly ru: ProgramTexts };
  readonly funder: string;
  readonly url?: string;
  readonly kind: ProgramKind;
  /** Directions of mobility seen from the demo institution */
  readonly directions: readonly MobilityDirection[];
  readonly audiences: readonly ProgramAudience[];
  readonly active: boolean;
  readonly mentionedIn: readonly SeedFileNumber[];
}

export const PROGRAMS = [
  {
    code: "ERASMUS_KA171",
    name: "Erasmus+ KA171 – International credit mobility",
    description:
      "Erasmus+ mobility between universities in EU member and associated countries and universities in partner countries such as Azerbaijan. Students study abroad for one or two semesters with full recognition of credits (ECTS); staff teach or train abroad for short periods. It rests on an inter-institutional agreement with each European partner, whose institution applies for the funding. It replaced KA107 (the \"Erasmus+ KA1\" mobility named in the seeds) from the 2021 call.",
    translations: {
      az: {
        name: "Erasmus+ KA171 – Beynəlxalq kredit mobilliyi",
        description:
          "AB üzvü və assosiasiya olunmuş ölkələrin universitetləri ilə Azərbaycan kimi tərəfdaş ölkələrin universitetləri arasında Erasmus+ mobilliyi. Tələbələr bir və ya iki semestr xaricdə təhsil alır və topladıqları kreditlər (ECTS) tam tanınır; əməkdaşlar qısa müddətə xaricdə dərs deyir və ya təlim keçir. Mobillik hər bir Avropa tərəfdaşı ilə bağlanan institutlararası sazişə əsaslanır, maliyyə üçün isə Avropa universiteti müraciət edir. 2021-ci il müsabiqəsindən KA107 proqramını (mənbələrdə adı çəkilən “Erasmus+ KA1” mobilliyini) əvəz edib.",
      },
      ru: {
        name: "Erasmus+ KA171 – Международная кредитная мобильность",
        description:
          "Мобильность по программе Erasmus+ между университетами стран — членов ЕС и ассоциированных стран и университетами стран-партнёров, таких как Азербайджан. Студенты учатся за рубежом один или два семестра с полным признанием кредитов (ECTS); сотрудники выезжают за рубеж на короткий срок преподавать или проходить стажировку. Основа мобильности — межинституциональное соглашение с каждым европейским партнёром, который и подаёт заявку на финансирование. С конкурса 2021 года заменила программу KA107 (мобильность «Erasmus+ KA1», упоминаемую в источниках).",
      },
    },
    funder: "European Commission",
    kind: "EXCHANGE",
    directions: ["OUTGOING", "INCOMING"],
    audiences: ["BACHELOR", "MASTER", "PHD", "STAFF"],
    active: true,
    mentionedIn: ["000", "001", "002"],
  },
  {
    code: "ERASMUS_KA131",
    name: "Erasmus+ KA131 – Higher education mobility",
    description:
      "Erasmus+ mobility of students and staff from universities in EU member and associated countries. Within Europe it is the main exchange scheme; European partners may also use part of it to send students and staff to partner countries such as Azerbaijan. Requires an inter-institutional agreement and, for the European institution, the Erasmus Charter for Higher Education.",
    translations: {
      az: {
        name: "Erasmus+ KA131 – Ali təhsildə mobillik",
        description:
          "AB üzvü və assosiasiya olunmuş ölkələrin universitetlərindən olan tələbə və əməkdaşların Erasmus+ mobilliyi. Avropa daxilində əsas mübadilə proqramıdır; Avropa tərəfdaşları onun bir hissəsindən Azərbaycan kimi tərəfdaş ölkələrə tələbə və əməkdaş göndərmək üçün də istifadə edə bilər. İnstitutlararası saziş, Avropa universitetinin isə Ali Təhsil üzrə Erasmus Xartiyası olmalıdır.",
      },
      ru: {
        name: "Erasmus+ KA131 – Мобильность в сфере высшего образования",
        description:
          "Мобильность студентов и сотрудников университетов стран — членов ЕС и ассоциированных стран по программе Erasmus+. Внутри Европы это основная программа обмена; часть её средств европейские партнёры могут направить и на поездки студентов и сотрудников в страны-партнёры, такие как Азербайджан. Нужны межинституциональное соглашение и, для европейского вуза, Хартия Erasmus для высшего образования.",
      },
    },
    funder: "European Commission",
    kind: "EXCHANGE",
    directions: ["INCOMING"],
    audiences: ["BACHELOR", "MASTER", "PHD", "STAFF"],
    active: true,
    mentionedIn: ["000", "002"],
  },
  {
    code: "ERASMUS_MUNDUS",
    name: "Erasmus Mundus Joint Masters",
    description:
      "Integrated master's programs delivered by consortia of universities, with study in at least two countries and a joint or multiple degree. Full scholarships are awarded to the best applicants worldwide, including students from Azerbaijan.",
    translations: {
      az: {
        name: "Erasmus Mundus birgə magistr proqramları",
        description:
          "Universitet konsorsiumlarının həyata keçirdiyi inteqrasiya olunmuş magistr proqramları: təhsil ən azı iki ölkədə keçir, məzunlara birgə və ya bir neçə universitetin diplomu verilir. Bütün dünyadan, o cümlədən Azərbaycandan olan ən yaxşı namizədlərə tam təqaüd verilir.",
      },
      ru: {
        name: "Совместные магистерские программы Erasmus Mundus",
        description:
          "Интегрированные магистерские программы консорциумов университетов: обучение не менее чем в двух странах и совместный или множественный диплом. Лучшим кандидатам со всего мира, в том числе из Азербайджана, присуждаются полные стипендии.",
      },
    },
    funder: "European Commission",
    kind: "SCHOLARSHIP",
    directions: ["OUTGOING"],
    audiences: ["MASTER"],
    active: true,
    mentionedIn: ["000"],
  },
  {
    code: "ERASMUS_MUNDUS_ECW",
    name: "Erasmus Mundus External Cooperation Window",
    description:
      "Scholarship scheme (2007–2013) for undergraduate, graduate, doctoral and staff mobility between European universities and universities in partner regions, with recognition of study programs and credit transfer among the consortium's universities.",
    translations: {
      az: {
        name: "Erasmus Mundus Xarici Əməkdaşlıq Pəncərəsi",
        description:
          "Avropa universitetləri ilə tərəfdaş regionların universitetləri arasında bakalavr, magistr və doktorantura tələbələrinin, həmçinin əməkdaşların mobilliyi üçün təqaüd proqramı (2007–2013). Konsorsium universitetləri təhsil proqramlarını qarşılıqlı tanıyır və kreditləri köçürürdü.",
      },
      ru: {
        name: "Erasmus Mundus: Окно внешнего сотрудничества",
        description:
          "Стипендиальная программа (2007–2013) для мобильности студентов бакалавриата, магистратуры и докторантуры, а также сотрудников между европейскими университетами и университетами регионов-партнёров; университеты консорциума признавали учебные программы друг друга и перезачитывали кредиты.",
      },
    },
    funder: "European Commission",
    kind: "EXCHANGE",
    directions: ["OUTGOING", "INCOMING"],
    audiences: ["BACHELOR", "MASTER", "PHD", "STAFF"],
    active: false,
    mentionedIn: ["003"],
  },
  {
    code: "TEMPUS",
    name: "TEMPUS",
    description:
      "EU program (1990–2013) for the modernization of higher education in partner countries through joint projects of European and partner-country universities: curriculum development, quality assurance, university management and student services, with staff mobility within the projects. In Azerbaijan it ran first under TACIS.",
    translations: {
      az: {
        name: "TEMPUS",
        description:
          "Tərəfdaş ölkələrdə ali təhsilin müasirləşdirilməsi üzrə AB proqramı (1990–2013): Avropa və tərəfdaş ölkə universitetlərinin birgə layihələri ilə tədris proqramlarının hazırlanması, keyfiyyət təminatı, universitet idarəçiliyi və tələbə xidmətlərinin inkişafı, layihələr çərçivəsində əməkdaşların mobilliyi. Azərbaycanda əvvəlcə TACIS çərçivəsində həyata keçirilib.",
      },
      ru: {
        name: "TEMPUS",
        description:
          "Программа ЕС (1990–2013) по модернизации высшего образования в странах-партнёрах через совместные проекты европейских университетов и университетов стран-партнёров: разработка учебных программ, обеспечение качества, управление университетом и студенческие службы, с мобильностью сотрудников в рамках проектов. В Азербайджане сначала действовала в рамках TACIS.",
      },
    },
    funder: "European Commission",
    kind: "CAPACITY_BUILDING",
    directions: ["OUTGOING", "INCOMING"],
    audiences: ["STAFF"],
    active: false,
    mentionedIn: ["000", "003"],
  },
  {
    code: "MEVLANA",
    name: "Mevlana Exchange Program",
    description:
      "Exchange program of the Council of Higher Education of Türkiye for students and academic staff between Turkish universities and universities abroad, based on a Mevlana protocol between the two institutions. Students study in Türkiye for one or two semesters; academic staff teach for short periods.",
    translations: {
      az: {
        name: "Mevlana mübadilə proqramı",
        description:
          "Türkiyə Ali Təhsil Şurasının (YÖK) Türkiyə universitetləri ilə xarici universitetlər arasında tələbə və akademik heyət mübadiləsi proqramı; iki ali məktəb arasında imzalanan Mevlana protokoluna əsaslanır. Tələbələr Türkiyədə bir və ya iki semestr təhsil alır, akademik heyət isə qısa müddətə dərs deyir.",
      },
      ru: {
        name: "Программа обмена «Мевлана»",
        description:
          "Программа Совета по высшему образованию Турции (YÖK) по обмену студентами и преподавателями между турецкими и зарубежными университетами на основе протокола «Мевлана» между двумя вузами. Студенты учатся в Турции один или два семестра, преподаватели ведут занятия в течение короткого срока.",
      },
    },
    funder: "Council of Higher Education of Türkiye (YÖK)",
    kind: "EXCHANGE",
    directions: ["OUTGOING", "INCOMING"],
    audiences: ["BACHELOR", "MASTER", "PHD", "STAFF"],
    active: true,
    mentionedIn: ["000", "001", "002"],
  },
  {
    code: "ORKHON",
    name: "Orkhon Exchange Program",
    description:
      "Exchange program of the Council of Higher Education of Türkiye for students and academic staff between Turkish universities and universities of the Turkic world, based on an Orkhon protocol between the two institutions.",
    translations: {
      az: {
        name: "Orxon mübadilə proqramı",
        description:
          "Türkiyə Ali Təhsil Şurasının (YÖK) Türkiyə universitetləri ilə türk dünyası universitetləri arasında tələbə və akademik heyət mübadiləsi proqramı; iki ali məktəb arasında imzalanan Orxon protokoluna əsaslanır.",
      },
      ru: {
        name: "Программа обмена «Орхон»",
        description:
          "Программа Совета по высшему образованию Турции (YÖK) по обмену студентами и преподавателями между турецкими университетами и университетами тюркского мира на основе протокола «Орхон» между двумя вузами.",
      },
    },
    funder: "Council of Higher Education of Türkiye (YÖK)",
    kind: "EXCHANGE",
    directions: ["OUTGOING", "INCOMING"],
    audiences: ["BACHELOR", "MASTER", "PHD", "STAFF"],
    active: true,
    mentionedIn: ["001"],
  },
  {
    code: "BILATERAL",
    name: "Bilateral exchange",
    description:
      "Institution-to-institution exchange under a bilateral cooperation agreement or memorandum of understanding: students study at the partner for a semester or a year, usually without paying tuition at the host, and staff visit to teach or do research. Places and conditions are set in each agreement.",
    translations: {
      az: {
        name: "İkitərəfli mübadilə",
        description:
          "İkitərəfli əməkdaşlıq sazişi və ya anlaşma memorandumu əsasında universitetlərarası mübadilə: tələbələr tərəfdaş universitetdə bir semestr və ya bir il təhsil alır və adətən orada təhsil haqqı ödəmir, əməkdaşlar isə dərs demək və ya tədqiqat aparmaq üçün səfər edir. Yerlərin sayı və şərtlər hər sazişdə ayrıca müəyyən olunur.",
      },
      ru: {
        name: "Двусторонний обмен",
        description:
          "Обмен между вузами на основе двустороннего соглашения о сотрудничестве или меморандума о взаимопонимании: студенты учатся в университете-партнёре семестр или год, как правило не платя за обучение в принимающем вузе, а сотрудники приезжают преподавать или вести исследования. Число мест и условия определяются в каждом соглашении.",
      },
    },
    funder: "Partner institutions (tuition waiver; own or external funding for travel and living costs)",
    kind: "EXCHANGE",
    directions: ["OUTGOING", "INCOMING"],
    audiences: ["BACHELOR", "MASTER", "PHD", "STAFF"],
    active: true,
    mentionedIn: ["000", "001", "002", "003"],
  },
  {
    code: "FULBRIGHT",
    name: "Fulbright Program",
    description:
      "The U.S. government's flagship international exchange program: graduate study and research in the United States for Azerbaijani students and scholars, and visiting U.S. faculty and researchers at the university. The office supports applicants.",
    translations: {
      az: {
        name: "Fulbrayt proqramı",
        description:
          "ABŞ hökumətinin əsas beynəlxalq mübadilə proqramı: azərbaycanlı tələbə və alimlər üçün ABŞ-da magistratura təhsili və tədqiqat, universitetə isə ABŞ-dan gələn müəllim və tədqiqatçılar. Beynəlxalq əlaqələr ofisi namizədlərə kömək edir.",
      },
      ru: {
        name: "Программа Фулбрайта",
        description:
          "Главная программа международных обменов правительства США: магистратура и исследования в США для азербайджанских студентов и учёных, а также приезд американских преподавателей и исследователей в университет. Отдел международных связей помогает кандидатам.",
      },
    },
    funder: "U.S. Department of State",
    kind: "SCHOLARSHIP",
    directions: ["OUTGOING", "INCOMING"],
    audiences: ["MASTER", "PHD", "STAFF"],
    active: true,
    mentionedIn: ["002", "003"],
  },
  {
    code: "UGRAD",
    name: "Global Undergraduate Exchange Program (Global UGRAD)",
    description:
      "One semester of non-degree undergraduate study at a U.S. college or university, with community service and professional development, fully funded. The office supports applicants.",
    translations: {
      az: {
        name: "Qlobal bakalavr mübadilə proqramı (Global UGRAD)",
        description:
          "ABŞ-ın kollec və ya universitetində dərəcə verilmədən bir semestr bakalavr təhsili, ictimai xidmət və peşəkar inkişaf proqramı ilə birlikdə; bütün xərclər ödənilir. Beynəlxalq əlaqələr ofisi namizədlərə kömək edir.",
      },
      ru: {
        name: "Глобальная программа обмена для студентов бакалавриата (Global UGRAD)",
        description:
          "Один семестр обучения без получения степени в колледже или университете США, с общественной работой и профессиональным развитием; все расходы оплачиваются. Отдел международных связей помогает кандидатам.",
      },
    },
    funder: "U.S. Department of State",
    kind: "SCHOLARSHIP",
    directions: ["OUTGOING"],
    audiences: ["BACHELOR"],
    active: true,
    mentionedIn: ["002"],
  },
  {
    code: "CHEVENING",
    name: "Chevening Scholarships",
    description:
      "The UK government's international scholarship program: fully funded one-year master's degrees at UK universities for future leaders with work experience. The office supports applicants.",
    translations: {
      az: {
        name: "Chevening təqaüdləri",
        description:
          "Böyük Britaniya hökumətinin beynəlxalq təqaüd proqramı: iş təcrübəsi olan gələcək liderlər üçün Böyük Britaniya universitetlərində bütün xərcləri ödənilən birillik magistratura. Beynəlxalq əlaqələr ofisi namizədlərə kömək edir.",
      },
      ru: {
        name: "Стипендии Chevening",
        description:
          "Международная стипендиальная программа правительства Великобритании: полностью оплачиваемая годичная магистратура в британских университетах для будущих лидеров с опытом работы. Отдел международных связей помогает кандидатам.",
      },
    },
    funder: "UK Foreign, Commonwealth and Development Office",
    kind: "SCHOLARSHIP",
    directions: ["OUTGOING"],
    audiences: ["MASTER"],
    active: true,
    mentionedIn: ["002"],
  },
  {
    code: "DAAD",
    name: "DAAD scholarships and programs",
    description:
      "Scholarships of the German Academic Exchange Service for study and research in Germany, and funding for group programs such as summer schools; lecturers and students of a finance department won a DAAD summer school project in Germany.",
    translations: {
      az: {
        name: "DAAD təqaüdləri və proqramları",
        description:
          "Almaniya Akademik Mübadilə Xidmətinin (DAAD) Almaniyada təhsil və tədqiqat üçün təqaüdləri, həmçinin yay məktəbləri kimi qrup proqramlarının maliyyələşdirilməsi. Maliyyə kafedrasının müəllim və tələbələri Almaniyada DAAD yay məktəbi layihəsi qazanıb.",
      },
      ru: {
        name: "Стипендии и программы DAAD",
        description:
          "Стипендии Германской службы академических обменов (DAAD) для учёбы и исследований в Германии, а также финансирование групповых программ, например летних школ. Преподаватели и студенты кафедры финансов выиграли проект летней школы DAAD в Германии.",
      },
    },
    funder: "DAAD – German Academic Exchange Service",
    kind: "SCHOLARSHIP",
    directions: ["OUTGOING"],
    audiences: ["BACHELOR", "MASTER", "PHD", "STAFF"],
    active: true,
    mentionedIn: ["002", "003"],
  },
  {
    code: "CLS",
    name: "Critical Language Scholarship (CLS)",
    description:
      "Intensive summer language institutes abroad for U.S. undergraduate and graduate students. Since 2009 the university has hosted CLS scholars studying Azerbaijani and Turkish language and culture.",
    translations: {
      az: {
        name: "Kritik dillər təqaüdü (CLS)",
        description:
          "ABŞ-ın bakalavr və magistr tələbələri üçün xaricdə intensiv yay dil institutları. Universitet 2009-cu ildən Azərbaycan və türk dillərini və mədəniyyətini öyrənən CLS təqaüdçülərini qəbul edir.",
      },
      ru: {
        name: "Стипендия по критически важным языкам (CLS)",
        description:
          "Интенсивные летние языковые институты за рубежом для американских студентов бакалавриата и магистратуры. С 2009 года университет принимает стипендиатов CLS, изучающих азербайджанский и турецкий языки и культуру.",
      },
    },
    funder: "U.S. Department of State",
    kind: "SCHOLARSHIP",
    directions: ["INCOMING"],
    audiences: ["BACHELOR", "MASTER", "PHD"],
    active: true,
    mentionedIn: ["000"],
  },
  {
    code: "FLAGSHIP",
    name: "The Language Flagship",
    description:
      "U.S. program that brings American students to professional-level proficiency in critical languages, ending with an overseas capstone year. The university has hosted Flagship students studying Turkish language and culture.",
    translations: {
      az: {
        name: "The Language Flagship proqramı",
        description:
          "Amerikalı tələbələrə kritik dillərə peşəkar səviyyədə yiyələnməyə imkan verən və xaricdə yekun təhsil ili ilə başa çatan ABŞ proqramı. Universitet türk dili və mədəniyyətini öyrənən Flagship tələbələrini qəbul edib.",
      },
      ru: {
        name: "Программа The Language Flagship",
        description:
          "Программа США, которая доводит американских студентов до профессионального владения критически важными языками и завершается итоговым годом обучения за рубежом. Университет принимал студентов Flagship, изучающих турецкий язык и культуру.",
      },
    },
    funder: "U.S. National Security Education Program",
    kind: "SCHOLARSHIP",
    directions: ["INCOMING"],
    audiences: ["BACHELOR"],
    active: true,
    mentionedIn: ["000"],
  },
  {
    code: "NORWAY_GOV",
    name: "Norwegian Government master's scholarships",
    description: "Scholarships of the Norwegian Government for master's students of the university to study in Norway.",
    translations: {
      az: {
        name: "Norveç hökumətinin magistratura təqaüdləri",
        description:
          "Universitetin magistrantlarına Norveçdə təhsil almaq üçün Norveç hökumətinin verdiyi təqaüdlər.",
      },
      ru: {
        name: "Магистерские стипендии правительства Норвегии",
        description:
          "Стипендии правительства Норвегии для магистрантов университета на обучение в Норвегии.",
      },
    },
    funder: "Norwegian Government",
    kind: "SCHOLARSHIP",
    directions: ["OUTGOING"],
    audiences: ["MASTER"],
    active: true,
    mentionedIn: ["003"],
  },
] as const satisfies readonly ProgramSeed[];

export type ProgramCode = (typeof PROGRAMS)[number]["code"];
