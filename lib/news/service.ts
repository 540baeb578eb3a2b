import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { localInputToDate } from "@/lib/dates/zoned";
import { db, type TransactionClient } from "@/lib/db/client";
import { updateAtVersion } from "@/lib/db/writes";
import { env } from "@/lib/env";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { firstFreeSlug, slugify } from "@/lib/partners/slug";
import { can, requirePermission } from "@/lib/permissions";
import { checkUpload } from "@/lib/storage/upload-rules";
import { readStoredFile, storeFile } from "@/lib/storage/store-file";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import { NEWS_READ, NEWS_WRITE } from "./access";
import { isPubliclyVisible } from "./visibility";
import type { NewsFields, UpdateNewsInput } from "./schemas";

/** Writes of news by staff: create, edit, publish or withdraw, the picture. Each is audited. */

const snapshotSelect = {
  title: true,
  summary: true,
  body: true,
  translations: true,
  publishedAt: true,
  isPublished: true,
  pictureFileId: true,
  version: true,
} as const;

async function freeNewsSlug(tx: TransactionClient, title: string): Promise<string> {
  const base = slugify(title);
  const taken = await tx.newsItem.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
}

/** The columns a form's fields are stored in: the date read in the institution's zone, other languages in `translations`. */
async function newsData(input: NewsFields) {
  const [timeZone, defaultLanguage] = await Promise.all([getInstitutionTimeZone(), getDefaultContentLanguage()]);
  let publishedAt: Date | null = null;
  if (input.publishedAt) {
    publishedAt = /(Z|[+-]\d{2}:\d{2})$/.test(input.publishedAt) ? new Date(input.publishedAt) : localInputToDate(input.publishedAt, timeZone, "start");
    if (!publishedAt) throw fieldError("publishedAt", "common.form.errors.invalidDate");
  }
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    publishedAt,
    translations: keepOtherLanguages(input.translations, defaultLanguage),
  };
}

export async function createNews(user: SessionUser | null, input: NewsFields): Promise<{ id: string; slug: string }> {
  requirePermission(user, NEWS_WRITE);
  const data = await newsData(input);
  return auditedWrite(user, async (tx, audit) => {
    const slug = await freeNewsSlug(tx, data.title);
    const item = await tx.newsItem.create({ data: { ...data, slug, createdById: user?.id ?? null }, select: { id: true, slug: true } });
    await audit({ action: "news.create", entityType: "NewsItem", entityId: item.id, after: { ...data, slug, isPublished: false } });
    return item;
  });
}

/** A version-checked change with the state before and after it, for the audit log. */
async function changeAtVersion(tx: TransactionClient, target: { id: string; version: number }, data: Parameters<TransactionClient["newsItem"]["updateMany"]>[0]["data"]) {
  const before = await tx.newsItem.findUnique({ where: { id: target.id }, select: snapshotSelect });
  if (!before) throw new AppError("NOT_FOUND");
  await updateAtVersion(tx.newsItem, target, data);
  const after = await tx.newsItem.findUniqueOrThrow({ where: { id: target.id }, select: snapshotSelect });
  return { before, after };
}

export async function updateNews(user: SessionUser | null, input: UpdateNewsInput): Promise<{ id: string; version: number }> {
  requirePermission(user, NEWS_WRITE);
  const { id, version, ...fields } = input;
  const data = await newsData(fields);
  return auditedWrite(user, async (tx, audit) => {
    // A published item whose date was cleared appears now, as one published without a date does.
    const current = await tx.newsItem.findUnique({ where: { id }, select: { isPublished: true } });
    const publishedAt = data.publishedAt ?? (current?.isPublished ? new Date() : null);
    const { before, after } = await changeAtVersion(tx, { id, version }, { ...data, publishedAt });
    await audit({ action: "news.update", entityType: "NewsItem", entityId: id, before, after });
    return { id, version: after.version };
  });
}

/**
 * Publishes or withdraws an item. Published without a date, it appears now (the date is set); with a
 * future date it stays hidden until then.
 */
export async function setNewsPublished(
  user: SessionUser | null,
  input: { id: string; version: number; isPublished: boolean },
): Promise<{ id: string; version: number; isPublished: boolean }> {
  requirePermission(user, NEWS_WRITE);
  return auditedWrite(user, async (tx, audit) => {
    const current = await tx.newsItem.findUnique({ where: { id: input.id }, select: { publishedAt: true } });
    if (!current) throw new AppError("NOT_FOUND");
    const data = input.isPublished && !current.publishedAt ? { isPublished: true, publishedAt: new Date() } : { isPublished: input.isPublished };
    const { before, after } = await changeAtVersion(tx, input, data);
    await audit({
      action: input.isPublished ? "news.publish" : "news.unpublish",
      entityType: "NewsItem",
      entityId: input.id,
      before: { isPublished: before.isPublished, publishedAt: before.publishedAt, version: before.version },
      after: { isPublished: after.isPublished, publishedAt: after.publishedAt, version: after.version },
    });
    return { id: input.id, version: after.version, isPublished: after.isPublished };
  });
}

const PICTURE_MESSAGES = { empty: "news.picture.empty", "too-large": "news.picture.tooLarge", "type-not-allowed": "news.picture.notImage" } as const;

/** An item's picture: images only (recognised by content), within the upload size limit. */
export async function setNewsPicture(user: SessionUser | null, input: { slug: string; data: Uint8Array; fileName: string }): Promise<{ pictureFileId: string }> {
  requirePermission(user, NEWS_WRITE);
  const maxMb = env().UPLOAD_MAX_MB;
  const check = await checkUpload(input.data, { maxBytes: maxMb * 1024 * 1024, allowed: ["png", "jpg", "webp"] });
  if (!check.ok) throw new AppError("VALIDATION", { messageKey: PICTURE_MESSAGES[check.reason], values: { maxMb } });
  return auditedWrite(user, async (tx, audit) => {
    const item = await tx.newsItem.findUnique({ where: { slug: input.slug }, select: { id: true, pictureFileId: true } });
    if (!item) throw new AppError("NOT_FOUND");
    const file = await storeFile(tx, { data: input.data, fileName: input.fileName, mimeType: check.mimeType, uploadedById: user?.id ?? null });
    await tx.newsItem.update({ where: { id: item.id }, data: { pictureFileId: file.id } });
    await audit({
      action: "news.picture.set",
      entityType: "NewsItem",
      entityId: item.id,
      before: { pictureFileId: item.pictureFileId },
      after: { pictureFileId: file.id, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes },
    });
    return { pictureFileId: file.id };
  });
}

export async function removeNewsPicture(user: SessionUser | null, input: { slug: string }): Promise<void> {
  requirePermission(user, NEWS_WRITE);
  await auditedWrite(user, async (tx, audit) => {
    const item = await tx.newsItem.findUnique({ where: { slug: input.slug }, select: { id: true, pictureFileId: true } });
    if (!item) throw new AppError("NOT_FOUND");
    if (!item.pictureFileId) return;
    await tx.newsItem.update({ where: { id: item.id }, data: { pictureFileId: null } });
    await audit({ action: "news.picture.remove", entityType: "NewsItem", entityId: item.id, before: { pictureFileId: item.pictureFileId } });
  });
}

/**
 * The picture of an item, for the route that serves it: anyone once the item is public, staff who
 * read news before that. `loadUser` is only called for items not yet public, so public requests never
 * touch the session.
 */
export async function readNewsPicture(
  slug: string,
  loadUser: () => Promise<SessionUser | null>,
  now = new Date(),
): Promise<{ data: Uint8Array; mimeType: string; isPublic: boolean } | null> {
  const item = await db.newsItem.findUnique({ where: { slug }, select: { isPublished: true, publishedAt: true, picture: { select: { storageKey: true, mimeType: true } } } });
  if (!item?.picture) return null;
  const isPublic = isPubliclyVisible(item, now);
  if (!isPublic && !can(await loadUser(), NEWS_READ)) return null;
  return { data: await readStoredFile(item.picture.storageKey), mimeType: item.picture.mimeType, isPublic };
}
