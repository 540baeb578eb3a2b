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
}

/** Standard work packages of an Erasmus+ CBHE joint project; used where the seed gives none. */
const CBHE_STANDARD_WPS = [
  "WP1 Preparation and needs analysis",
  "WP2 Development",
  "WP3 Quality Plan",
  "WP4 Dissemination and exploitation",
  "WP5 Management",
] as const;

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
  },
] as const satisfies readonly ProjectSeed[];
