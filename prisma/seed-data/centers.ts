/**
 * Cultural, language and resource centers: the seventeen listed in
 * shared/seeds/000_4099568b3923b65a.txt (Azerbaijan University of Languages), used as the
 * demo institution's centers.
 *
 * From the seed: the names and the organizations the page names (the Goethe-Institut for
 * the German Reading Hall, OeAD, the Confucius Institute, the embassies of France, the US,
 * Indonesia, Norway, China, India and Austria, TOEFL for the iBT test center). Organizations
 * marked "inferred" are not in the seed. Descriptions are expanded moderately from the
 * seed. DEMO VALUES: locations, rooms, opening hours, e-mail addresses and phone
 * extensions. No center has a website in the seed.
 *
 * The plain texts are English, the demo institution's default language; `translations` gives
 * each center's name, description, location and opening hours in Azerbaijani and Russian
 * (decision 010). Names of organizations and programs keep their usual form in each language
 * (Höte İnstitutu / Гёте-Институт; Fulbright, TOEFL, HSK and OeAD untranslated).
 *
 * `partnerName`, when present, is the exact name of a partner in ./partners.ts.
 */

/** The texts of a center that are written in each language (a type, not an interface, so it is a JSON object to Prisma). */
export type CenterTexts = {
  readonly name: string;
  readonly description: string;
  readonly location: string;
  readonly openingHours: string;
};

/** A center: its English texts, the same texts in Azerbaijani and Russian, and what every language shares. */
export interface CenterSeed extends CenterTexts {
  /** Short stable code, unique */
  readonly code: string;
  /** The embassy or organization behind the center, as displayed */
  readonly organization: string;
  readonly partnerName?: string;
  readonly website?: string;
  readonly email: string;
  readonly phone?: string;
  readonly translations: { readonly az: CenterTexts; readonly ru: CenterTexts };
}

/** Opening hours shared by several centers, in the three languages. */
const HOURS = {
  weekdays9to18: { en: "Monday–Friday, 09:00–18:00", az: "Bazar ertəsi–cümə, 09:00–18:00", ru: "Понедельник–пятница, 09:00–18:00" },
  weekdays10to16: { en: "Monday–Friday, 10:00–16:00", az: "Bazar ertəsi–cümə, 10:00–16:00", ru: "Понедельник–пятница, 10:00–16:00" },
  weekdays10to17: { en: "Monday–Friday, 10:00–17:00", az: "Bazar ertəsi–cümə, 10:00–17:00", ru: "Понедельник–пятница, 10:00–17:00" },
  weekdays10to18: { en: "Monday–Friday, 10:00–18:00", az: "Bazar ertəsi–cümə, 10:00–18:00", ru: "Понедельник–пятница, 10:00–18:00" },
  monSat9to18: { en: "Monday–Saturday, 09:00–18:00", az: "Bazar ertəsi–şənbə, 09:00–18:00", ru: "Понедельник–суббота, 09:00–18:00" },
  monSat9to20: { en: "Monday–Saturday, 09:00–20:00", az: "Bazar ertəsi–şənbə, 09:00–20:00", ru: "Понедельник–суббота, 09:00–20:00" },
  testDays: {
    en: "Test days as scheduled; registration desk Monday–Friday, 10:00–16:00",
    az: "Test günləri cədvələ uyğun; qeydiyyat: bazar ertəsi–cümə, 10:00–16:00",
    ru: "Тестирование — по расписанию; регистрация: понедельник–пятница, 10:00–16:00",
  },
} as const;

export const CENTERS = [
  {
    code: "american-center",
    name: "American Center",
    organization: "Embassy of the United States of America in Azerbaijan",
    partnerName: "Embassy of the United States of America in Azerbaijan",
    description:
      "An information and resource center established on the initiative of the U.S. Embassy. It offers books, periodicals and online databases on the United States, English-language learning materials, and information sessions on study in the U.S. and on exchange programs such as Fulbright, UGRAD and the Critical Language Scholarship.",
    location: "Main Building, 2nd floor, Room 210",
    openingHours: HOURS.weekdays9to18.en,
    email: "american.center@khazar.org",
    phone: "+994 12 421 79 16 (ext. 310)",
    translations: {
      az: {
        name: "Amerika Mərkəzi",
        description:
          "ABŞ səfirliyinin təşəbbüsü ilə yaradılmış informasiya və resurs mərkəzi. Burada Amerika Birləşmiş Ştatları haqqında kitablar, dövri nəşrlər və onlayn məlumat bazaları, ingilis dilini öyrənmək üçün materiallar var; ABŞ-da təhsil, eləcə də Fulbright, UGRAD və Critical Language Scholarship kimi mübadilə proqramları barədə məlumat sessiyaları keçirilir.",
        location: "Baş bina, 2-ci mərtəbə, 210 nömrəli otaq",
        openingHours: HOURS.weekdays9to18.az,
      },
      ru: {
        name: "Американский центр",
        description:
          "Информационно-ресурсный центр, созданный по инициативе Посольства США. Здесь есть книги, периодические издания и онлайн-базы данных о Соединённых Штатах, материалы для изучения английского языка; проводятся информационные встречи об учёбе в США и о программах обмена, таких как Fulbright, UGRAD и Critical Language Scholarship.",
        location: "Главный корпус, 2-й этаж, кабинет 210",
        openingHours: HOURS.weekdays9to18.ru,
      },
    },
  },
  {
    code: "german-reading-hall",
    name: "German Reading Hall",
    organization: "Goethe-Institut",
    partnerName: "Goethe-Institut",
    description:
      "A reading room under the auspices of the Goethe-Institut, with German-language books, newspapers, magazines and audio-visual media. It supports learners of German and informs students about studying in Germany and about German language examinations.",
    location: "Library Building, 1st floor, Room 105",
    openingHours: HOURS.weekdays10to17.en,
    email: "german.reading@khazar.org",
    translations: {
      az: {
        name: "Alman Oxu Zalı",
        description:
          "Höte İnstitutunun himayəsi altında fəaliyyət göstərən oxu zalı: alman dilində kitablar, qəzetlər, jurnallar və audiovizual materiallar. Zal alman dilini öyrənənlərə dəstək olur, tələbələri Almaniyada təhsil və alman dili imtahanları barədə məlumatlandırır.",
        location: "Kitabxana binası, 1-ci mərtəbə, 105 nömrəli otaq",
        openingHours: HOURS.weekdays10to17.az,
      },
      ru: {
        name: "Немецкий читальный зал",
        description:
          "Читальный зал под эгидой Гёте-Института: книги, газеты, журналы и аудиовизуальные материалы на немецком языке. Зал помогает изучающим немецкий язык и рассказывает студентам об учёбе в Германии и об экзаменах по немецкому языку.",
        location: "Здание библиотеки, 1-й этаж, кабинет 105",
        openingHours: HOURS.weekdays10to17.ru,
      },
    },
  },
  {
    code: "austrian-library",
    name: "Austrian Library",
    organization: "Embassy of Austria in Azerbaijan",
    partnerName: "Embassy of Austria in Azerbaijan",
    description:
      "One of the Austrian libraries abroad: literature on Austrian history, culture, society and language, and German-language books by Austrian authors, open to students, researchers and the public.",
    location: "Library Building, 1st floor, Room 107",
    openingHours: HOURS.weekdays10to17.en,
    email: "austrian.library@khazar.org",
    translations: {
      az: {
        name: "Avstriya Kitabxanası",
        description:
          "Xaricdəki Avstriya kitabxanalarından biri: Avstriyanın tarixi, mədəniyyəti, cəmiyyəti və dili haqqında ədəbiyyat, avstriyalı müəlliflərin alman dilində kitabları. Kitabxana tələbələr, tədqiqatçılar və bütün maraqlananlar üçün açıqdır.",
        location: "Kitabxana binası, 1-ci mərtəbə, 107 nömrəli otaq",
        openingHours: HOURS.weekdays10to17.az,
      },
      ru: {
        name: "Австрийская библиотека",
        description:
          "Одна из австрийских библиотек за рубежом: литература по истории, культуре, обществу и языку Австрии, книги австрийских авторов на немецком языке. Библиотека открыта для студентов, исследователей и всех желающих.",
        location: "Здание библиотеки, 1-й этаж, кабинет 107",
        openingHours: HOURS.weekdays10to17.ru,
      },
    },
  },
  {
    code: "george-sand-media-library",
    name: "George Sand Media Library – French Information Centre",
    organization: "Embassy of France in Azerbaijan",
    partnerName: "Embassy of France in Azerbaijan",
    description:
      "A media library named after George Sand, established with the Embassy of France: French books, press, films and music, French-language learning resources, and information on studying in France and on francophone cultural events.",
    location: "Main Building, 3rd floor, Room 312",
    openingHours: HOURS.weekdays9to18.en,
    email: "french.centre@khazar.org",
    translations: {
      az: {
        name: "Jorj Sand adına Mediateka – Fransız İnformasiya Mərkəzi",
        description:
          "Fransa səfirliyi ilə birgə yaradılmış, Jorj Sandın adını daşıyan mediateka: fransız dilində kitablar, mətbuat, filmlər və musiqi, fransız dilini öyrənmək üçün resurslar, Fransada təhsil və frankofon mədəniyyət tədbirləri haqqında məlumat.",
        location: "Baş bina, 3-cü mərtəbə, 312 nömrəli otaq",
        openingHours: HOURS.weekdays9to18.az,
      },
      ru: {
        name: "Медиатека имени Жорж Санд – Французский информационный центр",
        description:
          "Медиатека имени Жорж Санд, созданная совместно с Посольством Франции: французские книги, пресса, фильмы и музыка, ресурсы для изучения французского языка, информация об учёбе во Франции и о франкоязычных культурных мероприятиях.",
        location: "Главный корпус, 3-й этаж, кабинет 312",
        openingHours: HOURS.weekdays9to18.ru,
      },
    },
  },
  {
    code: "indian-center",
    name: "Indian Center",
    organization: "Embassy of India in Azerbaijan",
    partnerName: "Embassy of India in Azerbaijan",
    description:
      "A cultural and information center established with the Embassy of India: literature on Indian history, languages and culture, film screenings, cultural days, and information on scholarships to study in India.",
    location: "Main Building, 3rd floor, Room 318",
    openingHours: HOURS.weekdays10to16.en,
    email: "indian.center@khazar.org",
    translations: {
      az: {
        name: "Hindistan Mərkəzi",
        description:
          "Hindistan səfirliyi ilə birgə yaradılmış mədəniyyət və informasiya mərkəzi: Hindistanın tarixi, dilləri və mədəniyyəti haqqında ədəbiyyat, film nümayişləri, mədəniyyət günləri, Hindistanda təhsil üçün təqaüdlər barədə məlumat.",
        location: "Baş bina, 3-cü mərtəbə, 318 nömrəli otaq",
        openingHours: HOURS.weekdays10to16.az,
      },
      ru: {
        name: "Индийский центр",
        description:
          "Культурно-информационный центр, созданный совместно с Посольством Индии: литература по истории, языкам и культуре Индии, кинопоказы, дни культуры и информация о стипендиях для учёбы в Индии.",
        location: "Главный корпус, 3-й этаж, кабинет 318",
        openingHours: HOURS.weekdays10to16.ru,
      },
    },
  },
  {
    code: "indonesian-research-center",
    name: "Indonesian Research Center",
    organization: "Embassy of Indonesia in Azerbaijan",
    partnerName: "Embassy of Indonesia in Azerbaijan",
    description:
      "A research and information center established with the Embassy of Indonesia, supporting research on Indonesia and Southeast Asia, Indonesian language classes, and cultural events.",
    location: "Main Building, 3rd floor, Room 320",
    openingHours: HOURS.weekdays10to16.en,
    email: "indonesian.center@khazar.org",
    translations: {
      az: {
        name: "İndoneziya Tədqiqat Mərkəzi",
        description:
          "İndoneziya səfirliyi ilə birgə yaradılmış tədqiqat və informasiya mərkəzi. Mərkəz İndoneziya və Cənub-Şərqi Asiya üzrə tədqiqatları dəstəkləyir, İndoneziya dili dərsləri və mədəniyyət tədbirləri təşkil edir.",
        location: "Baş bina, 3-cü mərtəbə, 320 nömrəli otaq",
        openingHours: HOURS.weekdays10to16.az,
      },
      ru: {
        name: "Индонезийский исследовательский центр",
        description:
          "Научно-информационный центр, созданный совместно с Посольством Индонезии. Центр поддерживает исследования Индонезии и Юго-Восточной Азии, проводит занятия по индонезийскому языку и культурные мероприятия.",
        location: "Главный корпус, 3-й этаж, кабинет 320",
        openingHours: HOURS.weekdays10to16.ru,
      },
    },
  },
  {
    code: "spanish-language-center",
    name: "Spanish Language Center",
    organization: "Embassy of Spain in Azerbaijan", // inferred
    description:
      "Spanish language courses and a collection of Spanish and Latin American literature and teaching materials; information on Spanish language certificates and on study in Spain.",
    location: "Main Building, 4th floor, Room 405",
    openingHours: HOURS.weekdays9to18.en,
    email: "spanish.center@khazar.org",
    translations: {
      az: {
        name: "İspan Dili Mərkəzi",
        description:
          "İspan dili kursları, İspaniya və Latın Amerikası ədəbiyyatı və tədris materialları kolleksiyası; ispan dili sertifikatları və İspaniyada təhsil haqqında məlumat.",
        location: "Baş bina, 4-cü mərtəbə, 405 nömrəli otaq",
        openingHours: HOURS.weekdays9to18.az,
      },
      ru: {
        name: "Центр испанского языка",
        description:
          "Курсы испанского языка, собрание испанской и латиноамериканской литературы и учебных материалов; информация о сертификатах по испанскому языку и об учёбе в Испании.",
        location: "Главный корпус, 4-й этаж, кабинет 405",
        openingHours: HOURS.weekdays9to18.ru,
      },
    },
  },
  {
    code: "israel-middle-east-studies",
    name: "Israel and Middle East Studies Center",
    organization: "Embassy of Israel in Azerbaijan", // inferred
    description:
      "An academic center for the study of Israel and the Middle East: lectures, seminars and conferences, a specialized library collection, and support for students and researchers working on the region.",
    location: "Main Building, 4th floor, Room 410",
    openingHours: HOURS.weekdays10to17.en,
    email: "mideast.center@khazar.org",
    translations: {
      az: {
        name: "İsrail və Yaxın Şərq Tədqiqatları Mərkəzi",
        description:
          "İsrail və Yaxın Şərqin öyrənilməsi üzrə akademik mərkəz: mühazirələr, seminarlar və konfranslar, ixtisaslaşmış kitabxana fondu, regionu araşdıran tələbə və tədqiqatçılara dəstək.",
        location: "Baş bina, 4-cü mərtəbə, 410 nömrəli otaq",
        openingHours: HOURS.weekdays10to17.az,
      },
      ru: {
        name: "Центр изучения Израиля и Ближнего Востока",
        description:
          "Академический центр изучения Израиля и Ближнего Востока: лекции, семинары и конференции, специализированный библиотечный фонд, поддержка студентов и исследователей, занимающихся регионом.",
        location: "Главный корпус, 4-й этаж, кабинет 410",
        openingHours: HOURS.weekdays10to17.ru,
      },
    },
  },
  {
    code: "italian-language-center",
    name: "Italian Language Center",
    organization: "Embassy of Italy in Azerbaijan", // inferred
    description:
      "Italian language courses at several levels, a library of Italian literature and teaching materials, and Italian cultural events and film screenings.",
    location: "Main Building, 4th floor, Room 407",
    openingHours: HOURS.weekdays9to18.en,
    email: "italian.center@khazar.org",
    translations: {
      az: {
        name: "İtalyan Dili Mərkəzi",
        description:
          "Müxtəlif səviyyələrdə italyan dili kursları, italyan ədəbiyyatı və tədris materiallarından ibarət kitabxana, İtaliya mədəniyyətinə həsr olunmuş tədbirlər və film nümayişləri.",
        location: "Baş bina, 4-cü mərtəbə, 407 nömrəli otaq",
        openingHours: HOURS.weekdays9to18.az,
      },
      ru: {
        name: "Центр итальянского языка",
        description:
          "Курсы итальянского языка разных уровней, библиотека итальянской литературы и учебных материалов, итальянские культурные мероприятия и кинопоказы.",
        location: "Главный корпус, 4-й этаж, кабинет 407",
        openingHours: HOURS.weekdays9to18.ru,
      },
    },
  },
  {
    code: "ibt-test-center",
    name: "iBT Test Center",
    organization: "ETS (Educational Testing Service)",
    partnerName: "ETS (Educational Testing Service)",
    description:
      "A certified test center for the TOEFL iBT (internet-based test). The university is also certified to hold the TÖMER (Turkey), AYÖS and OeAD language tests.",
    location: "Downtown Campus, Computer Lab 2",
    openingHours: HOURS.testDays.en,
    email: "testcenter@khazar.org",
    phone: "+994 12 421 79 16 (ext. 330)",
    translations: {
      az: {
        name: "iBT Test Mərkəzi",
        description:
          "TOEFL iBT (internet üzərindən keçirilən test) üzrə sertifikatlı test mərkəzi. Universitet həmçinin TÖMER (Türkiyə), AYÖS və OeAD dil imtahanlarını keçirmək üçün sertifikata malikdir.",
        location: "Şəhər mərkəzi kampusu, 2 nömrəli kompüter laboratoriyası",
        openingHours: HOURS.testDays.az,
      },
      ru: {
        name: "Центр тестирования iBT",
        description:
          "Сертифицированный центр тестирования TOEFL iBT (тест, проводимый через интернет). Университет также сертифицирован для проведения языковых экзаменов TÖMER (Турция), AYÖS и OeAD.",
        location: "Кампус в центре города, компьютерный класс № 2",
        openingHours: HOURS.testDays.ru,
      },
    },
  },
  {
    code: "sabah-resource-center",
    name: "SABAH Groups Resource Center",
    organization: "Ministry of Education of the Republic of Azerbaijan",
    partnerName: "Ministry of Education of the Republic of Azerbaijan",
    description:
      "A resource center for the SABAH groups, the national program for high-achieving students: study space, literature and online resources, and support for the groups' English-taught courses and projects.",
    location: "Main Building, 1st floor, Room 118",
    openingHours: HOURS.weekdays9to18.en,
    email: "sabah.center@khazar.org",
    translations: {
      az: {
        name: "SABAH Qrupları Resurs Mərkəzi",
        description:
          "Yüksək nəticə göstərən tələbələr üçün milli proqram olan SABAH qruplarının resurs mərkəzi: məşğələ üçün yer, ədəbiyyat və onlayn resurslar, qrupların ingilis dilində tədris olunan kurslarına və layihələrinə dəstək.",
        location: "Baş bina, 1-ci mərtəbə, 118 nömrəli otaq",
        openingHours: HOURS.weekdays9to18.az,
      },
      ru: {
        name: "Ресурсный центр групп SABAH",
        description:
          "Ресурсный центр групп SABAH — национальной программы для студентов с высокими академическими результатами: место для занятий, литература и онлайн-ресурсы, поддержка курсов и проектов групп, которые ведутся на английском языке.",
        location: "Главный корпус, 1-й этаж, кабинет 118",
        openingHours: HOURS.weekdays9to18.ru,
      },
    },
  },
  {
    code: "japan-center",
    name: "Japan Center",
    organization: "Japan Foundation", // inferred; the Japan Foundation supports Khazar's Japanese studies collection (003)
    partnerName: "Japan Foundation",
    description:
      "A center for Japanese language and culture: Japanese studies library collection, language classes, cultural events and information on scholarships to study in Japan.",
    location: "Main Building, 3rd floor, Room 315",
    openingHours: HOURS.weekdays10to17.en,
    email: "japan.center@khazar.org",
    translations: {
      az: {
        name: "Yaponiya Mərkəzi",
        description:
          "Yapon dili və mədəniyyəti mərkəzi: yaponşünaslıq üzrə kitabxana kolleksiyası, dil dərsləri, mədəniyyət tədbirləri və Yaponiyada təhsil üçün təqaüdlər haqqında məlumat.",
        location: "Baş bina, 3-cü mərtəbə, 315 nömrəli otaq",
        openingHours: HOURS.weekdays10to17.az,
      },
      ru: {
        name: "Японский центр",
        description:
          "Центр японского языка и культуры: библиотечное собрание по японистике, языковые занятия, культурные мероприятия и информация о стипендиях для учёбы в Японии.",
        location: "Главный корпус, 3-й этаж, кабинет 315",
        openingHours: HOURS.weekdays10to17.ru,
      },
    },
  },
  {
    code: "electronic-resources",
    name: "Electronic Resources Center",
    organization: "University Library",
    description:
      "Access to subscribed electronic journals, e-books and research databases, with workstations and help from librarians in searching and citing sources.",
    location: "Library Building, 2nd floor",
    openingHours: HOURS.monSat9to20.en,
    email: "eresources@khazar.org",
    translations: {
      az: {
        name: "Elektron Resurslar Mərkəzi",
        description:
          "Abunə olunmuş elektron jurnallara, elektron kitablara və elmi məlumat bazalarına çıxış; iş yerləri, mənbələrin axtarışında və onlara istinad edilməsində kitabxanaçıların köməyi.",
        location: "Kitabxana binası, 2-ci mərtəbə",
        openingHours: HOURS.monSat9to20.az,
      },
      ru: {
        name: "Центр электронных ресурсов",
        description:
          "Доступ к электронным журналам, электронным книгам и научным базам данных по подписке; рабочие места и помощь библиотекарей в поиске и цитировании источников.",
        location: "Здание библиотеки, 2-й этаж",
        openingHours: HOURS.monSat9to20.ru,
      },
    },
  },
  {
    code: "baku-austria-center",
    name: "Baku Austria Center",
    organization: "OeAD – Austrian Agency for Education and Internationalisation",
    partnerName: "OeAD – Austrian Agency for Education and Internationalisation",
    description:
      "A branch of OeAD, the Austrian agency for education and internationalisation: information on studying and doing research in Austria, Austrian scholarships and exchange programs, German language courses and examinations.",
    location: "Main Building, 2nd floor, Room 214",
    openingHours: HOURS.weekdays10to17.en,
    email: "austria.center@khazar.org",
    translations: {
      az: {
        name: "Bakı Avstriya Mərkəzi",
        description:
          "Avstriyanın Təhsil və Beynəlmiləlləşmə Agentliyi OeAD-nin bölməsi: Avstriyada təhsil və tədqiqat, Avstriya təqaüdləri və mübadilə proqramları haqqında məlumat, alman dili kursları və imtahanları.",
        location: "Baş bina, 2-ci mərtəbə, 214 nömrəli otaq",
        openingHours: HOURS.weekdays10to17.az,
      },
      ru: {
        name: "Австрийский центр в Баку",
        description:
          "Отделение OeAD — Австрийского агентства по образованию и интернационализации: информация об учёбе и научной работе в Австрии, австрийских стипендиях и программах обмена, курсы и экзамены по немецкому языку.",
        location: "Главный корпус, 2-й этаж, кабинет 214",
        openingHours: HOURS.weekdays10to17.ru,
      },
    },
  },
  {
    code: "confucius-institute",
    name: "Confucius Institute",
    organization: "Confucius Institute, with the support of the Embassy of China",
    partnerName: "Embassy of China in Azerbaijan",
    description:
      "Chinese language courses for students and the public, HSK examinations, Chinese cultural events, and scholarships for study in China.",
    location: "Main Building, 5th floor, Rooms 501–504",
    openingHours: HOURS.monSat9to18.en,
    email: "confucius@khazar.org",
    phone: "+994 12 421 79 16 (ext. 350)",
    translations: {
      az: {
        name: "Konfutsi İnstitutu",
        description:
          "Tələbələr və bütün maraqlananlar üçün Çin dili kursları, HSK imtahanları, Çin mədəniyyəti tədbirləri və Çində təhsil üçün təqaüdlər.",
        location: "Baş bina, 5-ci mərtəbə, 501–504 nömrəli otaqlar",
        openingHours: HOURS.monSat9to18.az,
      },
      ru: {
        name: "Институт Конфуция",
        description:
          "Курсы китайского языка для студентов и всех желающих, экзамены HSK, мероприятия, посвящённые китайской культуре, и стипендии для учёбы в Китае.",
        location: "Главный корпус, 5-й этаж, кабинеты 501–504",
        openingHours: HOURS.monSat9to18.ru,
      },
    },
  },
  {
    code: "language-services",
    name: "Language Services Center",
    organization: "University (own center)",
    description:
      "Translation, interpreting and editing services for the university and external clients, and foreign language courses for students, staff and the public.",
    location: "Downtown Campus, Room 112",
    openingHours: HOURS.weekdays9to18.en,
    email: "language.services@khazar.org",
    translations: {
      az: {
        name: "Dil Xidmətləri Mərkəzi",
        description:
          "Universitet və kənar sifarişçilər üçün yazılı və şifahi tərcümə, redaktə xidmətləri; tələbələr, əməkdaşlar və bütün maraqlananlar üçün xarici dil kursları.",
        location: "Şəhər mərkəzi kampusu, 112 nömrəli otaq",
        openingHours: HOURS.weekdays9to18.az,
      },
      ru: {
        name: "Центр языковых услуг",
        description:
          "Письменный и устный перевод, редактирование текстов для университета и сторонних заказчиков, курсы иностранных языков для студентов, сотрудников и всех желающих.",
        location: "Кампус в центре города, кабинет 112",
        openingHours: HOURS.weekdays9to18.ru,
      },
    },
  },
  {
    code: "academic-writing-reading",
    name: "Academic Writing and Reading Center",
    organization: "University (own center)",
    description:
      "One-to-one consultations and workshops on academic reading and writing in English: essays, theses, research papers and applications for international programs and scholarships.",
    location: "Library Building, 2nd floor, Room 204",
    openingHours: HOURS.weekdays10to18.en,
    email: "writing.center@khazar.org",
    translations: {
      az: {
        name: "Akademik Yazı və Oxu Mərkəzi",
        description:
          "İngilis dilində akademik oxu və yazı üzrə fərdi məsləhətlər və seminarlar: esselər, buraxılış işləri və dissertasiyalar, elmi məqalələr, beynəlxalq proqramlara və təqaüdlərə müraciətlər.",
        location: "Kitabxana binası, 2-ci mərtəbə, 204 nömrəli otaq",
        openingHours: HOURS.weekdays10to18.az,
      },
      ru: {
        name: "Центр академического письма и чтения",
        description:
          "Индивидуальные консультации и практические семинары по академическому чтению и письму на английском языке: эссе, дипломные работы и диссертации, научные статьи, заявки на международные программы и стипендии.",
        location: "Здание библиотеки, 2-й этаж, кабинет 204",
        openingHours: HOURS.weekdays10to18.ru,
      },
    },
  },
] as const satisfies readonly CenterSeed[];
