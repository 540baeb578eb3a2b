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

export interface ProgramSeed {
  /** Short stable code, unique */
  readonly code: string;
  readonly name: string;
  readonly description: string;
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
    funder: "Norwegian Government",
    kind: "SCHOLARSHIP",
    directions: ["OUTGOING"],
    audiences: ["MASTER"],
    active: true,
    mentionedIn: ["003"],
  },
] as const satisfies readonly ProgramSeed[];

export type ProgramCode = (typeof PROGRAMS)[number]["code"];
