import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { db, type TransactionClient } from "@/lib/db/client";
import { updateAtVersion } from "@/lib/db/writes";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { firstFreeSlug, slugify } from "@/lib/partners/slug";
import { can, requirePermission } from "@/lib/permissions";
import { checkUpload } from "@/lib/storage/upload-rules";
import { readStoredFile, storeFile } from "@/lib/storage/store-file";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import type { CenterFields } from "./schemas";

const snapshotSelect = {
  name: true,
  organization: true,
  description: true,
  location: true,
  email: true,
  phone: true,
  website: true,
  openingHours: true,
  translations: true,
  isPublic: true,
  pictureFileId: true,
  version: true,
} as const;

async function freeCenterSlug(tx: TransactionClient, name: string): Promise<string> {
  const base = slugify(name);
  const taken = await tx.center.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
}

/**
 * The columns a form's fields are stored in: the default language's texts in the plain columns,
 * the other languages in `translations` (decision 010).
 */
async function centerData(input: CenterFields) {
  return { ...input, translations: keepOtherLanguages(input.translations, await getDefaultContentLanguage()) };
}

export async function createCenter(user: SessionUser | null, input: CenterFields): Promise<{ id: string; slug: string }> {
  requirePermission(user, "center:create");
  const data = await centerData(input);
  return auditedWrite(user, async (tx, audit) => {
    const slug = await freeCenterSlug(tx, data.name);
    const center = await tx.center.create({ data: { ...data, slug }, select: { id: true, slug: true } });
    await audit({ action: "center.create", entityType: "Center", entityId: center.id, after: { ...data, slug } });
    return center;
  });
}

/** A version-checked change (two editors cannot overwrite each other) with the state before and after it, for the audit log. */
async function changeAtVersion(
  tx: TransactionClient,
  target: { id: string; version: number },
  data: Parameters<TransactionClient["center"]["updateMany"]>[0]["data"],
) {
  const before = await tx.center.findUnique({ where: { id: target.id }, select: snapshotSelect });
  if (!before) throw new AppError("NOT_FOUND");
  await updateAtVersion(tx.center, target, data);
  const after = await tx.center.findUniqueOrThrow({ where: { id: target.id }, select: snapshotSelect });
  return { before, after };
}

export async function updateCenter(
  user: SessionUser | null,
  input: CenterFields & { id: string; version: number },
): Promise<{ id: string; version: number }> {
  requirePermission(user, "center:update");
  const { id, version, ...fields } = input;
  const data = await centerData(fields);
  return auditedWrite(user, async (tx, audit) => {
    const { before, after } = await changeAtVersion(tx, { id, version }, data);
    await audit({ action: "center.update", entityType: "Center", entityId: id, before, after });
    return { id, version: after.version };
  });
}

export async function setCenterPublished(
  user: SessionUser | null,
  input: { id: string; version: number; isPublic: boolean },
): Promise<{ id: string; version: number; isPublic: boolean }> {
  requirePermission(user, "center:update");
  return auditedWrite(user, async (tx, audit) => {
    const { before, after } = await changeAtVersion(tx, input, { isPublic: input.isPublic });
    await audit({
      action: input.isPublic ? "center.publish" : "center.hide",
      entityType: "Center",
      entityId: input.id,
      before: { isPublic: before.isPublic, version: before.version },
      after: { isPublic: after.isPublic, version: after.version },
    });
    return { id: input.id, version: after.version, isPublic: after.isPublic };
  });
}

/** A center's picture: images only (recognised by content), within the upload size limit. */
export async function setCenterPicture(
  user: SessionUser | null,
  input: { slug: string; data: Uint8Array; fileName: string },
): Promise<{ pictureFileId: string }> {
  requirePermission(user, "center:update");
  const check = await checkUpload(input.data, { maxBytes: env().UPLOAD_MAX_MB * 1024 * 1024, allowed: ["png", "jpg", "webp"] });
  if (!check.ok) {
    const messages = { empty: "centers.picture.empty", "too-large": "centers.picture.tooLarge", "type-not-allowed": "centers.picture.notImage" };
    throw new AppError("VALIDATION", { messageKey: messages[check.reason], values: { maxMb: env().UPLOAD_MAX_MB } });
  }
  return auditedWrite(user, async (tx, audit) => {
    const center = await tx.center.findUnique({ where: { slug: input.slug }, select: { id: true, pictureFileId: true } });
    if (!center) throw new AppError("NOT_FOUND");
    const file = await storeFile(tx, { data: input.data, fileName: input.fileName, mimeType: check.mimeType, uploadedById: user?.id ?? null });
    await tx.center.update({ where: { id: center.id }, data: { pictureFileId: file.id } });
    await audit({
      action: "center.picture.set",
      entityType: "Center",
      entityId: center.id,
      before: { pictureFileId: center.pictureFileId },
      after: { pictureFileId: file.id, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes },
    });
    return { pictureFileId: file.id };
  });
}

export async function removeCenterPicture(user: SessionUser | null, input: { slug: string }): Promise<void> {
  requirePermission(user, "center:update");
  await auditedWrite(user, async (tx, audit) => {
    const center = await tx.center.findUnique({ where: { slug: input.slug }, select: { id: true, pictureFileId: true } });
    if (!center) throw new AppError("NOT_FOUND");
    if (!center.pictureFileId) return;
    await tx.center.update({ where: { id: center.id }, data: { pictureFileId: null } });
    await audit({ action: "center.picture.remove", entityType: "Center", entityId: center.id, before: { pictureFileId: center.pictureFileId } });
  });
}

/**
 * The picture of a center, for the route that serves it: anyone for a published center, staff who
 * may read centers for a hidden one. `loadUser` is only called for hidden centers, so public
 * requests never touch the session.
 */
export async function readCenterPicture(
  slug: string,
  loadUser: () => Promise<SessionUser | null>,
): Promise<{ data: Uint8Array; mimeType: string; isPublic: boolean } | null> {
  const center = await db.center.findUnique({
    where: { slug },
    select: { isPublic: true, picture: { select: { storageKey: true, mimeType: true } } },
  });
  if (!center?.picture) return null;
  if (!center.isPublic && !can(await loadUser(), "center:read", { isPublic: false })) return null;
  return { data: await readStoredFile(center.picture.storageKey), mimeType: center.picture.mimeType, isPublic: center.isPublic };
}
