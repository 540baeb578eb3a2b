/**
 * Demo institution: Khazar University (Baku, Azerbaijan), whose partner tables are
 * in shared/seeds/003_40a57afdac0548db.txt.
 *
 * From the seeds: name, city, postcode AZ1096, the general-enquiries phone number and
 * the Downtown Campus. The "about" texts are distilled from the office pages of the
 * other Azerbaijani universities (000_, 001_, 004_) and rewritten for Khazar.
 *
 * DEMO VALUES, not facts about the real university: the Erasmus code, every person
 * (office head, contacts) and every e-mail address and extension below. Seeded
 * e-mail addresses use the real domain so that sign-in by domain can be demonstrated;
 * never send mail to them from a demo.
 */

export interface InstitutionUnitSeed {
  /** Short stable code, unique within the institution */
  readonly code: string;
  readonly name: string;
}

export interface InstitutionContactSeed {
  readonly name: string;
  readonly position: string;
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
  units: [
    { code: "SHSS", name: "School of Humanities and Social Sciences" },
    { code: "SEM", name: "School of Economics and Management" },
    { code: "SEAS", name: "School of Engineering and Applied Science" },
    { code: "SEDU", name: "School of Education" },
    { code: "SLAW", name: "School of Law" },
    { code: "SMED", name: "School of Medicine" },
    { code: "SDENT", name: "School of Dentistry" },
    { code: "PETRO", name: "Department of Petroleum Engineering" },
    { code: "ELL", name: "Department of English Language and Literature" },
    { code: "GSSAT", name: "Graduate School of Science, Arts and Technology" },
    { code: "LIB", name: "Library and Information Center" },
  ],
  contacts: [
    {
      name: "Dr. Leyla Hasanova",
      position: "Director of the International Relations Office",
      email: "l.hasanova@khazar.org",
      phone: "+994 12 421 79 16 (ext. 201)",
      responsibilities: ["Partnerships and agreements", "Delegations and official visits"],
    },
    {
      name: "Rashad Aliyev",
      position: "Erasmus+ Institutional Coordinator",
      email: "r.aliyev@khazar.org",
      phone: "+994 12 421 79 16 (ext. 202)",
      responsibilities: ["Erasmus+ KA171 agreements and mobility", "Learning agreements and recognition"],
    },
    {
      name: "Nigar Mammadova",
      position: "Outgoing Mobility Officer",
      email: "n.mammadova@khazar.org",
      phone: "+994 12 421 79 16 (ext. 203)",
      responsibilities: ["Exchange calls and applications", "Mevlana, Orkhon and bilateral exchange"],
    },
    {
      name: "Elvin Guliyev",
      position: "International Students and Scholars Officer",
      email: "e.guliyev@khazar.org",
      phone: "+994 12 421 79 16 (ext. 204)",
      responsibilities: ["Incoming students and visiting scholars", "Visas, invitation letters and accommodation"],
    },
    {
      name: "Aysel Karimova",
      position: "International Projects Officer",
      email: "a.karimova@khazar.org",
      phone: "+994 12 421 79 16 (ext. 205)",
      responsibilities: ["Erasmus+ capacity building and research projects", "Grant calls and deadlines"],
    },
  ],
} as const satisfies InstitutionSeed;
