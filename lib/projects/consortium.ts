import "server-only";
import type { TransactionClient } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import type { ProjectFields } from "./schemas";

/**
 * The consortium and the team of a project, checked against the registry and written in the
 * project's transaction. Consortium members are kept by id (work packages they lead stay linked);
 * the team is replaced as a whole (nothing points at it).
 */

type ConsortiumRow = ProjectFields["partners"][number];
type TeamRow = ProjectFields["team"][number];

export interface ResolvedMember {
  rowId: string | null;
  partnerId: string | null;
  name: string;
  countryCode: string | null;
  role: string;
  pic: string | null;
}

const STAFF_ROLES = ["COORDINATOR", "OFFICER", "ADMIN"] as const;

/**
 * Each row's registry partner (name, country and PIC copied, so the record reads the same if the
 * registry changes later) or, for a stored member outside the registry, its stored name. Unknown
 * partners and rows of another project are field errors next to their row.
 */
export async function resolveConsortium(tx: TransactionClient, rows: readonly ConsortiumRow[], projectId: string | null): Promise<ResolvedMember[]> {
  const partnerIds = rows.flatMap((row) => (row.partnerId ? [row.partnerId] : []));
  const rowIds = rows.flatMap((row) => (row.rowId ? [row.rowId] : []));
  const [partners, stored] = await Promise.all([
    tx.partner.findMany({ where: { id: { in: partnerIds }, archivedAt: null }, select: { id: true, name: true, countryCode: true, pic: true } }),
    projectId && rowIds.length > 0
      ? tx.projectPartner.findMany({ where: { projectId, id: { in: rowIds } }, select: { id: true, partnerId: true, name: true, countryCode: true } })
      : Promise.resolve([]),
  ]);
  const partnerById = new Map(partners.map((partner) => [partner.id, partner]));
  const storedById = new Map(stored.map((row) => [row.id, row]));
  const errors: FieldErrors = {};
  const resolved = rows.map((row, index): ResolvedMember => {
    const kept = row.rowId ? storedById.get(row.rowId) : undefined;
    if (row.rowId && !kept) errors[`partners.${index}.partnerId`] = ["projects.validation.partner"];
    // A stored member keeps its registry link unless another partner was chosen in its row.
    const partner = row.partnerId ? partnerById.get(row.partnerId) : undefined;
    if (row.partnerId && !partner && row.partnerId !== kept?.partnerId) errors[`partners.${index}.partnerId`] = ["projects.validation.partner"];
    return {
      rowId: kept?.id ?? null,
      partnerId: partner?.id ?? kept?.partnerId ?? null,
      name: partner?.name ?? kept?.name ?? "",
      countryCode: partner?.countryCode ?? kept?.countryCode ?? null,
      role: row.role,
      pic: row.pic ?? partner?.pic ?? null,
    };
  });
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", { fieldErrors: errors });
  return resolved;
}

/** The team's accounts: active staff only; anyone else is a field error next to their row. */
export async function resolveTeam(tx: TransactionClient, rows: readonly TeamRow[]) {
  const users = await tx.user.findMany({
    where: { id: { in: rows.map((row) => row.userId) }, disabledAt: null, role: { in: [...STAFF_ROLES] } },
    select: { id: true, name: true },
  });
  const byId = new Map(users.map((user) => [user.id, user]));
  const errors: FieldErrors = {};
  rows.forEach((row, index) => {
    if (!byId.has(row.userId)) errors[`team.${index}.userId`] = ["projects.validation.member"];
  });
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", { fieldErrors: errors });
  return rows.map((row) => ({ userId: row.userId, name: byId.get(row.userId)!.name, role: row.role }));
}

/** Writes the consortium: updates the rows it keeps, adds new ones, removes the rest. */
export async function writeConsortium(tx: TransactionClient, projectId: string, members: readonly ResolvedMember[]): Promise<void> {
  const kept = members.flatMap((member) => (member.rowId ? [member.rowId] : []));
  await tx.projectPartner.deleteMany({ where: { projectId, id: { notIn: kept } } });
  for (const { rowId, ...data } of members) {
    if (rowId) await tx.projectPartner.update({ where: { id: rowId }, data });
    else await tx.projectPartner.create({ data: { ...data, projectId } });
  }
}

export async function writeTeam(tx: TransactionClient, projectId: string, team: readonly { userId: string; name: string; role: string }[]): Promise<void> {
  await tx.projectMember.deleteMany({ where: { projectId } });
  if (team.length > 0) await tx.projectMember.createMany({ data: team.map((member) => ({ ...member, projectId })) });
}
