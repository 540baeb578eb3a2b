/**
 * Demo institution: Khazar University (Baku, Azerbaijan), whose partner tables are
 * in shared/seeds/003_40a57afdac0548db.txt.
 *
 * From the seeds: name, city, postcode AZ1096, the general-enquiries phone number and
 * the Downtown Campus. The "about" texts are distilled from the office pages of the
 * other Azerbaijani universities (000_, 001_, 004_) and rewritten for Khazar.
 *
 * The Azerbaijani and Russian texts (`translations`, decision 010) are written for the demo: the
 * seed pages are in English only. Names are as each language writes them: "Xəzər Universiteti",
 * "Университет Хазар", "Məhsəti küçəsi", "ул. Мехсети".
 *
 * DEMO VALUES, not facts about the real university: the Erasmus code, every person
 * (office head, contacts) and every e-mail address and extension below. Seeded
 * e-mail addresses use the real domain so that sign-in by domain can be demonstrated;
 * never send mail to them from a demo.
 */

/** A text in the languages other than English, as the `translations` column stores it. */
export type OtherLanguages<T> = { readonly az: T; readonly ru: T };

export interface InstitutionUnitSeed {
  /** Short stable code, unique within the institution */
  readonly code: string;
  readonly name: string;
  readonly translations: OtherLanguages<{ readonly name: string }>;
}

export interface InstitutionContactSeed {
  readonly name: string;
  readonly position: string;
  readonly translations: OtherLanguages<{ readonly position: string }>;
  readonly email: string;
  readonly phone: string;
  /** What to contact this person about; shown on the public contacts page */
  readonly responsibilities?: readonly string[];
}

export interface InstitutionSeed {
  readonly name: string;
  readonly shortName: string;
  /** Demo value: not Khazar University's real Erasmus code */
  readonly erasmusCode: string;
  readonly erasmusCodeIsDemo: true;
  readonly website: string;
  readonly address: {
    readonly street: string;
    readonly city: string;
    readonly postalCode: string;
    readonly countryCode: string;
  };
  readonly email: string;
  readonly phone: string;
  readonly officeName: string;
  readonly officeHead: { readonly name: string; readonly title: string; readonly email: string };
  /** Users with an e-mail address in this domain are treated as members of the institution */
  readonly emailDomain: string;
  readonly about: {
    readonly summary: string;
    readonly mission: string;
    readonly objectives: readonly string[];
    readonly functions: readonly string[];
    readonly tasks: readonly string[];
  };
  readonly units: readonly InstitutionUnitSeed[];
  readonly contacts: readonly InstitutionContactSeed[];
  /** Name, short name, address, the head's title and the about texts (lists item for item) in Azerbaijani and Russian */
  readonly translations: OtherLanguages<InstitutionTextsSeed>;
}

export interface InstitutionTextsSeed {
  readonly name: string;
  readonly shortName: string;
  readonly address: string;
  readonly officeHeadTitle: string;
  readonly mission: string;
  readonly objectives: readonly string[];
  readonly functions: readonly string[];
  readonly tasks: readonly string[];
}

export const INSTITUTION = {
  name: "Khazar University",
  shortName: "KU",
  erasmusCode: "AZ BAKU03",
  erasmusCodeIsDemo: true,
  website: "https://www.khazar.org",
  address: {
    // Street as on the university's own pages; only "Baku, Azerbaijan AZ1096" is in the seed.
    street: "41 Mahsati Street",
    city: "Baku",
    postalCode: "AZ1096",
    countryCode: "AZ",
  },
  email: "international@khazar.org",
  phone: "+994 12 421 79 16",
  officeName: "International Relations Office",
  officeHead: {
    name: "Dr. Leyla Hasanova",
    title: "Director of the International Relations Office",
    email: "l.hasanova@khazar.org",
  },
  emailDomain: "khazar.org",
  about: {
    summary:
      "Since its foundation, building international affiliations has been one of the major goals of Khazar University, which sees international networking as a leading tool for its development. The International Relations Office plans, manages and develops the University's international cooperation: partnerships with universities, research institutes, international organizations, foundations and companies; student, staff and researcher mobility; international projects; and the reception of foreign guests and delegations.",
    mission:
      "To develop and coordinate Khazar University's international relations so that the University is actively engaged in the global academic community and holds a strong position in the international arena: opening academic and administrative mobility to students and staff, taking part in international programs and projects as a leader and as a partner, and bringing teaching, research and management in line with international standards.",
    objectives: [
      "Increase the number and the use of international mobility programs for students and staff (Erasmus+ KA171, Mevlana, Orkhon, bilateral exchange and others).",
      "Expand the portfolio of joint, double and dual degree programs with foreign universities.",
      "Expand cooperation with foreign universities and international organizations in order to bring modern international practice to the University.",
      "Meet partner organizations regularly and host webinars to increase the number of international educational programs and research grant projects.",
      "Achieve better results in international university rankings (THE, QS and others) and strengthen the University's reputation locally, regionally and internationally.",
      "Implement the internationalization strategy through a yearly action plan with measurable targets.",
    ],
    functions: [
      "Formulate international strategies aligned with the University's global objectives and devise operational plans to implement them.",
      "Initiate, prepare, negotiate and evaluate cooperation agreements with foreign universities and organizations, and check their alignment with the University's objectives.",
      "Maintain relations with international partners, foreign diplomatic missions and international and local organizations operating in Azerbaijan.",
      "Administer and promote student, staff and researcher mobility through exchange programs and bilateral agreements.",
      "Develop and manage international opportunities for students, master's students and PhD candidates.",
      "Organize joint research, international conferences, seminars, summer schools, cultural events and other activities within international cooperation.",
      "Plan, coordinate and manage international projects, and advise faculties and departments on taking part in them.",
      "Represent the University abroad, following diplomatic protocol.",
      "Involve faculty members in international cooperation and foreign faculty in the University's teaching.",
      "Coordinate visa and travel procedures for staff, guests and collaborators.",
      "Manage relations with foreign media and the University's international communication.",
    ],
    tasks: [
      "Prepare and oversee the signing and implementation of cooperation agreements, and keep a record of them.",
      "Develop joint and dual degree programs together with the faculties.",
      "Collect information on international programs, grants, participation conditions and deadlines, and share it with students, staff and departments.",
      "Organize information sessions and trainings that help departments and faculties apply for foreign grants, and answer the questions of staff who apply.",
      "Support the implementation of projects once international grants are awarded, and keep a database of implemented projects.",
      "Search for foreign partners for future projects and prepare the agreements with them.",
      "Organize student and staff exchanges, including staff internships at foreign universities.",
      "Organize presentations by international organizations on study, internship and employment opportunities abroad.",
      "Receive foreign representatives: set the arrival and stay periods of experts, delegations, students and interns, prepare invitation letters, arrange accommodation and cultural programs.",
      "Represent the University in international accreditations and ranking systems.",
      "Prepare quarterly and annual reports on the office's activities.",
    ],
  },
  translations: {
    az: {
      name: "Xəzər Universiteti",
      shortName: "Xəzər",
      address: "Məhsəti küçəsi 41, Bakı AZ1096, Azərbaycan",
      officeHeadTitle: "Beynəlxalq Əlaqələr Ofisinin direktoru",
      mission:
        "Xəzər Universitetinin beynəlxalq əlaqələrini elə inkişaf etdirmək və əlaqələndirmək ki, Universitet qlobal akademik birliyin fəal üzvü olsun və beynəlxalq arenada möhkəm mövqe tutsun: tələbə və əməkdaşlar üçün akademik və inzibati mobillik imkanları açmaq, beynəlxalq proqram və layihələrdə həm lider, həm də tərəfdaş kimi iştirak etmək, tədrisi, elmi tədqiqatları və idarəetməni beynəlxalq standartlara uyğunlaşdırmaq.",
      objectives: [
        "Tələbə və əməkdaşlar üçün beynəlxalq mobillik proqramlarının (Erasmus+ KA171, Mevlana, Orxon, ikitərəfli mübadilə və s.) sayını artırmaq və onlardan daha geniş istifadə etmək.",
        "Xarici universitetlərlə birgə və ikili diplom proqramlarının sayını artırmaq.",
        "Müasir beynəlxalq təcrübəni Universitetə gətirmək üçün xarici universitetlər və beynəlxalq təşkilatlarla əməkdaşlığı genişləndirmək.",
        "Beynəlxalq təhsil proqramlarının və elmi-tədqiqat qrant layihələrinin sayını artırmaq üçün tərəfdaş təşkilatlarla müntəzəm görüşlər və vebinarlar keçirmək.",
        "Beynəlxalq universitet reytinqlərində (THE, QS və s.) daha yüksək nəticələr əldə etmək, Universitetin ölkədə, regionda və dünyada nüfuzunu möhkəmləndirmək.",
        "Beynəlmiləlləşmə strategiyasını ölçülə bilən hədəfləri olan illik fəaliyyət planı ilə həyata keçirmək.",
      ],
      functions: [
        "Universitetin qlobal məqsədlərinə uyğun beynəlxalq strategiyaların və onların həyata keçirilməsi üçün əməliyyat planlarının hazırlanması.",
        "Xarici universitet və təşkilatlarla əməkdaşlıq sazişlərinin təşəbbüsü, hazırlanması, razılaşdırılması və qiymətləndirilməsi, onların Universitetin məqsədlərinə uyğunluğunun yoxlanılması.",
        "Beynəlxalq tərəfdaşlar, xarici diplomatik nümayəndəliklər, Azərbaycanda fəaliyyət göstərən beynəlxalq və yerli təşkilatlarla əlaqələrin saxlanılması.",
        "Mübadilə proqramları və ikitərəfli sazişlər çərçivəsində tələbə, əməkdaş və tədqiqatçı mobilliyinin idarə olunması və təşviqi.",
        "Tələbələr, magistrantlar və doktorantlar üçün beynəlxalq imkanların yaradılması və idarə olunması.",
        "Beynəlxalq əməkdaşlıq çərçivəsində birgə tədqiqatların, beynəlxalq konfransların, seminarların, yay məktəblərinin, mədəni tədbirlərin və digər fəaliyyətlərin təşkili.",
        "Beynəlxalq layihələrin planlaşdırılması, əlaqələndirilməsi və idarə olunması, fakültə və kafedralara bu layihələrdə iştirakla bağlı məsləhətlər verilməsi.",
        "Diplomatik protokola riayət etməklə Universitetin xaricdə təmsil olunması.",
        "Professor-müəllim heyətinin beynəlxalq əməkdaşlığa, xarici müəllimlərin isə Universitetdə tədrisə cəlb edilməsi.",
        "Əməkdaşlar, qonaqlar və tərəfdaşlar üçün viza və səfər prosedurlarının əlaqələndirilməsi.",
        "Xarici media ilə əlaqələrin və Universitetin beynəlxalq kommunikasiyasının idarə olunması.",
      ],
      tasks: [
        "Əməkdaşlıq sazişlərinin hazırlanması, imzalanmasına və icrasına nəzarət, onların uçotunun aparılması.",
        "Fakültələrlə birlikdə birgə və ikili diplom proqramlarının hazırlanması.",
        "Beynəlxalq proqramlar, qrantlar, iştirak şərtləri və son müraciət tarixləri barədə məlumatların toplanması və tələbələrə, əməkdaşlara və struktur bölmələrə çatdırılması.",
        "Kafedra və fakültələrin xarici qrantlara müraciət etməsinə kömək edən məlumat sessiyalarının və təlimlərin təşkili, müraciət edən əməkdaşların suallarının cavablandırılması.",
        "Beynəlxalq qrant qazanıldıqdan sonra layihələrin icrasına dəstək verilməsi, həyata keçirilmiş layihələrin məlumat bazasının aparılması.",
        "Gələcək layihələr üçün xarici tərəfdaşların axtarılması və onlarla sazişlərin hazırlanması.",
        "Tələbə və əməkdaş mübadiləsinin, o cümlədən əməkdaşların xarici universitetlərdə təcrübə keçməsinin təşkili.",
        "Beynəlxalq təşkilatların xaricdə təhsil, təcrübə və iş imkanlarına dair təqdimatlarının təşkili.",
        "Xarici nümayəndələrin qəbulu: ekspertlərin, nümayəndə heyətlərinin, tələbələrin və təcrübəçilərin gəliş və qalma müddətlərinin müəyyənləşdirilməsi, dəvət məktublarının hazırlanması, yerləşmənin və mədəni proqramın təşkili.",
        "Beynəlxalq akkreditasiyalarda və reytinq sistemlərində Universitetin təmsil olunması.",
        "Ofisin fəaliyyəti barədə rüblük və illik hesabatların hazırlanması.",
      ],
    },
    ru: {
      name: "Университет Хазар",
      shortName: "Хазар",
      address: "ул. Мехсети, 41, Баку AZ1096, Азербайджан",
      officeHeadTitle: "Начальник отдела международных связей",
      mission:
        "Развивать и координировать международные связи Университета Хазар, чтобы университет активно участвовал в жизни мирового академического сообщества и занимал прочные позиции на международной арене: открывать студентам и сотрудникам возможности академической и административной мобильности, участвовать в международных программах и проектах как в качестве лидера, так и в качестве партнёра, приводить преподавание, исследования и управление в соответствие с международными стандартами.",
      objectives: [
        "Увеличить число международных программ мобильности для студентов и сотрудников (Erasmus+ KA171, «Мевлана», «Орхон», двусторонний обмен и другие) и шире их использовать.",
        "Расширить перечень совместных программ и программ двойного диплома с зарубежными университетами.",
        "Расширять сотрудничество с зарубежными университетами и международными организациями, чтобы внедрять в университете современную международную практику.",
        "Регулярно встречаться с партнёрскими организациями и проводить вебинары, чтобы увеличить число международных образовательных программ и исследовательских грантовых проектов.",
        "Добиться более высоких позиций в международных рейтингах университетов (THE, QS и других) и укрепить репутацию университета в стране, регионе и мире.",
        "Реализовывать стратегию интернационализации через ежегодный план действий с измеримыми целевыми показателями.",
      ],
      functions: [
        "Разработка международных стратегий в соответствии с глобальными целями университета и оперативных планов их реализации.",
        "Инициирование, подготовка, согласование и оценка соглашений о сотрудничестве с зарубежными университетами и организациями, проверка их соответствия целям университета.",
        "Поддержание связей с международными партнёрами, иностранными дипломатическими представительствами, международными и местными организациями, работающими в Азербайджане.",
        "Организация и продвижение мобильности студентов, сотрудников и исследователей по программам обмена и двусторонним соглашениям.",
        "Создание и сопровождение международных возможностей для студентов, магистрантов и докторантов.",
        "Организация совместных исследований, международных конференций, семинаров, летних школ, культурных мероприятий и другой деятельности в рамках международного сотрудничества.",
        "Планирование, координация и управление международными проектами, консультирование факультетов и кафедр по участию в них.",
        "Представление университета за рубежом с соблюдением дипломатического протокола.",
        "Вовлечение преподавателей в международное сотрудничество, а иностранных преподавателей — в учебный процесс университета.",
        "Координация визовых процедур и поездок сотрудников, гостей и партнёров.",
        "Работа с зарубежными СМИ и управление международными коммуникациями университета.",
      ],
      tasks: [
        "Подготовка соглашений о сотрудничестве, контроль за их подписанием и выполнением, ведение их учёта.",
        "Разработка вместе с факультетами совместных программ и программ двойного диплома.",
        "Сбор информации о международных программах, грантах, условиях участия и сроках подачи заявок и её доведение до студентов, сотрудников и подразделений.",
        "Проведение информационных встреч и тренингов, которые помогают кафедрам и факультетам подавать заявки на зарубежные гранты, консультирование сотрудников, подающих заявки.",
        "Сопровождение реализации проектов после получения международных грантов, ведение базы данных реализованных проектов.",
        "Поиск зарубежных партнёров для будущих проектов и подготовка соглашений с ними.",
        "Организация обменов студентами и сотрудниками, в том числе стажировок сотрудников в зарубежных университетах.",
        "Организация презентаций международных организаций о возможностях обучения, стажировок и трудоустройства за рубежом.",
        "Приём иностранных представителей: согласование сроков приезда и пребывания экспертов, делегаций, студентов и стажёров, подготовка писем-приглашений, организация проживания и культурной программы.",
        "Представление университета в международных аккредитациях и рейтинговых системах.",
        "Подготовка ежеквартальных и годовых отчётов о деятельности отдела.",
      ],
    },
  },
  units: [
    { code: "SHSS", name: "School of Humanities and Social Sciences", translations: { az: { name: "Humanitar və Sosial Elmlər Məktəbi" }, ru: { name: "Школа гуманитарных и социальных наук" } } },
    { code: "SEM", name: "School of Economics and Management", translations: { az: { name: "İqtisadiyyat və Menecment Məktəbi" }, ru: { name: "Школа экономики и менеджмента" } } },
    { code: "SEAS", name: "School of Engineering and Applied Science", translations: { az: { name: "Mühəndislik və Tətbiqi Elmlər Məktəbi" }, ru: { name: "Школа инженерии и прикладных наук" } } },
    { code: "SEDU", name: "School of Education", translations: { az: { name: "Təhsil Məktəbi" }, ru: { name: "Школа образования" } } },
    { code: "SLAW", name: "School of Law", translations: { az: { name: "Hüquq Məktəbi" }, ru: { name: "Школа права" } } },
    { code: "SMED", name: "School of Medicine", translations: { az: { name: "Tibb Məktəbi" }, ru: { name: "Медицинская школа" } } },
    { code: "SDENT", name: "School of Dentistry", translations: { az: { name: "Stomatologiya Məktəbi" }, ru: { name: "Школа стоматологии" } } },
    { code: "PETRO", name: "Department of Petroleum Engineering", translations: { az: { name: "Neft Mühəndisliyi Departamenti" }, ru: { name: "Кафедра нефтяной инженерии" } } },
    { code: "ELL", name: "Department of English Language and Literature", translations: { az: { name: "İngilis Dili və Ədəbiyyatı Departamenti" }, ru: { name: "Кафедра английского языка и литературы" } } },
    { code: "GSSAT", name: "Graduate School of Science, Arts and Technology", translations: { az: { name: "Elm, İncəsənət və Texnologiya üzrə Magistratura Məktəbi" }, ru: { name: "Высшая школа науки, искусства и технологий" } } },
    { code: "LIB", name: "Library and Information Center", translations: { az: { name: "Kitabxana-İnformasiya Mərkəzi" }, ru: { name: "Библиотечно-информационный центр" } } },
  ],
  contacts: [
    {
      name: "Dr. Leyla Hasanova",
      position: "Director of the International Relations Office",
      translations: { az: { position: "Beynəlxalq Əlaqələr Ofisinin direktoru" }, ru: { position: "Начальник отдела международных связей" } },
      email: "l.hasanova@khazar.org",
      phone: "+994 12 421 79 16 (ext. 201)",
      responsibilities: ["Partnerships and agreements", "Delegations and official visits"],
    },
    {
      name: "Rashad Aliyev",
      position: "Erasmus+ Institutional Coordinator",
      translations: { az: { position: "Erasmus+ üzrə institusional koordinator" }, ru: { position: "Институциональный координатор Erasmus+" } },
      email: "r.aliyev@khazar.org",
      phone: "+994 12 421 79 16 (ext. 202)",
      responsibilities: ["Erasmus+ KA171 agreements and mobility", "Learning agreements and recognition"],
    },
    {
      name: "Nigar Mammadova",
      position: "Outgoing Mobility Officer",
      translations: { az: { position: "Xaricə mobillik üzrə mütəxəssis" }, ru: { position: "Специалист по исходящей мобильности" } },
      email: "n.mammadova@khazar.org",
      phone: "+994 12 421 79 16 (ext. 203)",
      responsibilities: ["Exchange calls and applications", "Mevlana, Orkhon and bilateral exchange"],
    },
    {
      name: "Elvin Guliyev",
      position: "International Students and Scholars Officer",
      translations: { az: { position: "Əcnəbi tələbələr və alimlər üzrə mütəxəssis" }, ru: { position: "Специалист по работе с иностранными студентами и учёными" } },
      email: "e.guliyev@khazar.org",
      phone: "+994 12 421 79 16 (ext. 204)",
      responsibilities: ["Incoming students and visiting scholars", "Visas, invitation letters and accommodation"],
    },
    {
      name: "Aysel Karimova",
      position: "International Projects Officer",
      translations: { az: { position: "Beynəlxalq layihələr üzrə mütəxəssis" }, ru: { position: "Специалист по международным проектам" } },
      email: "a.karimova@khazar.org",
      phone: "+994 12 421 79 16 (ext. 205)",
      responsibilities: ["Erasmus+ capacity building and research projects", "Grant calls and deadlines"],
    },
  ],
} as const satisfies InstitutionSeed;
