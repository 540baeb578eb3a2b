import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { uniqueViolationIndex } from "@/lib/db/writes";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import type { SaveLetterTemplateInput } from "./template-schemas";

function stale(version: number): AppError {
  return new AppError("CONFLICT", { messageKey: "common.form.errors.stale", values: { version } });
}

/**
 * Saves a language's template over the version its editor opened (0: the built-in text, nothing
 * saved yet). A template is keyed by its language, not by an id, so the version check is written
 * here rather than with `updateAtVersion`; the rule is the same: someone else's newer save wins
 * and this one is refused as stale.
 */
export async function saveLetterTemplate(user: SessionUser | null, input: SaveLetterTemplateInput): Promise<{ language: string; version: number }> {
  requirePermission(user, "institution:update");
  const { language, subject, body, version } = input;
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.letterTemplate.findUnique({ where: { language }, select: { subject: true, body: true } });
    if (version === 0) {
      if (before) throw stale(version);
      await tx.letterTemplate.create({ data: { language, subject, body } }).catch((error: unknown) => {
        throw uniqueViolationIndex(error) ? stale(version) : error;
      });
    } else {
      if (!before) throw new AppError("NOT_FOUND");
      const { count } = await tx.letterTemplate.updateMany({ where: { language, version }, data: { subject, body, version: { increment: 1 } } });
      if (count === 0) throw stale(version);
    }
    await audit({ action: "letter.template.update", entityType: "LetterTemplate", entityId: language, before, after: { subject, body } });
    return { language, version: version + 1 };
  });
}
