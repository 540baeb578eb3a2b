import Link from "next/link";
import type { AuditEntryRow } from "@/lib/audit/queries";

export interface AuditRecordTexts {
  /** The record type in the reader's language. */
  type: string;
  deleted: string;
  history: string;
}

/**
 * The record an audit row is about: its type, its human label linking to its page (or its id when
 * it is gone), and a link to every change of that record.
 */
export function AuditRecord({ row, texts, historyHref }: { row: AuditEntryRow; texts: AuditRecordTexts; historyHref: string | null }) {
  const { record } = row;
  return (
    <div className="space-y-0.5">
      <div className="text-xs text-muted-foreground">{texts.type}</div>
      {record.state === "found" ? (
        <div>
          {record.href ? (
            <Link href={record.href} className="text-link underline-offset-4 hover:underline">
              {record.label}
            </Link>
          ) : (
            <span>{record.label}</span>
          )}
          {record.context && <div className="text-sm text-muted-foreground">{record.context}</div>}
        </div>
      ) : (
        <div>
          <span className="font-mono text-xs break-all">{row.entityId}</span>
          {record.state === "deleted" && <span className="text-muted-foreground"> {texts.deleted}</span>}
        </div>
      )}
      {historyHref && (
        <Link href={historyHref} className="text-xs text-link underline-offset-4 hover:underline">
          {texts.history}
        </Link>
      )}
    </div>
  );
}
