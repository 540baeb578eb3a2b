"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ShownDiffEntry } from "@/lib/agreements/describe-diff";
import type { MessageValues } from "@/lib/errors/app-error";
import { DiffList } from "./diff-list";

/** The values of the agreement's stale-version refusal (lib/agreements/conflict.ts). */
function readConflict(values: MessageValues | undefined) {
  if (!values || typeof values.changes !== "string") return null;
  try {
    return {
      yourVersion: Number(values.yourVersion),
      currentVersion: Number(values.currentVersion),
      changedBy: String(values.changedBy ?? ""),
      changes: JSON.parse(values.changes) as ShownDiffEntry[],
    };
  } catch {
    return null;
  }
}

/**
 * Shown under the form's alert when a save was refused because someone else saved first: who saved
 * which version, what they changed since this form was opened, and a link to compare the versions.
 */
export function StaleVersionChanges({ agreementId, values }: { agreementId: string; values: MessageValues | undefined }) {
  const t = useTranslations("agreements.form");
  const conflict = readConflict(values);
  if (!conflict) return null;
  return (
    <div className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <p>{t("conflictIntro", { name: conflict.changedBy, version: conflict.currentVersion })}</p>
      <DiffList entries={conflict.changes} />
      <p>{t("conflictKeep")}</p>
      <Link
        href={`/dashboard/agreements/${agreementId}/history?from=${conflict.yourVersion}&to=${conflict.currentVersion}`}
        className="inline-block text-link underline underline-offset-4"
      >
        {t("compare")}
      </Link>
    </div>
  );
}
