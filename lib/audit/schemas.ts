import { z } from "zod";
import { choice, day, pageParam, searchParam, searchQuery } from "@/lib/forms/fields";
import { Prisma } from "@/lib/generated/prisma/browser";
import { auditEntityTypeOf } from "./entity-types";

/** A record type from the URL, in any case or legacy spelling, as its model name. */
const entityType = z
  .string()
  .trim()
  .max(60)
  .transform((value) => auditEntityTypeOf(value))
  .pipe(choice(Prisma.ModelName));

/** The audit log browser's filters, read from the URL; a tampered value is ignored, not an error. */
export const auditFilterSchema = z.object({
  actor: searchQuery,
  actorId: searchParam(z.uuid()),
  entityType: searchParam(entityType),
  entityId: searchParam(z.string().trim().max(100)),
  from: searchParam(day),
  to: searchParam(day),
  page: pageParam(10_000),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;
