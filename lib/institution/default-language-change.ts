import "server-only";
import type { AppLocale } from "@/i18n/config";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionClient } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { fieldError } from "@/lib/errors/app-error";
import { readTranslations } from "@/lib/translations/content";
import { CONTACT_TRANSLATED_FIELDS, INSTITUTION_LIST_FIELDS, INSTITUTION_TEXT_FIELDS, type InstitutionAbout } from "./localize";

/**
 * Changing the default content language (decision 010). The plain columns of every translatable
 * record hold the default language's text, so a change relabels them all: it is offered only while
 * nothing but the institution itself (and its office contacts) has been written. Those few texts
 * are moved here: the new language's translations become the plain columns and the old plain texts
 * become the old language's translations.
 */

/** Tables with texts in the default language besides the institution and its contacts. */
const CONTENT_TABLES = [
  "Unit",
  "Partner",
  "MobilityProgram",
  "Opportunity",
  "Project",
  "WorkPackage",
  "ProjectActivity",
  "GrantCall",
  "Visit",
  "VisitAgendaItem",
  "Event",
  "Center",
  "StrategyGoal",
  "StrategyIndicator",
  "NewsItem",
  "ActivityHighlight",
] as const satisfies readonly Prisma.ModelName[];

/** Whether any record other than the institution and its contacts holds texts in the default language. */
export async function hasTranslatableContent(client: Pick<TransactionClient, "$queryRaw"> = db): Promise<boolean> {
  const checks = Prisma.join(
    CONTENT_TABLES.map((table) => Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"${table}"`)})`),
    " OR ",
  );
  const [row] = await client.$queryRaw<{ found: boolean }[]>`SELECT (${checks}) AS "found"`;
  return row?.found === true;
}

type Texts = Record<string, string | string[] | null>;

/**
 * One record's texts relabelled from `from` to `to`: the plain texts and the translations as they
 * must be stored afterwards, or the first required field that has no text in `to`.
 */
export function relabelTexts(
  plain: Texts,
  translations: unknown,
  fields: readonly string[],
  required: readonly string[],
  from: AppLocale,
  to: AppLocale,
): { plain: Texts; translations: Record<string, Texts> } | { missing: string } {
  const stored = readTranslations(translations, fields) as Record<string, Texts>;
  const incoming = stored[to] ?? {};
  const missing = required.find((field) => incoming[field] === undefined);
  if (missing) return { missing };
  const nextPlain: Texts = {};
  const outgoing: Texts = {};
  for (const field of fields) {
    const empty = Array.isArray(plain[field]) ? [] : plain[field] === null ? null : "";
    nextPlain[field] = incoming[field] ?? empty;
    const old = plain[field];
    if ((typeof old === "string" && old !== "") || (Array.isArray(old) && old.length > 0)) outgoing[field] = old;
  }
  const next: Record<string, Texts> = Object.fromEntries(Object.entries(stored).filter(([language]) => language !== to && language !== from));
  if (Object.keys(outgoing).length > 0) next[from] = outgoing;
  return { plain: nextPlain, translations: next };
}

/**
 * Moves the institution's and its contacts' texts to the new default language inside the caller's
 * transaction. Refused (a field error on the language) while other content exists, or when the
 * name, short name or a contact's position has no text in the new language yet.
 */
export async function moveInstitutionTexts(tx: TransactionClient, from: AppLocale, to: AppLocale): Promise<void> {
  if (await hasTranslatableContent(tx)) throw fieldError("defaultLanguage", "admin.settings.details.languageLocked");
  const row = await tx.institution.findUniqueOrThrow({
    where: { id: 1 },
    select: { name: true, shortName: true, address: true, officeHeadTitle: true, about: true, translations: true, contacts: { select: { id: true, position: true, translations: true } } },
  });
  const about = row.about as unknown as InstitutionAbout;
  const institution = relabelTexts(
    { name: row.name, shortName: row.shortName, address: row.address, officeHeadTitle: row.officeHeadTitle, ...about },
    row.translations,
    [...INSTITUTION_TEXT_FIELDS, ...INSTITUTION_LIST_FIELDS],
    ["name", "shortName"],
    from,
    to,
  );
  const contacts = row.contacts.map((contact) => ({ id: contact.id, result: relabelTexts({ position: contact.position }, contact.translations, CONTACT_TRANSLATED_FIELDS, ["position"], from, to) }));
  if ("missing" in institution || contacts.some(({ result }) => "missing" in result)) {
    throw fieldError("defaultLanguage", "admin.settings.details.languageTextsMissing");
  }
  const text = institution.plain;
  await tx.institution.update({
    where: { id: 1 },
    data: {
      name: text.name as string,
      shortName: text.shortName as string,
      address: (text.address as string | null) ?? "",
      officeHeadTitle: (text.officeHeadTitle as string | null) || null,
      about: { mission: (text.mission as string | null) ?? "", objectives: text.objectives ?? [], functions: text.functions ?? [], tasks: text.tasks ?? [] },
      translations: institution.translations,
    },
  });
  for (const { id, result } of contacts) {
    if ("missing" in result) continue;
    await tx.officeContact.update({ where: { id }, data: { position: result.plain.position as string, translations: result.translations } });
  }
}
