import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { EmailStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Permission } from "@/lib/permissions";
import { EMAIL_STATUSES, type EmailFilter } from "./schemas";

/**
 * Who may see the portal's e-mails and send failed ones again: admins only. Messages hold people's
 * names, applications' outcomes and one-time links, so no other role sees them, not even their
 * subjects. (A permission of the user-management admin; its own `email:*` resource may replace it.)
 */
export const EMAIL_ADMIN_PERMISSION: Permission = "user:manage";

export const EMAIL_PAGE_SIZE = 50;

/** A row of the list: never the message's body. */
const rowSelect = {
  id: true,
  to: true,
  subject: true,
  template: true,
  status: true,
  attempts: true,
  lastError: true,
  nextAttemptAt: true,
  sentAt: true,
  createdAt: true,
} as const;

export type EmailRow = Prisma.EmailMessageGetPayload<{ select: typeof rowSelect }>;

function whereOf(filter: EmailFilter): Prisma.EmailMessageWhereInput {
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q
      ? { OR: [{ to: { contains: filter.q, mode: "insensitive" } }, { subject: { contains: filter.q, mode: "insensitive" } }] }
      : {}),
  };
}

/** The messages matching the filters, newest first, a page at a time. */
export async function listEmailMessages(user: SessionUser | null, filter: EmailFilter) {
  requirePermission(user, EMAIL_ADMIN_PERMISSION);
  const where = whereOf(filter);
  const [rows, total] = await Promise.all([
    db.emailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * EMAIL_PAGE_SIZE,
      take: EMAIL_PAGE_SIZE,
      select: rowSelect,
    }),
    db.emailMessage.count({ where }),
  ]);
  return { rows, total, page: filter.page, pageSize: EMAIL_PAGE_SIZE };
}

/** How many messages are in each status (the page's summary). */
export async function countEmailMessagesByStatus(user: SessionUser | null): Promise<Record<EmailStatus, number>> {
  requirePermission(user, EMAIL_ADMIN_PERMISSION);
  const groups = await db.emailMessage.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = Object.fromEntries(EMAIL_STATUSES.map((status) => [status, 0])) as Record<EmailStatus, number>;
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** One message with its plain-text part (what its recipient read), for its page; null if there is none. */
export async function getEmailMessage(user: SessionUser | null, id: string) {
  requirePermission(user, EMAIL_ADMIN_PERMISSION);
  return db.emailMessage.findUnique({ where: { id }, select: { ...rowSelect, text: true } });
}
