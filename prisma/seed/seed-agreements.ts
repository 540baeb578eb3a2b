import type { TransactionClient } from "@/lib/db/client";
import { academicYearOf as academicYearOfDay } from "@/lib/agreements/dates";
import type { AgreementKind, AgreementScope, AgreementStatus } from "@/lib/generated/prisma/enums";
import { countryByCode } from "@/lib/reference/countries";
import { incomingPool } from "./demo-people";
import type { DirectoryIds } from "./seed-directory";
import { type AgreementMobilityPlan, type MobilityFlow, seedMobilities } from "./seed-mobility";
import { daysFrom, pick, stableId } from "./stable-id";

const HOME_COUNTRY = "AZ";

/** The academic year (September to August) a day falls in. */
function academicYearOf(day: Date): number {
  return academicYearOfDay(day.toISOString().slice(0, 10));
}

const SUBJECTS = ["0231", "0232", "0311", "0413", "0421", "0613", "0714", "0912", "0223", "0314"];

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
  const mobilityPlans: AgreementMobilityPlan[] = [];
  // Reference numbers follow the institution's pattern KU-IRO-{year}-{seq}: numbered per year of start.
  const sequenceOfYear = new Map<number, number>();
  // Incoming people are named from their country's pool; each agreement gets its own slots in it.
  const agreementsInPool = new Map<string, number>();

  for (const [index, [partnerName, partner]] of universities.entries()) {
    const kind = kindFor(partner.countryCode, index);
    const { status, startsOn, endsOn } = partner.status === "INACTIVE"
      ? { status: "EXPIRED" as const, startsOn: daysFrom(today, -2400), endsOn: daysFrom(today, -600) }
      : lifecycleFor(index, today);
    const year = (startsOn ?? today).getUTCFullYear();
    const sequence = (sequenceOfYear.get(year) ?? 0) + 1;
    sequenceOfYear.set(year, sequence);
    const referenceNumber = `KU-IRO-${year}-${String(sequence).padStart(3, "0")}`;
    const id = stableId("agreement", referenceNumber);
    const unitId = units[index % units.length]!;
    const scope: AgreementScope[] = kind === "DOUBLE_DEGREE" ? ["JOINT_PROGRAMS", "STUDENT_EXCHANGE"] : ["STUDENT_EXCHANGE", "STAFF_EXCHANGE", ...(index % 3 === 0 ? (["JOINT_RESEARCH"] as const) : [])];
    const signed = status === "ACTIVE" || status === "EXPIRED" || status === "TERMINATED";
    const terminatedOn = status === "TERMINATED" ? daysFrom(today, -100) : null;
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
      terminatedOn,
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
    // Conditions run over the academic years the agreement covers (September to August).
    const fromYear = academicYearOf(startsOn ?? today);
    const toYear = Math.max(fromYear, academicYearOf(endsOn ?? today));
    const flows: MobilityFlow[] = [
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
        toAcademicYear: toYear,
      })),
    });
    await tx.agreementVersion.upsert({
      where: { agreementId_version: { agreementId: id, version: 1 } },
      create: { agreementId: id, version: 1, snapshot: { ...data, partnerIds: [partner.id] }, changedById: officerId },
      update: {},
    });

    const programCode = PROGRAM_FOR_KIND[kind] ?? "BILATERAL";
    seeded.push({ id, partnerId: partner.id, partnerName, kind, status, unitId, programCode });
    const pool = incomingPool(partner.countryCode);
    const poolOrdinal = agreementsInPool.get(pool) ?? 0;
    agreementsInPool.set(pool, poolOrdinal + 1);
    // Exchanges with a university of our own country are not international mobility.
    if (signed && startsOn && partner.countryCode !== HOME_COUNTRY) {
      mobilityPlans.push({
        agreementId: id,
        partnerName,
        partnerId: partner.id,
        countryCode: partner.countryCode,
        programId: programs.get(programCode) ?? null,
        unitId,
        subject,
        firstDay: startsOn,
        lastDay: terminatedOn ?? endsOn ?? today,
        fromAcademicYear: fromYear,
        toAcademicYear: toYear,
        flows,
        outgoingSlot: index,
        incomingSlot: poolOrdinal,
      });
    }
  }
  await seedMobilities(tx, mobilityPlans, today);
  await seedRenewal(tx, seeded, officerId, today);
  return seeded;
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
