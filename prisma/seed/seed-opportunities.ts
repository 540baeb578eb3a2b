import type { TransactionClient } from "@/lib/db/client";
import type { ApplicationStatus, OpportunityStatus } from "@/lib/generated/prisma/enums";
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
      title: `${semester} semester exchange at ${agreement.partnerName}`,
      description: `Study one semester at ${agreement.partnerName} with full recognition of credits under the ${agreement.programCode.replaceAll("_", " ")} agreement. Courses are taught in English.`,
      programId: programs.get(agreement.programCode)!,
      partnerId: agreement.partnerId,
      agreementId: agreement.id,
      unitId: agreement.unitId,
      direction: "OUTGOING" as const,
      audience: index % 3 === 0 ? (["MASTER"] as const) : (["BACHELOR", "MASTER"] as const),
      subjectAreas: index % 2 === 0 ? ["0231", "0232"] : ["0311", "0413"],
      places: 2 + (index % 3),
      funding: agreement.programCode === "ERASMUS_KA171" ? "Erasmus+ grant: monthly allowance and travel support" : "Tuition waiver at the host; travel at own cost",
      academicYear,
      academicPeriod: `${semester} ${semester === "Fall" ? academicYear : academicYear + 1}`,
      durationMonths: 5,
      language: "English",
      languageLevel: "B2" as const,
      otherRequirements: "Enrolled at Khazar University for at least two semesters; no disciplinary record.",
      selectionCriteria: CRITERIA,
      opensAt: daysFrom(today, state === "CLOSED" ? -60 : -20),
      closesAt: daysFrom(today, closesIn),
      status: state,
    };
    await tx.opportunity.upsert({ where: { id }, create: { id, ...data, audience: [...data.audience] }, update: { ...data, audience: [...data.audience] } });
    for (const [d, doc] of DOCUMENTS.entries()) {
      const docId = stableId("required-document", `${id}:${d}`);
      await tx.requiredDocument.upsert({ where: { id: docId }, create: { id: docId, opportunityId: id, sortOrder: d, ...doc }, update: doc });
    }
    if (state !== "DRAFT") await seedApplications(tx, { opportunityId: id, closed: state === "CLOSED", studentIds, officerId, offset: index });
  }
}

async function seedApplications(
  tx: TransactionClient,
  { opportunityId, closed, studentIds, officerId, offset }: { opportunityId: string; closed: boolean; studentIds: string[]; officerId: string; offset: number },
) {
  const outcomes: ApplicationStatus[] = closed
    ? ["NOMINATED", "NOMINATED", "SHORTLISTED", "REJECTED", "REJECTED"]
    : ["SUBMITTED", "UNDER_REVIEW", "SUBMITTED", "DRAFT"];
  for (const [n, status] of outcomes.entries()) {
    const studentId = studentIds[(offset * 3 + n) % studentIds.length]!;
    const id = stableId("application", `${opportunityId}:${studentId}`);
    const submitted = status !== "DRAFT";
    const data = {
      status,
      answers: { motivation: "I want to deepen my studies abroad and bring new methods back to my department." },
      languageLevel: "B2" as const,
      gpa: 80 + ((offset + n * 7) % 19),
      submittedAt: submitted ? new Date(Date.now() - (20 - n) * 86_400_000) : null,
      decidedAt: status === "REJECTED" || status === "ACCEPTED" ? new Date() : null,
    };
    await tx.application.upsert({ where: { id }, create: { id, opportunityId, studentId, ...data }, update: data });
    await tx.applicationStatusChange.deleteMany({ where: { applicationId: id } });
    const path: ApplicationStatus[] = submitted ? ["SUBMITTED"] : [];
    if (["UNDER_REVIEW", "SHORTLISTED", "NOMINATED", "REJECTED"].includes(status)) path.push("UNDER_REVIEW");
    if (["SHORTLISTED", "NOMINATED"].includes(status)) path.push("SHORTLISTED");
    if (status === "NOMINATED" || status === "REJECTED") path.push(status);
    await tx.applicationStatusChange.createMany({
      data: path.map((to, step) => ({
        applicationId: id,
        fromStatus: step === 0 ? "DRAFT" : path[step - 1]!,
        toStatus: to,
        changedById: step === 0 ? studentId : officerId,
        at: new Date(Date.now() - (20 - n - step * 3) * 86_400_000),
      })),
    });
  }
}
