import "server-only";
import { fromIsoDay } from "@/lib/agreements/dates";
import { inForceOn } from "@/lib/dashboard/in-force";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementKind, AgreementStatus } from "@/lib/generated/prisma/enums";
import { textIn, type ReportContext } from "./context";

/**
 * The agreements of a period:
 * - signed: signed in the period (and now in force, expired or terminated), first agreements with
 *   a partner and new ones;
 * - renewed: signed in the period as the successor of an earlier agreement;
 * - ended: reached their end date in the period (up to the day the figures are for) without being
 *   terminated, or were terminated in it. A renewed one names its successor.
 * And, on the day the figures are for: the agreements in force and the partners they are with.
 */

export interface AgreementRow {
  referenceNumber: string;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  unit: string;
  partners: string;
  countries: string;
  signedOn: Date | null;
  startsOn: Date | null;
  endsOn: Date | null;
  terminatedOn: Date | null;
  predecessor: string | null;
  successor: string | null;
}

export interface AgreementSection {
  signed: AgreementRow[];
  renewed: AgreementRow[];
  ended: AgreementRow[];
  inForce: number;
  /** Agreements in force on the day, by kind. */
  inForceByKind: { kind: AgreementKind; count: number }[];
  partners: number;
  partnerCountries: number;
  /** Of the partners: universities (a rankings figure). */
  partnerUniversities: number;
}

const agreementSelect = {
  referenceNumber: true,
  title: true,
  kind: true,
  status: true,
  signedOn: true,
  startsOn: true,
  endsOn: true,
  terminatedOn: true,
  unit: { select: { name: true, translations: true } },
  partners: { select: { partner: { select: { name: true, translations: true, countryCode: true } } } },
  predecessor: { select: { referenceNumber: true } },
  successor: { select: { referenceNumber: true } },
} satisfies Prisma.AgreementSelect;

type AgreementRecord = Prisma.AgreementGetPayload<{ select: typeof agreementSelect }>;

function rowOf(context: ReportContext, agreement: AgreementRecord): AgreementRow {
  const partners = agreement.partners.map(({ partner }) => partner);
  return {
    referenceNumber: agreement.referenceNumber,
    title: agreement.title,
    kind: agreement.kind,
    status: agreement.status,
    unit: textIn(context, agreement.unit, "name"),
    partners: partners.map((partner) => textIn(context, partner, "name")).join("; "),
    countries: [...new Set(partners.map((partner) => partner.countryCode))].join(", "),
    signedOn: agreement.signedOn,
    startsOn: agreement.startsOn,
    endsOn: agreement.endsOn,
    terminatedOn: agreement.terminatedOn,
    predecessor: agreement.predecessor?.referenceNumber ?? null,
    successor: agreement.successor?.referenceNumber ?? null,
  };
}

async function inForceFigures(context: ReportContext) {
  const [kinds, [partners]] = await Promise.all([
    db.$queryRaw<{ kind: AgreementKind; count: number }[]>`
      SELECT a.kind::text AS kind, count(*)::int AS count FROM "Agreement" a
      WHERE ${inForceOn(context.asOf)} GROUP BY a.kind ORDER BY count DESC, kind`,
    db.$queryRaw<{ partners: number; countries: number; universities: number }[]>`
      SELECT count(DISTINCT p.id)::int AS partners, count(DISTINCT p."countryCode")::int AS countries,
        count(DISTINCT p.id) FILTER (WHERE p.kind = 'UNIVERSITY')::int AS universities
      FROM "Agreement" a
      JOIN "AgreementPartner" ap ON ap."agreementId" = a.id
      JOIN "Partner" p ON p.id = ap."partnerId"
      WHERE ${inForceOn(context.asOf)} AND p."archivedAt" IS NULL`,
  ]);
  return { kinds, partners: partners ?? { partners: 0, countries: 0, universities: 0 } };
}

export async function loadAgreementSection(context: ReportContext): Promise<AgreementSection> {
  const start = fromIsoDay(context.period.start);
  const end = fromIsoDay(context.period.end);
  const asOf = fromIsoDay(context.asOf);
  const order = [{ signedOn: "asc" as const }, { referenceNumber: "asc" as const }];
  const [signed, ended, figures] = await Promise.all([
    db.agreement.findMany({
      where: { status: { in: ["ACTIVE", "EXPIRED", "TERMINATED"] }, signedOn: { gte: start, lte: end } },
      select: agreementSelect,
      orderBy: order,
    }),
    db.agreement.findMany({
      where: {
        OR: [
          { status: { in: ["ACTIVE", "EXPIRED"] }, signedOn: { not: null }, endsOn: { gte: start, lte: end < asOf ? end : asOf } },
          { status: "TERMINATED", terminatedOn: { gte: start, lte: end } },
        ],
      },
      select: agreementSelect,
      orderBy: [{ endsOn: "asc" }, { referenceNumber: "asc" }],
    }),
    inForceFigures(context),
  ]);
  const rows = signed.map((agreement) => rowOf(context, agreement));
  return {
    signed: rows.filter((row) => row.predecessor === null),
    renewed: rows.filter((row) => row.predecessor !== null),
    ended: ended.map((agreement) => rowOf(context, agreement)),
    inForce: figures.kinds.reduce((sum, row) => sum + row.count, 0),
    inForceByKind: figures.kinds,
    partners: figures.partners.partners,
    partnerCountries: figures.partners.countries,
    partnerUniversities: figures.partners.universities,
  };
}
