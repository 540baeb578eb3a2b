/**
 * Names of the people in the demo's mobility records. Every name is built so that, within one
 * academic year, no two records share a person: a person is abroad at most once a year, so never
 * in two places at a time. The outgoing names avoid the first names of the demo accounts, so a
 * record without an account is never mistaken for one of them.
 */

const MALE_FIRST = ["Anar", "Rustam", "Elchin", "Tofig", "Nijat", "Javid", "Rashad", "Ayaz", "Huseyn", "Teymur", "Shahin", "Zaur", "Elvin", "Fuad", "Nurlan", "Agil", "Ruslan", "Mahammad", "Ali", "Said"];
const FEMALE_FIRST = ["Kamala", "Jale", "Sona", "Aynur", "Konul", "Aytan", "Gunel", "Rena", "Shahla", "Sevda", "Aygun", "Lamiya", "Nazrin", "Afag", "Madina", "Inji", "Aysel", "Turan", "Khadija", "Ayten"];
/** Surnames as [masculine, feminine]; those ending in -li or -zada are the same for both. */
const SURNAMES: readonly (readonly [string, string])[] = [
  ["Aliyev", "Aliyeva"], ["Hasanov", "Hasanova"], ["Mammadov", "Mammadova"], ["Karimov", "Karimova"], ["Guliyev", "Guliyeva"],
  ["Ismayilov", "Ismayilova"], ["Rahimov", "Rahimova"], ["Valiyev", "Valiyeva"], ["Huseynov", "Huseynova"], ["Abdullayev", "Abdullayeva"],
  ["Gasimov", "Gasimova"], ["Jafarov", "Jafarova"], ["Nasirov", "Nasirova"], ["Safarov", "Safarova"], ["Mustafayev", "Mustafayeva"],
  ["Aghayev", "Aghayeva"], ["Bayramov", "Bayramova"], ["Najafov", "Najafova"], ["Ahmadli", "Ahmadli"], ["Karimli", "Karimli"],
  ["Alizada", "Alizada"], ["Hajizada", "Hajizada"], ["Rzayev", "Rzayeva"], ["Zeynalov", "Zeynalova"], ["Yusifov", "Yusifova"],
];

/** Incoming people by the language of their home country; other countries use the international pool. */
const INCOMING: Record<string, { first: readonly string[]; last: readonly string[] }> = {
  en: { first: ["Emily", "James", "Olivia", "Daniel", "Grace", "Michael", "Hannah", "Ryan"], last: ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Evans"] },
  fr: { first: ["Camille", "Lucas", "Manon", "Hugo", "Chloé", "Louis"], last: ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Girard"] },
  tr: { first: ["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak"], last: ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın"] },
  nordic: { first: ["Ingrid", "Magnus", "Sofie", "Henrik", "Astrid", "Lars"], last: ["Hansen", "Johansson", "Larsen", "Andersson", "Berg", "Nilsson"] },
  fa: { first: ["Maryam", "Reza", "Zahra", "Amir", "Narges", "Hossein"], last: ["Ahmadi", "Hosseini", "Karimi", "Rezaei", "Moradi", "Jafari"] },
  ka: { first: ["Nino", "Giorgi", "Mariam", "Levan", "Tamar", "Davit"], last: ["Beridze", "Kapanadze", "Gelashvili", "Lomidze", "Tsiklauri", "Japaridze"] },
  ko: { first: ["Jiwoo", "Minjun", "Seoyeon", "Hyunwoo", "Jiyoung", "Dohyun"], last: ["Kim", "Lee", "Park", "Choi", "Jung", "Kang"] },
  ja: { first: ["Yui", "Haruto", "Sakura", "Ren", "Aoi", "Sota"], last: ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito"] },
  international: { first: ["Anna", "Luca", "Maria", "Jan", "Sofia", "Marco", "Julia", "Pedro"], last: ["Novak", "Rossi", "Kowalski", "García", "Silva", "Müller", "De Vries", "Ozols"] },
};
const LANGUAGE_OF: Record<string, keyof typeof INCOMING> = {
  US: "en", GB: "en", CA: "en", AU: "en", IE: "en", FR: "fr", TR: "tr", CY: "tr",
  NO: "nordic", SE: "nordic", DK: "nordic", FI: "nordic", IR: "fa", AF: "fa", GE: "ka", KR: "ko", JP: "ja",
};

/** Shifts the names a little every year, so the same people do not go abroad year after year. */
function rotate(index: number, year: number, size: number): number {
  return (index + year * 37) % size;
}

/** How many distinct outgoing people there are per academic year (`slot` must stay below it). */
export const OUTGOING_PEOPLE_PER_YEAR = (MALE_FIRST.length + FEMALE_FIRST.length) * SURNAMES.length;

/**
 * The outgoing student or staff member in `slot` of an academic year. Distinct slots give distinct
 * names within the year; staff carry their academic title, so they never share a student's name.
 */
export function outgoingPerson(slot: number, year: number, staff: boolean): string {
  if (slot >= OUTGOING_PEOPLE_PER_YEAR) throw new Error(`more outgoing people in ${year} than the demo has names for`);
  const firsts = [...MALE_FIRST, ...FEMALE_FIRST];
  const index = rotate(slot, year, OUTGOING_PEOPLE_PER_YEAR);
  const first = index % firsts.length;
  const surname = SURNAMES[Math.floor(index / firsts.length)]!;
  const name = `${firsts[first]} ${surname[first < MALE_FIRST.length ? 0 : 1]}`;
  return staff ? `Dr. ${name}` : name;
}

/** The pool an incoming person from `countryCode` is named from. */
export function incomingPool(countryCode: string): keyof typeof INCOMING {
  return LANGUAGE_OF[countryCode] ?? "international";
}

/** The incoming student in `slot` of a pool in an academic year; distinct slots give distinct names. */
export function incomingPerson(pool: keyof typeof INCOMING, slot: number, year: number): string {
  const { first, last } = INCOMING[pool]!;
  const size = first.length * last.length;
  if (slot >= size) throw new Error(`more incoming people from the ${pool} pool in ${year} than the demo has names for`);
  const index = rotate(slot, year, size);
  return `${first[index % first.length]} ${last[Math.floor(index / first.length)]}`;
}
