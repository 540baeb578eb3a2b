import type { TransactionClient } from "@/lib/db/client";
import type { InternationalStudentStatus, StudyLevel } from "@/lib/generated/prisma/enums";
import { academicYearOf, todayIso } from "@/lib/agreements/dates";
import { pick, stableId } from "./stable-id";

/**
 * The demo institution's own degree-seeking international students, as a registrar's list reads:
 * 95 enrolled from 17 countries (the office page says "95 students from 17 countries are studying"),
 * most of them in medicine, dentistry, petroleum engineering, computing and business, as at a Baku
 * university; plus the graduates and the few who left or paused in earlier years, whose status
 * changed on the day the registrar recorded it (so the dashboard's last-year estimate holds).
 */

interface Program {
  name: string;
  level: StudyLevel;
  unitCode: string;
  /** Years of study, for intake years that make sense. */
  years: number;
}

const PROGRAMS = {
  medicine: { name: "General Medicine", level: "MASTER", unitCode: "SMED", years: 6 },
  dentistry: { name: "Dentistry", level: "MASTER", unitCode: "SDENT", years: 5 },
  petroleum: { name: "Petroleum Engineering", level: "BACHELOR", unitCode: "PETRO", years: 4 },
  petroleumMsc: { name: "Petroleum Engineering", level: "MASTER", unitCode: "PETRO", years: 2 },
  computerScience: { name: "Computer Science", level: "BACHELOR", unitCode: "SEAS", years: 4 },
  computerEngineering: { name: "Computer Engineering", level: "BACHELOR", unitCode: "SEAS", years: 4 },
  architecture: { name: "Architecture", level: "BACHELOR", unitCode: "SEAS", years: 5 },
  business: { name: "Business Administration", level: "BACHELOR", unitCode: "SEM", years: 4 },
  mba: { name: "Business Administration (MBA)", level: "MASTER", unitCode: "SEM", years: 2 },
  finance: { name: "Finance", level: "BACHELOR", unitCode: "SEM", years: 4 },
  relations: { name: "International Relations", level: "BACHELOR", unitCode: "SHSS", years: 4 },
  english: { name: "English Language and Literature", level: "BACHELOR", unitCode: "ELL", years: 4 },
  law: { name: "Law", level: "BACHELOR", unitCode: "SLAW", years: 4 },
  economicsPhd: { name: "Economics", level: "DOCTORAL", unitCode: "GSSAT", years: 4 },
} as const satisfies Record<string, Program>;

type ProgramKey = keyof typeof PROGRAMS;

/** Name as on the passport (Latin script), country, program, and status when not enrolled. */
type Entry = [fullName: string, countryCode: string, program: ProgramKey, status?: Exclude<InternationalStudentStatus, "ENROLLED">];

const STUDENTS: readonly Entry[] = [
  // Turkey: 16 enrolled
  ["Mehmet Yılmaz", "TR", "business"], ["Ayşe Kaya", "TR", "relations"], ["Emre Demir", "TR", "computerScience"], ["Zeynep Çelik", "TR", "english"],
  ["Burak Şahin", "TR", "petroleum"], ["Elif Yıldız", "TR", "law"], ["Mustafa Aydın", "TR", "petroleumMsc"], ["Merve Öztürk", "TR", "business"],
  ["Oğuzhan Arslan", "TR", "computerEngineering"], ["Büşra Doğan", "TR", "relations"], ["Yusuf Kılıç", "TR", "mba"], ["Esra Aslan", "TR", "medicine"],
  ["Hakan Çetin", "TR", "finance"], ["Selin Koç", "TR", "architecture"], ["Kerem Kurt", "TR", "petroleum"], ["Gamze Özdemir", "TR", "english"],
  ["Murat Polat", "TR", "business", "GRADUATED"], ["Ceren Erdoğan", "TR", "relations", "GRADUATED"], ["Serkan Güneş", "TR", "computerScience", "GRADUATED"],
  // Russia: 9
  ["Aleksandr Ivanov", "RU", "relations"], ["Mariya Smirnova", "RU", "business"], ["Dmitriy Kuznetsov", "RU", "computerScience"], ["Anastasiya Popova", "RU", "medicine"],
  ["Ilya Sokolov", "RU", "petroleumMsc"], ["Yekaterina Morozova", "RU", "english"], ["Nikita Volkov", "RU", "finance"], ["Olga Lebedeva", "RU", "relations"],
  ["Artyom Kozlov", "RU", "economicsPhd"],
  ["Sergey Novikov", "RU", "business", "GRADUATED"], ["Darya Fyodorova", "RU", "relations", "GRADUATED"],
  // Georgia: 7
  ["Giorgi Beridze", "GE", "business"], ["Nino Kapanadze", "GE", "law"], ["Levan Gelashvili", "GE", "petroleum"], ["Mariam Lomidze", "GE", "relations"],
  ["Davit Tsiklauri", "GE", "computerEngineering"], ["Tamar Jgenti", "GE", "mba"], ["Irakli Maisuradze", "GE", "petroleum"],
  ["Ana Chkheidze", "GE", "law", "GRADUATED"],
  // Kazakhstan: 5
  ["Nursultan Abenov", "KZ", "petroleum"], ["Aruzhan Seitkali", "KZ", "business"], ["Dias Zhaksylykov", "KZ", "petroleumMsc"], ["Aigerim Tulegenova", "KZ", "finance"],
  ["Yerlan Mukhametov", "KZ", "computerScience"],
  // Uzbekistan: 6
  ["Jasur Karimov", "UZ", "computerScience"], ["Dilnoza Rakhimova", "UZ", "medicine"], ["Sardor Tursunov", "UZ", "petroleum"], ["Madina Yusupova", "UZ", "english"],
  ["Bekzod Aliyev", "UZ", "computerEngineering"], ["Nilufar Khasanova", "UZ", "dentistry"],
  ["Otabek Nazarov", "UZ", "petroleum", "GRADUATED"],
  // Turkmenistan: 8
  ["Serdar Atayev", "TM", "petroleum"], ["Maysa Orazova", "TM", "medicine"], ["Merdan Hojamuradov", "TM", "computerEngineering"], ["Ogulgerek Berdiyeva", "TM", "business"],
  ["Dovlet Annayev", "TM", "petroleum"], ["Aynabat Gurbanova", "TM", "dentistry"], ["Rustem Myradov", "TM", "finance"], ["Jeren Saparova", "TM", "english"],
  ["Batyr Charyyev", "TM", "petroleum", "GRADUATED"], ["Selbi Amanova", "TM", "business", "GRADUATED"],
  // Pakistan: 7
  ["Muhammad Usman", "PK", "medicine"], ["Ayesha Khan", "PK", "medicine"], ["Hamza Ahmed", "PK", "dentistry"], ["Fatima Malik", "PK", "medicine"],
  ["Bilal Hussain", "PK", "computerScience"], ["Zainab Raza", "PK", "dentistry"], ["Ali Hassan Shah", "PK", "medicine"],
  ["Hira Siddiqui", "PK", "medicine", "GRADUATED"], ["Ahmed Raza Chaudhry", "PK", "dentistry", "GRADUATED"],
  // India: 9
  ["Rahul Sharma", "IN", "medicine"], ["Priya Nair", "IN", "medicine"], ["Aditya Verma", "IN", "medicine"], ["Sneha Reddy", "IN", "dentistry"],
  ["Mohammed Faizal", "IN", "medicine"], ["Ananya Iyer", "IN", "medicine"], ["Karthik Menon", "IN", "petroleumMsc"], ["Pooja Patel", "IN", "dentistry"],
  ["Arjun Singh", "IN", "medicine"],
  ["Neha Gupta", "IN", "medicine", "GRADUATED"], ["Vikram Rao", "IN", "medicine", "GRADUATED"], ["Rohan Das", "IN", "medicine", "WITHDRAWN"],
  // Iran: 6
  ["Amir Hosseini", "IR", "computerScience"], ["Sara Ahmadi", "IR", "architecture"], ["Reza Mohammadi", "IR", "medicine"], ["Maryam Rezaei", "IR", "dentistry"],
  ["Ali Karimi", "IR", "petroleumMsc"], ["Nazanin Moradi", "IR", "english"],
  ["Hossein Jafari", "IR", "computerEngineering", "GRADUATED"],
  // Iraq: 5
  ["Mustafa Al-Obaidi", "IQ", "petroleum"], ["Zahraa Hassan", "IQ", "dentistry"], ["Ali Al-Saadi", "IQ", "medicine"], ["Hussein Kadhim", "IQ", "petroleumMsc"],
  ["Noor Al-Jubouri", "IQ", "medicine"],
  ["Ahmed Al-Rubaie", "IQ", "petroleum", "GRADUATED"],
  // Egypt: 3
  ["Omar Mahmoud", "EG", "medicine"], ["Nourhan Adel", "EG", "computerEngineering"], ["Youssef Ibrahim", "EG", "medicine"],
  // Nigeria: 4
  ["Chukwuemeka Okafor", "NG", "petroleum"], ["Adaeze Nwosu", "NG", "medicine"], ["Oluwaseun Adeyemi", "NG", "petroleumMsc"], ["Ibrahim Musa", "NG", "medicine"],
  ["Tunde Bakare", "NG", "petroleum", "WITHDRAWN"],
  // Ukraine: 3
  ["Oleksandr Shevchenko", "UA", "relations"], ["Yuliia Bondarenko", "UA", "business"], ["Andrii Kovalenko", "UA", "computerScience"],
  ["Iryna Melnyk", "UA", "english", "SUSPENDED"],
  // Kyrgyzstan: 2
  ["Azamat Toktogulov", "KG", "computerScience"], ["Aida Asanova", "KG", "business"],
  ["Bakyt Sydykov", "KG", "petroleum", "WITHDRAWN"],
  // Afghanistan: 2
  ["Ahmad Shah Noori", "AF", "computerScience"], ["Fatima Rahimi", "AF", "relations"],
  // Jordan: 1
  ["Lina Haddad", "JO", "dentistry"],
  // Syria: 2
  ["Rami Al-Khatib", "SY", "medicine"], ["Hala Mansour", "SY", "petroleum"],
  ["Omar Darwish", "SY", "medicine", "SUSPENDED"],
];

function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date));
}

/**
 * The intake year, and the day the status last changed: still studying students started within
 * their program's length; graduates finished a program on time in one of the last three years;
 * the others stopped a year or two ago.
 */
function history(entry: Entry, academicYear: number): { intakeYear: number; changedOn: Date | null } {
  const [name, , key, status] = entry;
  const program: Program = PROGRAMS[key];
  const offset = Number(pick(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"], `intake:${name}`));
  switch (status) {
    case undefined:
      return { intakeYear: academicYear - (offset % program.years), changedOn: null };
    case "GRADUATED": {
      const intakeYear = academicYear - program.years - (offset % 3);
      return { intakeYear, changedOn: day(intakeYear + program.years, 6, 30) };
    }
    case "WITHDRAWN":
    case "SUSPENDED": {
      const intakeYear = academicYear - 2 - (offset % 2);
      return { intakeYear, changedOn: day(intakeYear + 1, 2, 1 + (offset % 20)) };
    }
  }
}

export async function seedInternationalStudents(tx: TransactionClient, { unitIds, today }: { unitIds: Map<string, string>; today: Date }): Promise<void> {
  const academicYear = academicYearOf(todayIso(today));
  // Registrar numbers count up within each intake year: 2023 0001, 2023 0002, …
  const nextNumber = new Map<number, number>();
  for (const entry of STUDENTS) {
    const [fullName, countryCode, key, status] = entry;
    const program: Program = PROGRAMS[key];
    const { intakeYear, changedOn } = history(entry, academicYear);
    const sequence = (nextNumber.get(intakeYear) ?? 0) + 1;
    nextNumber.set(intakeYear, sequence);
    const id = stableId("international-student", fullName);
    const data = {
      studentNumber: `${intakeYear}${String(sequence).padStart(4, "0")}`,
      fullName,
      countryCode,
      programName: program.name,
      level: program.level,
      unitId: unitIds.get(program.unitCode) ?? null,
      intakeYear,
      status: status ?? ("ENROLLED" as const),
      // When the registrar recorded the change: what "enrolled a year ago" is estimated from.
      updatedAt: changedOn ?? day(intakeYear, 9, 15),
    };
    await tx.internationalStudent.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
}

/** For tests: the demo's enrolled students and their countries. */
export const DEMO_ENROLLED = STUDENTS.filter((entry) => entry[3] === undefined).length;
export const DEMO_COUNTRIES = new Set(STUDENTS.filter((entry) => entry[3] === undefined).map((entry) => entry[1])).size;
