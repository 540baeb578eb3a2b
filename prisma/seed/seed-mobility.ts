import { createHash } from "node:crypto";
import type { TransactionClient } from "@/lib/db/client";
import type { MobilityDirection, MobilityStatus, MobilityType, StudyLevel } from "@/lib/generated/prisma/enums";
import { incomingPerson, incomingPool, outgoingPerson } from "./demo-people";
import { stableId } from "./stable-id";

/** One flow of an agreement's conditions: who goes which way, and how many places a year. */
export interface MobilityFlow {
  direction: MobilityDirection;
  mobilityType: MobilityType;
  level: StudyLevel | null;
  places: number;
  months: number | null;
  days: number | null;
}

/** What the mobility records of one signed agreement are drawn from. */
export interface AgreementMobilityPlan {
  agreementId: string;
  partnerName: string;
  partnerId: string;
  countryCode: string;
  programId: string | null;
  unitId: string;
  subject: string;
  /** Exchanges start on or after the agreement's first day and on or before its last one. */
  firstDay: Date;
  lastDay: Date;
  fromAcademicYear: number;
  toAcademicYear: number;
  flows: MobilityFlow[];
  /** This agreement's share of the names of a year (see ./demo-people). */
  outgoingSlot: number;
  incomingSlot: number;
}

/** Most places are not used: a popular partner fills about half of them, a quiet one a tenth. */
const LEAST_USE = 0.1;
const MOST_USE = 0.55;
/** About one exchange in twenty-five falls through (illness, visa, a changed mind). */
const CANCELLED_SHARE = 0.04;
/** Slots per agreement and year: outgoing students (places ≤ 4) and incoming students (places ≤ 2). */
const OUTGOING_SLOTS = 4;
const INCOMING_SLOTS = 2;

/** A number in [0, 1) derived from a key: the demo varies, yet is the same on every run. */
function fraction(key: string): number {
  return createHash("sha1").update(key).digest().readUInt32BE(0) / 2 ** 32;
}

function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date));
}

/** A student's semester of academic year `year`: autumn (September–January) or spring (February–June). */
function semester(year: number, autumn: boolean): { startDate: Date; endDate: Date } {
  return autumn ? { startDate: day(year, 9, 15), endDate: day(year + 1, 1, 31) } : { startDate: day(year + 1, 2, 10), endDate: day(year + 1, 6, 30) };
}

/** A staff member's teaching week: a Monday between October and May, five working days. */
function teachingWeek(year: number, key: string): { startDate: Date; endDate: Date } {
  const firstMonday = day(year, 10, 1);
  firstMonday.setUTCDate(firstMonday.getUTCDate() + ((8 - firstMonday.getUTCDay()) % 7));
  const startDate = new Date(firstMonday);
  startDate.setUTCDate(startDate.getUTCDate() + 7 * Math.floor(fraction(`${key}:week`) * 32));
  const endDate = new Date(startDate);
  endDate.setUTCDate(endDate.getUTCDate() + 4);
  return { startDate, endDate };
}

function statusOn(today: Date, period: { startDate: Date; endDate: Date }): MobilityStatus {
  const midnight = day(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate());
  if (period.endDate < midnight) return "COMPLETED";
  return period.startDate <= midnight ? "ONGOING" : "PLANNED";
}

/**
 * Realized exchanges, year by year, as a real office records them: fewer than the agreed places,
 * one person abroad at most once a year, a semester (or a teaching week) each, up to the current
 * academic year. Statuses follow the dates: completed, ongoing or planned as of `today`.
 */
export async function seedMobilities(tx: TransactionClient, plans: readonly AgreementMobilityPlan[], today: Date): Promise<void> {
  const currentYear = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const rows = [];
  for (const plan of plans) {
    const use = LEAST_USE + (MOST_USE - LEAST_USE) * fraction(`use:${plan.partnerName}`);
    const lastYear = Math.min(plan.toAcademicYear, currentYear);
    for (let year = plan.fromAcademicYear; year <= lastYear; year++) {
      for (const [f, flow] of plan.flows.entries()) {
        const key = `${plan.agreementId}:${year}:${f}`;
        const realized = Math.min(flow.places, Math.floor(flow.places * use + fraction(key)));
        for (let n = 0; n < realized; n++) {
          const personKey = `${key}:${n}`;
          const staff = flow.mobilityType === "STAFF_TEACHING";
          const period = staff ? teachingWeek(year, personKey) : semester(year, fraction(`${personKey}:term`) < 0.6);
          if (period.startDate < plan.firstDay || period.startDate > plan.lastDay) continue;
          const outgoing = flow.direction === "OUTGOING";
          const personName = outgoing
            ? outgoingPerson(staff ? plan.outgoingSlot : plan.outgoingSlot * OUTGOING_SLOTS + n, year, staff)
            : incomingPerson(incomingPool(plan.countryCode), plan.incomingSlot * INCOMING_SLOTS + n, year);
          rows.push({
            id: stableId("mobility", personKey),
            direction: flow.direction,
            participantType: staff ? ("STAFF" as const) : ("STUDENT" as const),
            mobilityType: flow.mobilityType,
            personName,
            homeCountryCode: outgoing ? "AZ" : plan.countryCode,
            partnerId: plan.partnerId,
            programId: plan.programId,
            agreementId: plan.agreementId,
            unitId: plan.unitId,
            level: flow.level,
            iscedCode: plan.subject,
            academicYear: year,
            ...period,
            status: fraction(`${personKey}:cancelled`) < CANCELLED_SHARE ? ("CANCELLED" as const) : statusOn(today, period),
          });
        }
      }
    }
  }
  // Ids are stable, so a second run skips what the first created; statuses then follow `today`.
  await tx.mobilityRecord.createMany({ data: rows, skipDuplicates: true });
  for (const status of ["COMPLETED", "ONGOING", "PLANNED", "CANCELLED"] as const) {
    const ids = rows.filter((row) => row.status === status).map((row) => row.id);
    if (ids.length > 0) await tx.mobilityRecord.updateMany({ where: { id: { in: ids }, status: { not: status } }, data: { status } });
  }
}
