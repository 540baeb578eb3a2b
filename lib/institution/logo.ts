import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { SessionUser } from "@/lib/auth/current-user";
import { db, type TransactionClient } from "@/lib/db/client";
import { AppError, fieldError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import { isUuid } from "@/lib/forms/fields";
import { storeFile, readStoredFile } from "@/lib/storage/store-file";
import { checkUpload } from "@/lib/storage/upload-rules";
import { LOGO_MAX_BYTES, LOGO_MAX_KB } from "./logo-rules";

/**
 * The institution's logo as an uploaded file: kept in the file storage like every upload (so every
 * instance sees it) and served by app/api/institution/logo/[fileId]/route.ts. `Institution.logoPath`
 * holds that route's address; the route serves a file only while it is the current logo, so no
 * other stored file can be fetched through it. The demo's logo stays a file of `public/`.
 */

const LOGO_ROUTE = "/api/institution/logo/";

export function logoPathOf(fileId: string): string {
  return `${LOGO_ROUTE}${fileId}`;
}

/** The stored file behind a logo address, or null for an address of `public/` (or anything else). */
export function logoFileIdOf(logoPath: string | null): string | null {
  if (!logoPath?.startsWith(LOGO_ROUTE)) return null;
  const id = logoPath.slice(LOGO_ROUTE.length);
  return isUuid(id) ? id : null;
}

// Whatever could run or fetch something when the SVG is opened on its own: scripts, event handlers,
// embedded documents, entity declarations, and references that leave the drawing.
const SVG_DANGERS = [
  /<\s*(script|foreignObject|iframe|embed|object|audio|video|image|animate|set|handler|listener)\b/i,
  /<!\s*(DOCTYPE|ENTITY)/i,
  /\son[a-z]+\s*=/i,
  /\b(?:href|src)\s*=\s*(?!["']\s*#)/i,
  /url\s*\(\s*(?!["']?#)/i,
  /@import/i,
  /javascript:/i,
];

/** Whether the bytes are an SVG drawing with nothing active in it (the logo is also served on its own). */
export function isSafeSvg(data: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data).replace(/^\uFEFF/, "");
  } catch {
    return false;
  }
  if (!/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text)) return false;
  return !SVG_DANGERS.some((danger) => danger.test(text));
}

/** The logo's type by its content (PNG, JPEG or a plain SVG), or a field error on `field`. */
export async function checkLogo(data: Uint8Array, field = "logo"): Promise<{ mimeType: string }> {
  if (data.byteLength === 0) throw fieldError(field, "admin.settings.logo.empty");
  if (data.byteLength > LOGO_MAX_BYTES) throw fieldError(field, "admin.settings.logo.tooLarge", { maxKb: LOGO_MAX_KB });
  const image = await checkUpload(data, { maxBytes: LOGO_MAX_BYTES, allowed: ["png", "jpg"] });
  if (image.ok) return { mimeType: image.mimeType };
  if (isSafeSvg(data)) return { mimeType: "image/svg+xml" };
  throw fieldError(field, "admin.settings.logo.notImage");
}

/** Checks and stores a logo with the caller's transaction; returns the address for `logoPath`. */
export async function storeLogo(
  tx: TransactionClient,
  file: { data: Uint8Array; fileName: string; uploadedById: string | null },
  field = "logo",
): Promise<{ logoPath: string; fileId: string; mimeType: string; sizeBytes: number }> {
  const { mimeType } = await checkLogo(file.data, field);
  const stored = await storeFile(tx, { ...file, mimeType });
  return { logoPath: logoPathOf(stored.id), fileId: stored.id, mimeType, sizeBytes: stored.sizeBytes };
}

/** The current logo's bytes for its route, or null when `fileId` is not the current logo. */
export async function readCurrentLogo(fileId: string): Promise<{ data: Uint8Array; mimeType: string } | null> {
  if (!isUuid(fileId)) return null;
  const institution = await db.institution.findUnique({ where: { id: 1 }, select: { logoPath: true } });
  if (institution?.logoPath !== logoPathOf(fileId)) return null;
  const file = await db.storedFile.findUnique({ where: { id: fileId }, select: { storageKey: true, mimeType: true } });
  if (!file) return null;
  return { data: await readStoredFile(file.storageKey), mimeType: file.mimeType };
}

/**
 * An uploaded logo for a letterhead, in the shape lib/pdf/logo.ts draws (an SVG as markup, else the
 * image's bytes); null for a logo of `public/`, which lib/pdf/logo.ts reads itself.
 */
export async function loadUploadedLogo(logoPath: string | null): Promise<{ kind: "image"; data: Buffer } | { kind: "svg"; markup: string } | null> {
  const fileId = logoFileIdOf(logoPath);
  if (!fileId) return null;
  const file = await db.storedFile.findUnique({ where: { id: fileId }, select: { storageKey: true, mimeType: true } });
  if (!file) return null;
  const data = Buffer.from(await readStoredFile(file.storageKey));
  return file.mimeType === "image/svg+xml" ? { kind: "svg", markup: data.toString("utf8") } : { kind: "image", data };
}

/** An admin replaces the logo (settings); audited. The old file stays stored but is no longer served. */
export async function setInstitutionLogo(user: SessionUser | null, file: { data: Uint8Array; fileName: string }): Promise<{ logoPath: string }> {
  requirePermission(user, "institution:update");
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.institution.findUnique({ where: { id: 1 }, select: { logoPath: true } });
    if (!before) throw new AppError("NOT_FOUND");
    const stored = await storeLogo(tx, { ...file, uploadedById: user?.id ?? null });
    await tx.institution.update({ where: { id: 1 }, data: { logoPath: stored.logoPath } });
    await audit({
      action: "institution.set-logo",
      entityType: "Institution",
      entityId: "1",
      before,
      after: { logoPath: stored.logoPath, fileName: file.fileName, mimeType: stored.mimeType, sizeBytes: stored.sizeBytes },
    });
    return { logoPath: stored.logoPath };
  });
}

/** An admin removes the logo: the header and letters go without one. */
export async function removeInstitutionLogo(user: SessionUser | null): Promise<void> {
  requirePermission(user, "institution:update");
  await auditedWrite(user, async (tx, audit) => {
    const before = await tx.institution.findUnique({ where: { id: 1 }, select: { logoPath: true } });
    if (!before) throw new AppError("NOT_FOUND");
    if (!before.logoPath) return;
    await tx.institution.update({ where: { id: 1 }, data: { logoPath: null } });
    await audit({ action: "institution.remove-logo", entityType: "Institution", entityId: "1", before });
  });
}
