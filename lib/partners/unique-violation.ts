import "server-only";

/**
 * The name of the unique index a failed write ran into (e.g. "Partner_pic_key"), or null when the
 * error is something else. Prisma 7 with the pg adapter reports it under `meta.driverAdapterError`.
 */
export function uniqueViolationIndex(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, meta } = error as { code?: unknown; meta?: unknown };
  if (code !== "P2002" && code !== "P2010") return null;
  const cause = (meta as { driverAdapterError?: { cause?: { originalCode?: string; constraint?: { index?: string } } } } | undefined)
    ?.driverAdapterError?.cause;
  if (cause?.constraint?.index) return cause.constraint.index;
  const target = (meta as { target?: unknown } | undefined)?.target;
  if (typeof target === "string") return target;
  if (Array.isArray(target)) return target.join("_");
  return code === "P2002" ? "unknown" : null;
}
