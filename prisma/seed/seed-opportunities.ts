import type { TransactionClient } from "@/lib/db/client";
import type { ApplicationStatus, OpportunityStatus } from "@/lib/generated/prisma/enums";
import { dayIn, endOfDayIn } from "@/lib/dates/zoned";
import { storeFile } from "@/lib/storage/store-file";
import { PROGRAMS } from "../seed-data/programs";
import { placeholderPdf } from "./placeholder-pdf";
import { DEMO_TIME_ZONE } from "./seed-institution";
import type { SeededAgreement } from "./seed-agreements";
import { daysFrom, stableId } from "./stable-id";

const CRITERIA = [
  { key: "gpa", label: "Academic record (GPA)", weight: 40 },
  { key: "motivation", label: "Motivation letter", weight: 30 },
  { key: "language", label: "Language competence", weight: 30 },
];

const DOCUMENTS = [
  { name: "Transcript of records", description: "Official transcript with all grades so far.", isMandatory: true },
  { name: "Motivation letter", description: "One page: why this university and this program.", isMandatory: true },
  { name: "Language certificate", description: "IELTS, TOEFL or the university's own test (B2 or higher).", isMandatory: false },
];

/** A program as people name it in each language ("Erasmus+ KA171 – International credit mobility"), never its code. */
function programNames(code: string): { en: string; az: string; ru: string } {
  const program = PROGRAMS.find((candidate) => candidate.code === code);
  if (!program) return { en: "the university's exchange agreement", az: "universitetin mübadilə sazişi", ru: "соглашение университета об обмене" };
  return { en: program.name, az: program.translations.az.name, ru: program.translations.ru.name };
}

const SEMESTERS = {
  Fall: { az: "Payız", azTitle: "Payız semestri", ru: "Осень", ruTitle: "Обмен на осенний семестр" },
  Spring: { az: "Yaz", azTitle: "Yaz semestri", ru: "Весна", ruTitle: "Обмен на весенний семестр" },
} as const;

/**
 * A demo call's texts in English (the demo's default language: the plain columns) and in
 * Azerbaijani and Russian (its `translations`, decision 010). Partner names stay as the partners
 * write them; the Azerbaijani and Russian titles name the partner after a colon, so no case ending
 * has to be put on a foreign name.
 */
export function demoCallTexts({ semester, year, partnerName, programCode }: { semester: keyof typeof SEMESTERS; year: number; partnerName: string; programCode: string }) {
  const program = programNames(programCode);
  const words = SEMESTERS[semester];
  const erasmus = programCode === "ERASMUS_KA171";
  return {
    title: `${semester} semester exchange at ${partnerName}`,
    description: `Study one semester at ${partnerName} with full recognition of credits, funded by ${program.en}. Courses are taught in English.`,
    academicPeriod: `${semester} ${year}`,
    funding: erasmus ? "Erasmus+ grant: monthly allowance and travel support" : "Tuition waiver at the host; travel at own cost",
    otherRequirements: "Enrolled at Khazar University for at least two semesters; no disciplinary record.",
    translations: {
      az: {
        title: `${words.azTitle} üzrə mübadilə: ${partnerName}`,
        description: `${partnerName} ilə mübadilə çərçivəsində bir semestr təhsil; toplanan kreditlər tam tanınır. Maliyyələşdirmə: ${program.az}. Dərslər ingilis dilində keçirilir.`,
        academicPeriod: `${words.az} ${year}`,
        funding: erasmus ? "Erasmus+ qrantı: aylıq təqaüd və yol xərclərinə dəstək" : "Qəbul edən universitetdə təhsil haqqı alınmır; yol xərcləri tələbənin öz hesabına",
        otherRequirements: "Xəzər Universitetində ən azı iki semestrlik təhsil; intizam tənbehinin olmaması.",
      },
      ru: {
        title: `${words.ruTitle}: ${partnerName}`,
        description: `Один семестр обучения в ${partnerName} с полным признанием кредитов. Финансирование: ${program.ru}. Занятия ведутся на английском языке.`,
        academicPeriod: `${words.ru} ${year}`,
        funding: erasmus ? "Грант Erasmus+: ежемесячная стипендия и оплата проезда" : "Обучение в принимающем университете бесплатно; проезд за свой счёт",
        otherRequirements: "Не менее двух семестров обучения в Университете Хазар; отсутствие дисциплинарных взысканий.",
      },
    },
  };
}

/** Published calls with open windows, one closed call with decisions, one draft. */
export async function seedOpportunities(
  tx: TransactionClient,
  { agreements, programs, studentIds, officerId, today }: {
    agreements: SeededAgreement[];
    programs: Map<string, string>;
    studentIds: string[];
    officerId: string;
    today: Date;
  },
) {
  const active = agreements.filter((a) => a.status === "ACTIVE").slice(0, 14);
  const academicYear = today.getUTCMonth() >= 6 ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
  for (const [index, agreement] of active.entries()) {
    const id = stableId("opportunity", agreement.id);
    const state: OpportunityStatus = index === 0 ? "CLOSED" : index === active.length - 1 ? "DRAFT" : "PUBLISHED";
    const closesIn = state === "CLOSED" ? -10 : 12 + index * 4;
    const semester = index % 2 === 0 ? "Fall" : "Spring";
    const data = {
      ...demoCallTexts({ semester, year: semester === "Fall" ? academicYear : academicYear + 1, partnerName: agreement.partnerName, programCode: agreement.programCode }),
      programId: programs.get(agreement.programCode)!,
      partnerId: agreement.partnerId,
      agreementId: agreement.id,
      unitId: agreement.unitId,
      direction: "OUTGOING" as const,
      audience: index % 3 === 0 ? (["MASTER"] as const) : (["BACHELOR", "MASTER"] as const),
      subjectAreas: index % 2 === 0 ? ["0231", "0232"] : ["0311", "0413"],
      places: 2 + (index % 3),
      academicYear,
      durationMonths: 5,
      language: "English",
      languageLevel: "B2" as const,
      selectionCriteria: CRITERIA,
      opensAt: daysFrom(today, state === "CLOSED" ? -60 : -20),
      // A deadline is the end of its day in the institution's zone (lib/dates/zoned.ts).
      closesAt: endOfDayIn(dayIn(daysFrom(today, closesIn), DEMO_TIME_ZONE), DEMO_TIME_ZONE),
      status: state,
    };
    await tx.opportunity.upsert({ where: { id }, create: { id, ...data, audience: [...data.audience] }, update: { ...data, audience: [...data.audience] } });
    for (const [d, doc] of DOCUMENTS.entries()) {
      const docId = stableId("required-document", `${id}:${d}`);
      await tx.requiredDocument.upsert({ where: { id: docId }, create: { id: docId, opportunityId: id, sortOrder: d, ...doc }, update: doc });
    }
    if (state !== "DRAFT") {
      await seedApplications(tx, { opportunityId: id, opportunityTitle: data.title, opensAt: data.opensAt, closesAt: data.closesAt, closed: state === "CLOSED", studentIds, officerId, offset: index, today });
    }
  }
}

const DAY = 86_400_000;

/** `days` after `from`, at `hour`:00 UTC (office hours in Baku). */
function at(from: Date, days: number, hour: number): Date {
  return new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days, hour));
}

/** The statuses an application passed through to reach `status`, after its draft. */
function statusPath(status: ApplicationStatus): ApplicationStatus[] {
  if (status === "DRAFT") return [];
  const path: ApplicationStatus[] = ["SUBMITTED"];
  if (["UNDER_REVIEW", "SHORTLISTED", "NOMINATED", "REJECTED"].includes(status)) path.push("UNDER_REVIEW");
  if (["SHORTLISTED", "NOMINATED"].includes(status)) path.push("SHORTLISTED");
  if (status === "NOMINATED" || status === "REJECTED") path.push(status);
  return path;
}

/**
 * Applications as the office sees them: submitted while the call was open, with every mandatory
 * document (a short PDF stored like a student's upload), reviewed after submission — after the
 * deadline for a closed call — and decided before today. Drafts hold what the student uploaded so far.
 */
async function seedApplications(
  tx: TransactionClient,
  input: {
    opportunityId: string;
    opportunityTitle: string;
    opensAt: Date;
    closesAt: Date;
    closed: boolean;
    studentIds: string[];
    officerId: string;
    offset: number;
    today: Date;
  },
) {
  const { opportunityId, closed, studentIds, officerId, offset, today } = input;
  const outcomes: ApplicationStatus[] = closed
    ? ["NOMINATED", "NOMINATED", "SHORTLISTED", "REJECTED", "REJECTED"]
    : ["SUBMITTED", "UNDER_REVIEW", "SUBMITTED", "DRAFT"];
  const requirements = await tx.requiredDocument.findMany({ where: { opportunityId }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true, isMandatory: true } });
  const students = new Map(
    (await tx.user.findMany({ where: { id: { in: studentIds } }, select: { id: true, name: true } })).map((student) => [student.id, student.name]),
  );
  for (const [n, status] of outcomes.entries()) {
    const studentId = studentIds[(offset * 3 + n) % studentIds.length]!;
    const id = stableId("application", `${opportunityId}:${studentId}`);
    const path = statusPath(status);
    const startedAt = at(input.opensAt, 1 + n * 3, 9);
    // Reviewers of a closed call start the day after its deadline; of an open one, two days after a submission.
    const reviewFrom = closed ? at(input.closesAt, 1, 10) : at(startedAt, 3, 10);
    const times = path.map((_, step) => (step === 0 ? at(startedAt, 1, 11) : new Date(reviewFrom.getTime() + (step - 1) * 2 * DAY)));
    const decided = status === "REJECTED" || status === "ACCEPTED";
    const data = {
      status,
      answers: { motivation: "I want to deepen my studies abroad and bring new methods back to my department." },
      languageLevel: "B2" as const,
      gpa: 80 + ((offset + n * 7) % 19),
      submittedAt: times[0] ?? null,
      decidedAt: decided ? times.at(-1)! : null,
    };
    if (times.some((time) => time > today)) throw new Error(`demo application ${id} would change status after today`);
    await tx.application.upsert({ where: { id }, create: { id, opportunityId, studentId, createdAt: startedAt, ...data }, update: data });
    await tx.applicationStatusChange.deleteMany({ where: { applicationId: id } });
    await tx.applicationStatusChange.createMany({
      data: path.map((to, step) => ({
        applicationId: id,
        fromStatus: step === 0 ? "DRAFT" : path[step - 1]!,
        toStatus: to,
        changedById: step === 0 ? studentId : officerId,
        at: times[step]!,
      })),
    });
    // A submitted application holds every mandatory document and, every other time, the optional
    // ones; a draft holds the first document only.
    const uploads = status === "DRAFT" ? requirements.slice(0, 1) : requirements.filter((r) => r.isMandatory || n % 2 === 0);
    await seedDocuments(tx, { applicationId: id, studentId, studentName: students.get(studentId) ?? "", opportunityTitle: input.opportunityTitle, uploads, uploadedAt: startedAt });
  }
}

/** Uploads each document the application lacks; a second run finds them and stores nothing. */
async function seedDocuments(
  tx: TransactionClient,
  input: { applicationId: string; studentId: string; studentName: string; opportunityTitle: string; uploads: { id: string; name: string }[]; uploadedAt: Date },
) {
  const present = new Set(
    (await tx.applicationDocument.findMany({ where: { applicationId: input.applicationId }, select: { requirementId: true } })).map((d) => d.requirementId),
  );
  for (const requirement of input.uploads) {
    if (present.has(requirement.id)) continue;
    const file = await storeFile(tx, {
      data: placeholderPdf([requirement.name, input.studentName, input.opportunityTitle, "Demo document: generated by the demo seed."]),
      fileName: `${requirement.name}.pdf`,
      mimeType: "application/pdf",
      uploadedById: input.studentId,
    });
    await tx.applicationDocument.create({ data: { applicationId: input.applicationId, requirementId: requirement.id, fileId: file.id, createdAt: input.uploadedAt } });
  }
}
