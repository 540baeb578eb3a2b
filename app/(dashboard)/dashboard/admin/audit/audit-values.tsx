/** Before/after values of one entry, folded away so the table stays scannable. */
export function AuditValues({
  before,
  after,
  labels,
}: {
  before: unknown;
  after: unknown;
  labels: { show: string; before: string; after: string; none: string };
}) {
  if (before == null && after == null) return <span className="text-muted-foreground">{labels.none}</span>;
  return (
    <details className="max-w-md">
      <summary className="cursor-pointer text-link">{labels.show}</summary>
      <div className="mt-2 grid gap-2">
        {before != null && <ValueBlock label={labels.before} value={before} />}
        {after != null && <ValueBlock label={labels.after} value={after} />}
      </div>
    </details>
  );
}

function ValueBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <p className="text-xs font-semibold text-muted-foreground uppercase">{label}</p>
      <pre className="overflow-x-auto rounded-md bg-muted p-2 text-xs whitespace-pre-wrap break-all">{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}
