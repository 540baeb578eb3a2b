import type { TransactionClient } from "@/lib/db/client";
import type { AgreementKind, AgreementScope, AgreementStatus, MobilityStatus, MobilityType, StudyLevel } from "@/lib/generated/prisma/enums";
import { countryByCode } from "@/lib/reference/countries";
import type { DirectoryIds } from "./seed-directory";
import { daysFrom, pick, stableId } from "./stable-id";

const SUBJECTS = ["0231", "0232", "0311", "0413", "0421", "0613", "0714", "0912", "0223", "0314"];
const PEOPLE = ["Anar Aliyev", "Kamala Hasanova", "Rustam Mammadov", "Jale Karimova", "Elchin Guliyev", "Sona Ismayilova", "Tofig Rahimov", "Aynur Valiyeva"];
const INCOMING_NAMES = ["Anna Müller", "Luca Rossi", "Marie Dubois", "Mehmet Yılmaz", "Emma Johansson", "Jan Kowalski", "Sofia García", "Aigerim Nurlanova"];

function kindFor(countryCode: string, index: number): AgreementKind {
  if (countryCode === "TR") return index % 2 === 0 ? "MEVLANA_PROTOCOL" : "BILATERAL_COOPERATION";
  if (["KZ", "KG", "UZ", "TM", "TJ"].includes(countryCode)) return "ORKHON_PROTOCOL";
  if (countryByCode(countryCode)?.region === "EUROPE" && !["RU", "BY", "UA", "MD", "GE"].includes(countryCode)) {
    return index % 5 === 0 ? "DOUBLE_DEGREE" : "ERASMUS_KA171";
  }
  return index % 3 === 0 ? "MEMORANDUM_OF_UNDERSTANDING" : "BILATERAL_COOPERATION";
}

const PROGRAM_FOR_KIND: Partial<Record<AgreementKind, string>> = {
  ERASMUS_KA171: "ERASMUS_KA171",
  MEVLANA_PROTOCOL: "MEVLANA",
  ORKHON_PROTOCOL: "ORKHON",
};

/** Spreads the demo over the lifecycle: mostly active, some expiring soon, a few in every other state. */
function lifecycleFor(index: number, today: Date): { status: AgreementStatus; startsOn: Date | null; endsOn: Date | null } {
  const plan: [AgreementStatus, number, number][] = [
    ["ACTIVE", -900, 800],
    ["ACTIVE", -1300, 20],
    ["ACTIVE", -700, 75],
    ["ACTIVE", -1000, 160],
    ["ACTIVE", -400, 1400],
    ["EXPIRED", -1800, -40],
    ["ACTIVE", -200, 1600],
    ["IN_NEGOTIATION", 60, 1900],
    ["ACTIVE", -600, 1100],
    ["AWAITING_SIGNATURE", 30, 1850],
    ["DRAFT", 90, 1900],
    ["TERMINATED", -1500, 300],
  ];
  const [status, start, end] = plan[index % plan.length]!;
  return { status, startsOn: daysFrom(today, start), endsOn: daysFrom(today, end) };
}

export interface SeededAgreement {
  id: string;
  partnerId: string;
  partnerName: string;
  kind: AgreementKind;
  status: AgreementStatus;
  unitId: string;
  programCode: string;
}

export async function seedAgreements(
  tx: TransactionClient,
  { partners, programs, unitIds, officerId, today }: {
    partners: DirectoryIds["partners"];
    programs: Map<string, string>;
    unitIds: Map<string, string>;
    officerId: string;
    today: Date;
  },
): Promise<SeededAgreement[]> {
  const universities = [...partners.entries()].filter(([, p]) => p.kind === "UNIVERSITY" && p.status !== "PROSPECT");
  const units = [...unitIds.values()].slice(0, 6);
  const seeded: SeededAgreement[] = [];

  for (const [index, [partnerName, partner]] of universities.entries()) {
    const kind = kindFor(partner.countryCode, index);
    const { status, startsOn, endsOn } = partner.status === "INACTIVE"
      ? { status: "EXPIRED" as const, startsOn: daysFrom(today, -2400), endsOn: daysFrom(today, -600) }
      : lifecycleFor(index, today);
    const year = (startsOn ?? today).getUTCFullYear();
    const referenceNumber = `KU-IRO-${year}-${String(index + 1).padStart(3, "0")}`;
    const id = stableId("agreement", referenceNumber);
    const unitId = units[index % units.length]!;
    const scope: AgreementScope[] = kind === "DOUBLE_DEGREE" ? ["JOINT_PROGRAMS", "STUDENT_EXCHANGE"] : ["STUDENT_EXCHANGE", "STAFF_EXCHANGE", ...(index % 3 === 0 ? (["JOINT_RESEARCH"] as const) : [])];
    const signed = status === "ACTIVE" || status === "EXPIRED" || status === "TERMINATED";
    const data = {
      referenceNumber,
      title: `${kind === "ERASMUS_KA171" ? "Erasmus+ inter-institutional agreement" : "Cooperation agreement"} with ${partnerName}`,
      kind,
      status,
      unitId,
      responsibleId: officerId,
      scope,
      signedOn: signed && startsOn ? daysFrom(startsOn, -14) : null,
      startsOn,
      endsOn,
      renewalType: index % 4 === 0 ? ("AUTOMATIC" as const) : ("BY_NOTICE" as const),
      noticePeriodDays: index % 4 === 0 ? null : 90,
      terminatedOn: status === "TERMINATED" ? daysFrom(today, -100) : null,
      internalNotes: index % 2 === 0 ? "Partner asked to add a staff-training flow at the next renewal." : "",
    };
    await tx.agreement.upsert({ where: { id }, create: { id, ...data }, update: data });
    await tx.agreementPartner.upsert({
      where: { agreementId_partnerId: { agreementId: id, partnerId: partner.id } },
      create: { agreementId: id, partnerId: partner.id },
      update: {},
    });

    await tx.cooperationCondition.deleteMany({ where: { agreementId: id } });
    const subject = pick(SUBJECTS, referenceNumber);
    const fromYear = (startsOn ?? today).getUTCFullYear();
    const toYear = (endsOn ?? today).getUTCFullYear();
    const flows: { direction: "OUTGOING" | "INCOMING"; mobilityType: MobilityType; level: StudyLevel | null; places: number; months: number | null; days: number | null }[] = [
      { direction: "OUTGOING", mobilityType: "STUDENT_STUDY", level: index % 2 ? "MASTER" : "BACHELOR", places: 2 + (index % 3), months: 5, days: null },
      { direction: "INCOMING", mobilityType: "STUDENT_STUDY", level: "BACHELOR", places: 2, months: 5, days: null },
      { direction: "OUTGOING", mobilityType: "STAFF_TEACHING", level: null, places: 1, months: null, days: 7 },
    ];
    await tx.cooperationCondition.createMany({
      data: flows.map((flow, f) => ({
        id: stableId("condition", `${referenceNumber}:${f}`),
        agreementId: id,
        direction: flow.direction,
        mobilityType: flow.mobilityType,
        level: flow.level,
        iscedCode: flow.level ? subject : null,
        placesPerYear: flow.places,
        monthsPerPlace: flow.months,
        daysPerPlace: flow.days,
        language: "English",
        languageLevel: flow.level ? "B2" : "B1",
        fromAcademicYear: fromYear,
        toAcademicYear: Math.max(fromYear, toYear - 1),
      })),
    });
    await tx.agreementVersion.upsert({
      where: { agreementId_version: { agreementId: id, version: 1 } },
      create: { agreementId: id, version: 1, snapshot: { ...data, partnerIds: [partner.id] }, changedById: officerId },
      update: {},
    });

    const programCode = PROGRAM_FOR_KIND[kind] ?? "BILATERAL";
    seeded.push({ id, partnerId: partner.id, partnerName, kind, status, unitId, programCode });
    if (signed && startsOn) {
      await seedMobilities(tx, { agreementId: id, partnerId: partner.id, countryCode: partner.countryCode, programId: programs.get(programCode) ?? null, unitId, startsOn, endsOn: endsOn ?? today, today, subject });
    }
  }
  await seedRenewal(tx, seeded, officerId, today);
  return seeded;
}

/** Realized exchanges per academic year — fewer than the agreed places, as in real life. */
async function seedMobilities(
  tx: TransactionClient,
  input: { agreementId: string; partnerId: string; countryCode: string; programId: string | null; unitId: string; startsOn: Date; endsOn: Date; today: Date; subject: string },
) {
  const rows = [];
  const lastYear = Math.min(input.endsOn.getUTCFullYear(), input.today.getUTCFullYear());
  for (let year = input.startsOn.getUTCFullYear(); year <= lastYear; year++) {
    const start = new Date(Date.UTC(year, 8, 15));
    const end = new Date(Date.UTC(year + 1, 0, 31));
    const status: MobilityStatus = end < input.today ? "COMPLETED" : start < input.today ? "ONGOING" : "PLANNED";
    const outgoing = (year + input.agreementId.charCodeAt(0)) % 3;
    for (let n = 0; n < outgoing + 1; n++) {
      const key = `${input.agreementId}:${year}:out:${n}`;
      rows.push({
        id: stableId("mobility", key), direction: "OUTGOING" as const, participantType: "STUDENT" as const, mobilityType: "STUDENT_STUDY" as const,
        personName: pick(PEOPLE, key), homeCountryCode: "AZ", level: "BACHELOR" as const, iscedCode: input.subject, academicYear: year, startDate: start, endDate: end, status,
      });
    }
    const key = `${input.agreementId}:${year}:in`;
    rows.push({
      id: stableId("mobility", key), direction: "INCOMING" as const, participantType: "STUDENT" as const, mobilityType: "STUDENT_STUDY" as const,
      personName: pick(INCOMING_NAMES, key), homeCountryCode: input.countryCode, level: "BACHELOR" as const, iscedCode: input.subject, academicYear: year, startDate: start, endDate: end, status,
    });
  }
  // Ids are stable, so a second run skips what the first created.
  await tx.mobilityRecord.createMany({
    data: rows.map((row) => ({ ...row, partnerId: input.partnerId, programId: input.programId, agreementId: input.agreementId, unitId: input.unitId })),
    skipDuplicates: true,
  });
}

/** One expired agreement renewed: its successor links back to it. */
async function seedRenewal(tx: TransactionClient, seeded: SeededAgreement[], officerId: string, today: Date) {
  const expired = seeded.find((a) => a.status === "EXPIRED");
  if (!expired) return;
  const predecessor = await tx.agreement.findUniqueOrThrow({ where: { id: expired.id } });
  const referenceNumber = `${predecessor.referenceNumber}-R1`;
  const id = stableId("agreement", referenceNumber);
  const data = {
    referenceNumber,
    title: `${predecessor.title} (renewal)`,
    kind: predecessor.kind,
    status: "ACTIVE" as const,
    unitId: predecessor.unitId,
    responsibleId: officerId,
    scope: predecessor.scope,
    signedOn: daysFrom(today, -50),
    startsOn: daysFrom(today, -39),
    endsOn: daysFrom(today, 5 * 365),
    renewalType: predecessor.renewalType,
    noticePeriodDays: predecessor.noticePeriodDays,
    predecessorId: predecessor.id,
  };
  await tx.agreement.upsert({ where: { id }, create: { id, ...data }, update: data });
  await tx.agreementPartner.upsert({
    where: { agreementId_partnerId: { agreementId: id, partnerId: expired.partnerId } },
    create: { agreementId: id, partnerId: expired.partnerId },
    update: {},
  });
  await tx.agreementVersion.upsert({
    where: { agreementId_version: { agreementId: id, version: 1 } },
    create: { agreementId: id, version: 1, snapshot: { ...data, partnerIds: [expired.partnerId] }, changedById: officerId },
    update: {},
  });
}
