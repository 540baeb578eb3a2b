import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission, scopeWhere } from "@/lib/permissions";

const programRowSelect = {
  id: true,
  code: true,
  name: true,
  description: true,
  translations: true,
  funder: true,
  url: true,
  isActive: true,
  version: true,
  createdAt: true,
  _count: { select: { opportunities: true } },
} satisfies Prisma.MobilityProgramSelect;

export type ProgramRow = Prisma.MobilityProgramGetPayload<{ select: typeof programRowSelect }>;

/** Every program the user may read, active first then by name, with how many calls use each. */
export async function listPrograms(user: SessionUser | null): Promise<ProgramRow[]> {
  requirePermission(user, "program:read", { isPublic: true });
  return db.mobilityProgram.findMany({
    where: scopeWhere(user, "program:read"),
    select: programRowSelect,
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
  });
}

/** One program for the edit page; NOT_FOUND when missing or out of the user's reach. */
export async function getProgram(user: SessionUser | null, id: string): Promise<ProgramRow> {
  requirePermission(user, "program:read", { isPublic: true });
  const program = await db.mobilityProgram.findFirst({
    where: { AND: [scopeWhere(user, "program:read"), { id }] },
    select: programRowSelect,
  });
  if (!program) throw new AppError("NOT_FOUND");
  return program;
}

export interface ProgramOption {
  id: string;
  code: string;
  name: string;
  isActive: boolean;
}

/** Programs to choose from in the opportunity form: the active ones, plus `keepId` if given. */
export async function listProgramOptions(keepId?: string): Promise<ProgramOption[]> {
  return db.mobilityProgram.findMany({
    where: keepId ? { OR: [{ isActive: true }, { id: keepId }] } : { isActive: true },
    select: { id: true, code: true, name: true, isActive: true },
    orderBy: { name: "asc" },
  });
}
