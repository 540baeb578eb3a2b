import type { TransactionClient } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Role, StudyLevel } from "@/lib/generated/prisma/enums";
import { INSTITUTION } from "@/prisma/seed-data/institution";
import { stableId } from "./stable-id";

export const DEMO_PASSWORD = "Demo!2026";
/** Deadlines end at midnight in Baku. */
export const DEMO_TIME_ZONE = "Asia/Baku";
/** The office's reference numbers, e.g. KU-IRO-2026-014 (the seeded agreements follow it too). */
export const DEMO_REFERENCE_PATTERN = "KU-IRO-{year}-{seq}";

/** The demo accounts listed in the README, one per role. */
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; unitCode?: string; studyLevel?: StudyLevel }[] = [
  { email: "admin@khazar.org", name: "Kamran Rzayev", role: "ADMIN" },
  { email: "officer@khazar.org", name: "Nigar Mammadova", role: "OFFICER" },
  { email: "coordinator@khazar.org", name: "Farid Huseynov", role: "COORDINATOR", unitCode: "SEAS" },
  { email: "student@khazar.org", name: "Aylin Safarova", role: "STUDENT", unitCode: "SHSS", studyLevel: "BACHELOR" },
];

const STUDENT_NAMES = [
  "Murad Aliyev", "Sevinj Karimli", "Tural Hasanli", "Gunay Ismayilova", "Elnur Mammadli", "Lala Guliyeva",
  "Rauf Abbasov", "Nargiz Huseynli", "Orkhan Babayev", "Aysu Jafarova", "Emin Suleymanov", "Zahra Mirzayeva",
  "Kanan Valiyev", "Fidan Rahimova", "Ilkin Nasirov", "Sabina Aghayeva", "Vusal Ibrahimov", "Leyla Ahmadova",
  "Ramil Gasimov", "Narmin Orujova", "Samir Hajiyev", "Gulnar Mehdiyeva", "Toghrul Musayev", "Ulviyya Alizada",
];

export function demoStudents() {
  return STUDENT_NAMES.map((name, index) => {
    const [first, last] = name.toLowerCase().split(" ");
    return { name, email: `${first}.${last}@khazar.org`, unitCode: INSTITUTION.units[index % 6]!.code };
  });
}

/**
 * The institution's `translations` (see lib/institution/localize.ts): name, short name, address, the
 * head's title and the about texts, flattened, lists as lists.
 */
function institutionTranslations() {
  for (const [language, texts] of Object.entries(INSTITUTION.translations)) {
    for (const list of ["objectives", "functions", "tasks"] as const) {
      if (texts[list].length !== INSTITUTION.about[list].length) throw new Error(`institution: ${language} ${list} do not match the English ones item for item`);
    }
  }
  return Object.fromEntries(
    Object.entries(INSTITUTION.translations).map(([language, texts]) => [
      language,
      { ...texts, objectives: [...texts.objectives], functions: [...texts.functions], tasks: [...texts.tasks] },
    ]),
  );
}

export async function seedInstitution(tx: TransactionClient): Promise<Map<string, string>> {
  const { address, officeHead } = INSTITUTION;
  const data = {
    name: INSTITUTION.name,
    shortName: INSTITUTION.shortName,
    logoPath: "/logo.svg",
    erasmusCode: INSTITUTION.erasmusCode,
    website: INSTITUTION.website,
    address: `${address.street}, ${address.city} ${address.postalCode}, Azerbaijan`,
    email: INSTITUTION.email,
    phone: INSTITUTION.phone,
    officeHeadName: officeHead.name,
    officeHeadTitle: officeHead.title,
    emailDomain: INSTITUTION.emailDomain,
    timeZone: DEMO_TIME_ZONE,
    countryCode: "AZ",
    agreementReferencePattern: DEMO_REFERENCE_PATTERN,
    about: {
      mission: INSTITUTION.about.mission,
      objectives: [...INSTITUTION.about.objectives],
      functions: [...INSTITUTION.about.functions],
      tasks: [...INSTITUTION.about.tasks],
    },
    translations: institutionTranslations(),
  };
  await tx.institution.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
  await tx.officeContact.deleteMany({});
  await tx.officeContact.createMany({
    data: INSTITUTION.contacts.map((c, index) => ({
      id: stableId("contact", c.email),
      name: c.name,
      position: c.position,
      translations: c.translations,
      email: c.email,
      phone: c.phone,
      sortOrder: index,
    })),
  });

  const unitIds = new Map<string, string>();
  for (const unit of INSTITUTION.units) {
    const kind = unit.code === "LIB" ? "OFFICE" : unit.name.startsWith("Department") ? "DEPARTMENT" : "SCHOOL";
    const row = await tx.unit.upsert({
      where: { code: unit.code },
      create: { id: stableId("unit", unit.code), code: unit.code, name: unit.name, translations: unit.translations, kind },
      update: { name: unit.name, translations: unit.translations, kind },
      select: { id: true },
    });
    unitIds.set(unit.code, row.id);
  }
  return unitIds;
}

export async function seedUsers(tx: TransactionClient, unitIds: Map<string, string>): Promise<Map<string, string>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = [
    ...DEMO_ACCOUNTS,
    ...demoStudents().map((s) => ({ ...s, role: "STUDENT" as const })),
  ];
  const userIds = new Map<string, string>();
  for (const person of people) {
    const unitId = person.unitCode ? unitIds.get(person.unitCode) ?? null : null;
    // A level only where the demo names one; the other students leave theirs as they set it.
    const studyLevel = "studyLevel" in person ? person.studyLevel : undefined;
    const data = { name: person.name, role: person.role, unitId, studyLevel, emailVerifiedAt: new Date("2026-01-01T00:00:00Z"), disabledAt: null };
    const row = await tx.user.upsert({
      where: { email: person.email },
      create: { id: stableId("user", person.email), email: person.email, passwordHash, ...data },
      update: data,
      select: { id: true },
    });
    userIds.set(person.email, row.id);
  }
  return userIds;
}
