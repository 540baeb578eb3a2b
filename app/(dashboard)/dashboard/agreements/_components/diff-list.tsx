import { useFormatter, useTranslations } from "next-intl";
import type { ShownDiffEntry } from "@/lib/agreements/describe-diff";
import { fromIsoDay } from "@/lib/agreements/dates";
import { conditionSummary } from "./condition-summary";
import { DAY_FORMAT } from "./day";

const DAY_FIELDS = new Set(["signedOn", "startsOn", "endsOn", "terminatedOn"]);
const ENUM_FIELDS: Record<string, string> = { kind: "kinds", status: "statuses", renewalType: "renewalTypes" };

/**
 * A field-by-field difference, readable without colour: each changed field with its old and new
 * value, or what was added to and removed from a list. Used by the history page and by the form
 * when a save is refused because someone else saved first.
 */
export function DiffList({ entries }: { entries: readonly ShownDiffEntry[] }) {
  const t = useTranslations("agreements");
  const format = useFormatter();
  const tr = t as unknown as (key: string, values?: Record<string, string | number>) => string;

  const show = (field: string, value: string | number | null) => {
    if (value === null || value === "") return <em className="text-muted-foreground">{t("diff.empty")}</em>;
    if (DAY_FIELDS.has(field) && typeof value === "string") return format.dateTime(fromIsoDay(value), DAY_FORMAT);
    if (ENUM_FIELDS[field]) return tr(`${ENUM_FIELDS[field]}.${value}`);
    return <span className="whitespace-pre-wrap">{String(value)}</span>;
  };
  const item = (field: string, value: string) => (field === "scope" ? tr(`scopes.${value}`) : value);

  if (entries.length === 0) return <p className="text-muted-foreground">{t("diff.none")}</p>;
  return (
    <dl className="divide-y divide-border rounded-lg border border-border">
      {entries.map((entry) => (
        <div key={entry.field} className="grid grid-cols-1 gap-1 p-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
          <dt className="font-medium">{tr(`fields.${entry.field}`)}</dt>
          <dd className="min-w-0 space-y-1 text-sm">
            {entry.kind === "value" && (
              <>
                <p>
                  <span className="font-medium">{t("diff.before")}: </span>
                  {show(entry.field, entry.before)}
                </p>
                <p>
                  <span className="font-medium">{t("diff.after")}: </span>
                  {show(entry.field, entry.after)}
                </p>
              </>
            )}
            {entry.kind === "set" && (
              <>
                {entry.added.length > 0 && (
                  <p>
                    <span className="font-medium">{t("diff.added")}: </span>
                    {entry.added.map((value) => item(entry.field, value)).join(", ")}
                  </p>
                )}
                {entry.removed.length > 0 && (
                  <p>
                    <span className="font-medium">{t("diff.removed")}: </span>
                    {entry.removed.map((value) => item(entry.field, value)).join(", ")}
                  </p>
                )}
              </>
            )}
            {entry.kind === "conditions" && (
              <>
                {entry.added.length > 0 && (
                  <div>
                    <p className="font-medium">{t("diff.added")}:</p>
                    <ul className="list-disc pl-5">
                      {entry.added.map((condition, index) => (
                        <li key={index}>{conditionSummary(tr, condition)}</li>
                      ))}
                    </ul>
                  </div>
                )}
                {entry.removed.length > 0 && (
                  <div>
                    <p className="font-medium">{t("diff.removed")}:</p>
                    <ul className="list-disc pl-5">
                      {entry.removed.map((condition, index) => (
                        <li key={index}>{conditionSummary(tr, condition)}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
