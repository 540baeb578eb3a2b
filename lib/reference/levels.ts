/**
 * Qualification and language levels used by agreements, calls and applications.
 *
 * EQF: European Qualifications Framework (Council Recommendation of 22 May 2017,
 * Annex II descriptors, shortened). Levels 6, 7 and 8 correspond to the first,
 * second and third cycles of the European Higher Education Area (bachelor, master,
 * doctorate); level 5 includes short-cycle higher education.
 *
 * CEFR: Common European Framework of Reference for Languages (Council of Europe).
 */

export type DegreeCycle = "SHORT_CYCLE" | "BACHELOR" | "MASTER" | "DOCTORATE";

export interface EqfLevel {
  readonly level: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  readonly label: string;
  /** One-line summary for lists and tooltips. */
  readonly description: string;
  readonly knowledge: string;
  readonly skills: string;
  readonly responsibility: string;
  /** Higher-education cycle the level corresponds to, if any. */
  readonly cycle: DegreeCycle | null;
}

export const EQF_LEVELS = [
  {
    level: 1,
    label: "EQF level 1",
    description: "Basic general knowledge and skills for simple tasks, under direct supervision.",
    knowledge: "Basic general knowledge.",
    skills: "Basic skills required to carry out simple tasks.",
    responsibility: "Work or study under direct supervision in a structured context.",
    cycle: null,
  },
  {
    level: 2,
    label: "EQF level 2",
    description: "Basic factual knowledge of a field; solving routine problems with simple rules and tools.",
    knowledge: "Basic factual knowledge of a field of work or study.",
    skills:
      "Basic cognitive and practical skills required to use relevant information in order to carry out tasks and to solve routine problems using simple rules and tools.",
    responsibility: "Work or study under supervision with some autonomy.",
    cycle: null,
  },
  {
    level: 3,
    label: "EQF level 3",
    description: "Knowledge of facts, principles and general concepts; choosing and applying basic methods.",
    knowledge: "Knowledge of facts, principles, processes and general concepts, in a field of work or study.",
    skills:
      "A range of cognitive and practical skills required to accomplish tasks and solve problems by selecting and applying basic methods, tools, materials and information.",
    responsibility:
      "Take responsibility for completion of tasks in work or study; adapt own behaviour to circumstances in solving problems.",
    cycle: null,
  },
  {
    level: 4,
    label: "EQF level 4",
    description:
      "Factual and theoretical knowledge in broad contexts; typically upper secondary or vocational qualifications.",
    knowledge: "Factual and theoretical knowledge in broad contexts within a field of work or study.",
    skills:
      "A range of cognitive and practical skills required to generate solutions to specific problems in a field of work or study.",
    responsibility:
      "Exercise self-management within the guidelines of work or study contexts that are usually predictable, but are subject to change; supervise the routine work of others, taking some responsibility for the evaluation and improvement of work or study activities.",
    cycle: null,
  },
  {
    level: 5,
    label: "EQF level 5",
    description:
      "Comprehensive, specialised knowledge; short-cycle higher education and advanced vocational qualifications.",
    knowledge:
      "Comprehensive, specialised, factual and theoretical knowledge within a field of work or study and an awareness of the boundaries of that knowledge.",
    skills: "A comprehensive range of cognitive and practical skills required to develop creative solutions to abstract problems.",
    responsibility:
      "Exercise management and supervision in contexts of work or study activities where there is unpredictable change; review and develop performance of self and others.",
    cycle: "SHORT_CYCLE",
  },
  {
    level: 6,
    label: "EQF level 6 (bachelor)",
    description: "Advanced knowledge with critical understanding of theories; first cycle (bachelor's degree).",
    knowledge: "Advanced knowledge of a field of work or study, involving a critical understanding of theories and principles.",
    skills:
      "Advanced skills, demonstrating mastery and innovation, required to solve complex and unpredictable problems in a specialised field of work or study.",
    responsibility:
      "Manage complex technical or professional activities or projects, taking responsibility for decision-making in unpredictable work or study contexts; take responsibility for managing professional development of individuals and groups.",
    cycle: "BACHELOR",
  },
  {
    level: 7,
    label: "EQF level 7 (master)",
    description: "Highly specialised knowledge as the basis for original thinking or research; second cycle (master's degree).",
    knowledge:
      "Highly specialised knowledge, some of which is at the forefront of knowledge in a field of work or study, as the basis for original thinking and/or research; critical awareness of knowledge issues in a field and at the interface between different fields.",
    skills:
      "Specialised problem-solving skills required in research and/or innovation in order to develop new knowledge and procedures and to integrate knowledge from different fields.",
    responsibility:
      "Manage and transform work or study contexts that are complex, unpredictable and require new strategic approaches; take responsibility for contributing to professional knowledge and practice and/or for reviewing the strategic performance of teams.",
    cycle: "MASTER",
  },
  {
    level: 8,
    label: "EQF level 8 (doctorate)",
    description: "Knowledge at the most advanced frontier of a field; third cycle (doctorate / PhD).",
    knowledge: "Knowledge at the most advanced frontier of a field of work or study and at the interface between fields.",
    skills:
      "The most advanced and specialised skills and techniques, including synthesis and evaluation, required to solve critical problems in research and/or innovation and to extend and redefine existing knowledge or professional practice.",
    responsibility:
      "Demonstrate substantial authority, innovation, autonomy, scholarly and professional integrity and sustained commitment to the development of new ideas or processes at the forefront of work or study contexts including research.",
    cycle: "DOCTORATE",
  },
] as const satisfies readonly EqfLevel[];

export type EqfLevelNumber = (typeof EQF_LEVELS)[number]["level"];

/** EQF level of each higher-education cycle: bachelor 6, master 7, doctorate 8. */
export const EQF_BY_CYCLE = {
  SHORT_CYCLE: 5,
  BACHELOR: 6,
  MASTER: 7,
  DOCTORATE: 8,
} as const satisfies Record<DegreeCycle, EqfLevelNumber>;

export function eqfLevel(level: number): EqfLevel | undefined {
  return (EQF_LEVELS as readonly EqfLevel[]).find((l) => l.level === level);
}

export const CEFR_CODES = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type CefrCode = (typeof CEFR_CODES)[number];

export type CefrGroup = "Basic user" | "Independent user" | "Proficient user";

export interface CefrLevel {
  readonly code: CefrCode;
  /** Everyday label */
  readonly label: string;
  /** Council of Europe name of the level */
  readonly cefrName: string;
  readonly group: CefrGroup;
  /** Shortened from the CEFR global scale. */
  readonly description: string;
}

export const CEFR_LEVELS = [
  {
    code: "A1",
    label: "Beginner",
    cefrName: "Breakthrough",
    group: "Basic user",
    description:
      "Understands and uses familiar everyday expressions and very basic phrases; can interact in a simple way if the other person talks slowly and clearly.",
  },
  {
    code: "A2",
    label: "Elementary",
    cefrName: "Waystage",
    group: "Basic user",
    description:
      "Understands frequently used expressions on immediately relevant matters; can communicate in simple, routine tasks requiring a direct exchange of information.",
  },
  {
    code: "B1",
    label: "Intermediate",
    cefrName: "Threshold",
    group: "Independent user",
    description:
      "Understands the main points of clear standard input on familiar matters; can deal with most travel situations and produce simple connected text on familiar topics.",
  },
  {
    code: "B2",
    label: "Upper intermediate",
    cefrName: "Vantage",
    group: "Independent user",
    description:
      "Understands the main ideas of complex text, including technical discussion in their field; interacts with fluency and spontaneity; produces clear, detailed text.",
  },
  {
    code: "C1",
    label: "Advanced",
    cefrName: "Effective operational proficiency",
    group: "Proficient user",
    description:
      "Understands demanding, longer texts and implicit meaning; uses language flexibly and effectively for social, academic and professional purposes.",
  },
  {
    code: "C2",
    label: "Proficiency",
    cefrName: "Mastery",
    group: "Proficient user",
    description:
      "Understands with ease virtually everything heard or read; expresses themselves spontaneously, very fluently and precisely, even in complex situations.",
  },
] as const satisfies readonly CefrLevel[];

/** Order of a CEFR level: A1 = 1 ... C2 = 6. */
export function cefrRank(code: CefrCode): number {
  return CEFR_CODES.indexOf(code) + 1;
}

/** True when `actual` meets or exceeds `required` (B2 meets B1). */
export function cefrMeets(actual: CefrCode, required: CefrCode): boolean {
  return cefrRank(actual) >= cefrRank(required);
}

export function isCefrCode(value: string): value is CefrCode {
  return (CEFR_CODES as readonly string[]).includes(value);
}
