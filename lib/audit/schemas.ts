import { z } from "zod";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "common.form.errors.invalidDate")
  .refine((value) => !Number.isNaN(Date.parse(value)), "common.form.errors.invalidDate");

const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional()).catch(undefined);

/** The audit log browser's filters, read from the URL; a tampered value is ignored, not an error. */
export const auditFilterSchema = z.object({
  actor: optional(z.string().trim().max(200)),
  actorId: optional(z.uuid()),
  entityType: optional(z.string().trim().max(60)),
  entityId: optional(z.string().trim().max(100)),
  from: optional(isoDay),
  to: optional(isoDay),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;
