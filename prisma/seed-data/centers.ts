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
 * `partnerName`, when present, is the exact name of a partner in ./partners.ts.
 */

export interface CenterSeed {
  /** Short stable code, unique */
  readonly code: string;
  readonly name: string;
  /** The embassy or organization behind the center, as displayed */
  readonly organization: string;
  readonly partnerName?: string;
  readonly description: string;
  readonly location: string;
  readonly openingHours: string;
  readonly website?: string;
  readonly email: string;
  readonly phone?: string;
}

const WEEKDAYS = "Monday–Friday, 09:00–18:00";

export const CENTERS = [
  {
    code: "american-center",
    name: "American Center",
    organization: "Embassy of the United States of America in Azerbaijan",
    partnerName: "Embassy of the United States of America in Azerbaijan",
    description:
      "An information and resource center established on the initiative of the U.S. Embassy. It offers books, periodicals and online databases on the United States, English-language learning materials, and information sessions on study in the U.S. and on exchange programs such as Fulbright, UGRAD and the Critical Language Scholarship.",
    location: "Main Building, 2nd floor, Room 210",
    openingHours: WEEKDAYS,
    email: "american.center@khazar.org",
    phone: "+994 12 421 79 16 (ext. 310)",
  },
  {
    code: "german-reading-hall",
    name: "German Reading Hall",
    organization: "Goethe-Institut",
    partnerName: "Goethe-Institut",
    description:
      "A reading room under the auspices of the Goethe-Institut, with German-language books, newspapers, magazines and audio-visual media. It supports learners of German and informs students about studying in Germany and about German language examinations.",
    location: "Library Building, 1st floor, Room 105",
    openingHours: "Monday–Friday, 10:00–17:00",
    email: "german.reading@khazar.org",
  },
  {
    code: "austrian-library",
    name: "Austrian Library",
    organization: "Embassy of Austria in Azerbaijan",
    partnerName: "Embassy of Austria in Azerbaijan",
    description:
      "One of the Austrian libraries abroad: literature on Austrian history, culture, society and language, and German-language books by Austrian authors, open to students, researchers and the public.",
    location: "Library Building, 1st floor, Room 107",
    openingHours: "Monday–Friday, 10:00–17:00",
    email: "austrian.library@khazar.org",
  },
  {
    code: "george-sand-media-library",
    name: "George Sand Media Library – French Information Centre",
    organization: "Embassy of France in Azerbaijan",
    partnerName: "Embassy of France in Azerbaijan",
    description:
      "A media library named after George Sand, established with the Embassy of France: French books, press, films and music, French-language learning resources, and information on studying in France and on francophone cultural events.",
    location: "Main Building, 3rd floor, Room 312",
    openingHours: WEEKDAYS,
    email: "french.centre@khazar.org",
  },
  {
    code: "indian-center",
    name: "Indian Center",
    organization: "Embassy of India in Azerbaijan",
    partnerName: "Embassy of India in Azerbaijan",
    description:
      "A cultural and information center established with the Embassy of India: literature on Indian history, languages and culture, film screenings, cultural days, and information on scholarships to study in India.",
    location: "Main Building, 3rd floor, Room 318",
    openingHours: "Monday–Friday, 10:00–16:00",
    email: "indian.center@khazar.org",
  },
  {
    code: "indonesian-research-center",
    name: "Indonesian Research Center",
    organization: "Embassy of Indonesia in Azerbaijan",
    partnerName: "Embassy of Indonesia in Azerbaijan",
    description:
      "A research and information center established with the Embassy of Indonesia, supporting research on Indonesia and Southeast Asia, Indonesian language classes, and cultural events.",
    location: "Main Building, 3rd floor, Room 320",
    openingHours: "Monday–Friday, 10:00–16:00",
    email: "indonesian.center@khazar.org",
  },
  {
    code: "spanish-language-center",
    name: "Spanish Language Center",
    organization: "Embassy of Spain in Azerbaijan", // inferred
    description:
      "Spanish language courses and a collection of Spanish and Latin American literature and teaching materials; information on Spanish language certificates and on study in Spain.",
    location: "Main Building, 4th floor, Room 405",
    openingHours: WEEKDAYS,
    email: "spanish.center@khazar.org",
  },
  {
    code: "israel-middle-east-studies",
    name: "Israel and Middle East Studies Center",
    organization: "Embassy of Israel in Azerbaijan", // inferred
    description:
      "An academic center for the study of Israel and the Middle East: lectures, seminars and conferences, a specialized library collection, and support for students and researchers working on the region.",
    location: "Main Building, 4th floor, Room 410",
    openingHours: "Monday–Friday, 10:00–17:00",
    email: "mideast.center@khazar.org",
  },
  {
    code: "italian-language-center",
    name: "Italian Language Center",
    organization: "Embassy of Italy in Azerbaijan", // inferred
    description:
      "Italian language courses at several levels, a library of Italian literature and teaching materials, and Italian cultural events and film screenings.",
    location: "Main Building, 4th floor, Room 407",
    openingHours: WEEKDAYS,
    email: "italian.center@khazar.org",
  },
  {
    code: "ibt-test-center",
    name: "iBT Test Center",
    organization: "ETS (Educational Testing Service)",
    partnerName: "ETS (Educational Testing Service)",
    description:
      "A certified test center for the TOEFL iBT (internet-based test). The university is also certified to hold the TÖMER (Turkey), AYÖS and OeAD language tests.",
    location: "Downtown Campus, Computer Lab 2",
    openingHours: "Test days as scheduled; registration desk Monday–Friday, 10:00–16:00",
    email: "testcenter@khazar.org",
    phone: "+994 12 421 79 16 (ext. 330)",
  },
  {
    code: "sabah-resource-center",
    name: "SABAH Groups Resource Center",
    organization: "Ministry of Education of the Republic of Azerbaijan",
    partnerName: "Ministry of Education of the Republic of Azerbaijan",
    description:
      "A resource center for the SABAH groups, the national program for high-achieving students: study space, literature and online resources, and support for the groups' English-taught courses and projects.",
    location: "Main Building, 1st floor, Room 118",
    openingHours: WEEKDAYS,
    email: "sabah.center@khazar.org",
  },
  {
    code: "japan-center",
    name: "Japan Center",
    organization: "Japan Foundation", // inferred; the Japan Foundation supports Khazar's Japanese studies collection (003)
    partnerName: "Japan Foundation",
    description:
      "A center for Japanese language and culture: Japanese studies library collection, language classes, cultural events and information on scholarships to study in Japan.",
    location: "Main Building, 3rd floor, Room 315",
    openingHours: "Monday–Friday, 10:00–17:00",
    email: "japan.center@khazar.org",
  },
  {
    code: "electronic-resources",
    name: "Electronic Resources Center",
    organization: "University Library",
    description:
      "Access to subscribed electronic journals, e-books and research databases, with workstations and help from librarians in searching and citing sources.",
    location: "Library Building, 2nd floor",
    openingHours: "Monday–Saturday, 09:00–20:00",
    email: "eresources@khazar.org",
  },
  {
    code: "baku-austria-center",
    name: "Baku Austria Center",
    organization: "OeAD – Austrian Agency for Education and Internationalisation",
    partnerName: "OeAD – Austrian Agency for Education and Internationalisation",
    description:
      "A branch of OeAD, the Austrian agency for education and internationalisation: information on studying and doing research in Austria, Austrian scholarships and exchange programs, German language courses and examinations.",
    location: "Main Building, 2nd floor, Room 214",
    openingHours: "Monday–Friday, 10:00–17:00",
    email: "austria.center@khazar.org",
  },
  {
    code: "confucius-institute",
    name: "Confucius Institute",
    organization: "Confucius Institute, with the support of the Embassy of China",
    partnerName: "Embassy of China in Azerbaijan",
    description:
      "Chinese language courses for students and the public, HSK examinations, Chinese cultural events, and scholarships for study in China.",
    location: "Main Building, 5th floor, Rooms 501–504",
    openingHours: "Monday–Saturday, 09:00–18:00",
    email: "confucius@khazar.org",
    phone: "+994 12 421 79 16 (ext. 350)",
  },
  {
    code: "language-services",
    name: "Language Services Center",
    organization: "University (own center)",
    description:
      "Translation, interpreting and editing services for the university and external clients, and foreign language courses for students, staff and the public.",
    location: "Downtown Campus, Room 112",
    openingHours: WEEKDAYS,
    email: "language.services@khazar.org",
  },
  {
    code: "academic-writing-reading",
    name: "Academic Writing and Reading Center",
    organization: "University (own center)",
    description:
      "One-to-one consultations and workshops on academic reading and writing in English: essays, theses, research papers and applications for international programs and scholarships.",
    location: "Library Building, 2nd floor, Room 204",
    openingHours: "Monday–Friday, 10:00–18:00",
    email: "writing.center@khazar.org",
  },
] as const satisfies readonly CenterSeed[];
