import "server-only";
import type { AppLocale } from "@/i18n/config";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/forms/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeWhere } from "@/lib/permissions";
import { CONTENT_LANGUAGES, localize, type LocalizedText } from "@/lib/translations/content";
import { canReadStaffGrantCalls } from "./queries";
import { GRANT_CALL_TEXT_FIELDS, type PublicGrantCallFilter } from "./schemas";

export const PUBLIC_PAGE_SIZE = 20;

/** What a visitor may see: public calls that are published. The grant's own filter says "public"; publishing is the call's. */
function visitorWhere(): Prisma.GrantCallWhereInput {
  return { AND: [scopeWhere(null, "grant-call:read"), { status: "PUBLISHED" }] };
}

/** Public fields only: no follower, project or version reaches a public page. */
const publicSelect = {
  id: true,
  funder: true,
  program: true,
  title: true,
  description: true,
  eligibility: true,
  translations: true,
  audiences: true,
  deadline: true,
  timeZone: true,
  budgetMin: true,
  budgetMax: true,
  currency: true,
  url: true,
  subjectAreas: true,
  updatedAt: true,
} satisfies Prisma.GrantCallSelect;

type PublicRow = Prisma.GrantCallGetPayload<{ select: typeof publicSelect }>;

/** A call in the reader's language; amounts as text so they stay exact on the way to the page. */
export interface PublicGrantCall {
  id: string;
  funder: string;
  program: string | null;
  title: LocalizedText;
  description: LocalizedText;
  eligibility: LocalizedText;
  audiences: PublicRow["audiences"];
  deadline: Date;
  timeZone: string | null;
  budgetMin: string | null;
  budgetMax: string | null;
  currency: string | null;
  url: string | null;
  subjectAreas: string[];
}

function localized(row: PublicRow, language: { locale: AppLocale; defaultLanguage: AppLocale }): PublicGrantCall {
  const texts = localize(row, GRANT_CALL_TEXT_FIELDS, language.locale, language.defaultLanguage);
  return {
    id: row.id,
    funder: row.funder,
    program: row.program,
    title: texts.title,
    description: texts.description,
    eligibility: texts.eligibility,
    audiences: row.audiences,
    deadline: row.deadline,
    timeZone: row.timeZone,
    budgetMin: row.budgetMin?.toFixed(2) ?? null,
    budgetMax: row.budgetMax?.toFixed(2) ?? null,
    currency: row.currency,
    url: row.url,
    subjectAreas: row.subjectAreas,
  };
}

/** The public list: open calls (deadline ahead), the nearest deadline first, searched in every language. */
export async function listPublicGrantCalls(
  filter: PublicGrantCallFilter,
  language: { locale: AppLocale; defaultLanguage: AppLocale },
  now = new Date(),
): Promise<{ rows: PublicGrantCall[]; total: number; page: number; pageSize: number }> {
  const where: Prisma.GrantCallWhereInput[] = [visitorWhere(), { deadline: { gt: now } }];
  if (filter.audience) where.push({ audiences: { has: filter.audience } });
  if (filter.q) {
    where.push({
      OR: [
        { title: { contains: filter.q, mode: "insensitive" } },
        ...CONTENT_LANGUAGES.map((code) => ({ translations: { path: [code, "title"], string_contains: filter.q, mode: "insensitive" } }) as const),
        { funder: { contains: filter.q, mode: "insensitive" } },
        { program: { contains: filter.q, mode: "insensitive" } },
      ],
    });
  }
  const [total, rows] = await Promise.all([
    db.grantCall.count({ where: { AND: where } }),
    db.grantCall.findMany({
      where: { AND: where },
      select: publicSelect,
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * PUBLIC_PAGE_SIZE,
      take: PUBLIC_PAGE_SIZE,
    }),
  ]);
  return { rows: rows.map((row) => localized(row, language)), total, page: filter.page, pageSize: PUBLIC_PAGE_SIZE };
}

/** One public, published call with its documents, or null (a draft, a staff-only call and an unknown id alike). */
export async function getPublicGrantCall(id: string, language: { locale: AppLocale; defaultLanguage: AppLocale }) {
  if (!isUuid(id)) return null;
  const row = await db.grantCall.findFirst({
    where: { AND: [visitorWhere(), { id }] },
    select: { ...publicSelect, documents: { select: { id: true, title: true, file: { select: { fileName: true, sizeBytes: true } } }, orderBy: { createdAt: "asc" } } },
  });
  if (!row) return null;
  const { documents, ...call } = row;
  return { ...localized(call, language), documents };
}

/** Every public, published call's address for the sitemap. */
export async function listPublicGrantCallPages(limit: number): Promise<{ id: string; updatedAt: Date }[]> {
  return db.grantCall.findMany({ where: visitorWhere(), select: { id: true, updatedAt: true }, orderBy: { deadline: "desc" }, take: limit });
}

/** How far back the calendar keeps deadlines, so a subscribed calendar keeps the recent past. */
const CALENDAR_DAYS_BACK = 90;

/**
 * The deadlines of the calendar feed: published calls within reach (staff: every call; everyone
 * else: the public ones), from 90 days ago on, titles in the reader's language.
 */
export async function listCalendarDeadlines(user: SessionUser | null, language: { locale: AppLocale; defaultLanguage: AppLocale }, now = new Date()) {
  const reach = canReadStaffGrantCalls(user) ? scopeWhere(user, "grant-call:read") : scopeWhere(null, "grant-call:read");
  const rows = await db.grantCall.findMany({
    where: { AND: [reach, { status: "PUBLISHED", deadline: { gte: new Date(now.getTime() - CALENDAR_DAYS_BACK * 86_400_000) } }] },
    select: { id: true, funder: true, program: true, title: true, translations: true, deadline: true, timeZone: true, url: true, isPublic: true },
    orderBy: { deadline: "asc" },
    take: 2000,
  });
  return rows.map((row) => ({ ...row, title: localize(row, ["title"], language.locale, language.defaultLanguage).title.text }));
}
