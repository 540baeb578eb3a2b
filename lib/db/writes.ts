import "server-only";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";

/**
 * The two rules every entity's writes share: an edit saves only over the version its editor started
 * from (optimistic locking), and a clash with a unique index is answered next to the field it is
 * about. Entities call these; none keeps its own copy.
 */

/** What `updateAtVersion` needs of a Prisma model delegate (`tx.partner`, `tx.center`, …). */
interface VersionedDelegate<D> {
  updateMany(args: { where: { id: string; version: number }; data: D }): Promise<{ count: number }>;
  count(args: { where: { id: string } }): Promise<number>;
}

/**
 * Updates one record if it is still at `version`, and increments the version. A record that moved
 * on is refused with CONFLICT (`staleKey`, default "common.form.errors.stale"); one that is gone with
 * NOT_FOUND. Run it in the write's transaction, before the audit row.
 */
export async function updateAtVersion<D extends object>(
  delegate: VersionedDelegate<D>,
  target: { id: string; version: number },
  data: D,
  staleKey = "common.form.errors.stale",
): Promise<void> {
  const { count } = await delegate.updateMany({
    where: { id: target.id, version: target.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count > 0) return;
  const exists = await delegate.count({ where: { id: target.id } });
  throw exists > 0 ? new AppError("CONFLICT", { messageKey: staleKey, values: { version: target.version } }) : new AppError("NOT_FOUND");
}

/**
 * The name of the unique index a failed write ran into (e.g. "Partner_pic_key"), or null when the
 * error is something else. Prisma 7 with the pg adapter reports it under `meta.driverAdapterError`;
 * a raw query reports P2010.
 */
export function uniqueViolationIndex(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, meta } = error as { code?: unknown; meta?: unknown };
  if (code !== "P2002" && code !== "P2010") return null;
  const cause = (meta as { driverAdapterError?: { cause?: { originalCode?: string; constraint?: { index?: string } } } } | undefined)
    ?.driverAdapterError?.cause;
  if (code === "P2010" && cause?.originalCode !== undefined && cause.originalCode !== "23505") return null;
  if (cause?.constraint?.index) return cause.constraint.index;
  const target = (meta as { target?: unknown } | undefined)?.target;
  if (typeof target === "string") return target;
  if (Array.isArray(target)) return target.join("_");
  return code === "P2002" ? "unknown" : null;
}

/**
 * Rethrows a unique-index clash as a field error: `fields` maps an index name (or a part of it, such
 * as the column) to the form field and its message key. Anything else is rethrown unchanged, so use it
 * as `.catch(uniqueFieldErrors({ Partner_pic_key: ["pic", "partners.validation.picTaken"] }))`.
 */
export function uniqueFieldErrors(fields: Record<string, readonly [field: string, messageKey: string]>): (error: unknown) => never {
  return (error) => {
    const index = uniqueViolationIndex(error);
    if (index !== null) {
      const match = Object.entries(fields).find(([name]) => index === name || index.includes(name));
      if (match) {
        const [field, messageKey] = match[1];
        const fieldErrors: FieldErrors = { [field]: [messageKey] };
        throw new AppError("VALIDATION", { fieldErrors, cause: error });
      }
    }
    throw error;
  };
}
