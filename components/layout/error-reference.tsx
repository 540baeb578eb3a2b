/** The digest Next.js attaches to server errors (it matches the server log entry), if any. */
export function errorDigest(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return undefined;
}

/** Shows the error reference so a user can quote it to the office; nothing when there is none. */
export function ErrorReference({ digest, hint, label }: { digest: string | undefined; hint: string; label: string }) {
  if (!digest) return null;
  return (
    <div className="space-y-1 text-sm">
      <p className="text-muted-foreground">{hint}</p>
      <p>
        <span className="font-semibold">{label}:</span>{" "}
        <code className="rounded bg-muted px-2 py-1 font-mono text-foreground select-all">{digest}</code>
      </p>
    </div>
  );
}
