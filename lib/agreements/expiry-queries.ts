import "server-only";
import { requireSomeScope } from "./access";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeWhere } from "@/lib/permissions";
import { addDays, fromIsoDay, todayIso } from "./dates";
import { EXPIRY_WINDOWS } from "./options";
import { LIST_PAGE_SIZE } from "./schemas";

/**
 * The expiry view: active agreements ending within 30/90/180 days, and agreements that have ended
 * (marked expired, or still marked active past their end date) with no successor yet.
 */

export type ExpiryTab = `${(typeof EXPIRY_WINDOWS)[number]}` | "lapsed";
export const EXPIRY_TABS: readonly ExpiryTab[] = [...EXPIRY_WINDOWS.map((days) => `${days}` as const), "lapsed"];

export function expiryWhere(tab: ExpiryTab, now: Date): Prisma.AgreementWhereInput {
  const today = fromIsoDay(todayIso(now));
  if (tab === "lapsed") {
    return {
      successor: { is: null },
      OR: [{ status: "EXPIRED" }, { status: "ACTIVE", endsOn: { lt: today } }],
    };
  }
  return { status: "ACTIVE", endsOn: { gte: today, lte: fromIsoDay(addDays(todayIso(now), Number(tab))) } };
}

const expirySelect = {
  id: true,
  referenceNumber: true,
  title: true,
  status: true,
  endsOn: true,
  renewalType: true,
  noticePeriodDays: true,
  unit: { select: { code: true } },
  responsible: { select: { name: true } },
  partners: { select: { partner: { select: { name: true, countryCode: true } } } },
  successor: { select: { id: true, referenceNumber: true, status: true } },
} satisfies Prisma.AgreementSelect;

export type ExpiryRow = Prisma.AgreementGetPayload<{ select: typeof expirySelect }>;

export async function listExpiringAgreements(
  user: SessionUser | null,
  { tab, page }: { tab: ExpiryTab; page: number },
  now: Date = new Date(),
): Promise<{ rows: ExpiryRow[]; total: number; counts: Record<ExpiryTab, number>; page: number; pageSize: number }> {
  requireSomeScope(user, "agreement:read");
  const scope = scopeWhere(user, "agreement:read");
  const where = { AND: [scope, expiryWhere(tab, now)] };
  const [rows, ...counts] = await Promise.all([
    db.agreement.findMany({
      where,
      select: expirySelect,
      orderBy: [{ endsOn: tab === "lapsed" ? "desc" : "asc" }, { referenceNumber: "asc" }],
      skip: (page - 1) * LIST_PAGE_SIZE,
      take: LIST_PAGE_SIZE,
    }),
    ...EXPIRY_TABS.map((t) => db.agreement.count({ where: { AND: [scope, expiryWhere(t, now)] } })),
  ]);
  const countByTab = Object.fromEntries(EXPIRY_TABS.map((t, i) => [t, counts[i] ?? 0])) as Record<ExpiryTab, number>;
  return { rows, total: countByTab[tab], counts: countByTab, page, pageSize: LIST_PAGE_SIZE };
}
