import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/** A status's tone, one of the Badge's variants (lib/ does not import components). */
export type StatusTone = "neutral" | "info" | "success" | "warning" | "danger";

/** The badge colour of each status; the badge's text always names the status too. */
export function statusVariant(status: ApplicationStatus): StatusTone {
  switch (status) {
    case "ACCEPTED":
    case "NOMINATED":
      return "success";
    case "REJECTED":
      return "danger";
    case "SHORTLISTED":
    case "UNDER_REVIEW":
    case "SUBMITTED":
      return "info";
    case "WITHDRAWN":
      return "warning";
    case "DRAFT":
      return "neutral";
  }
}

/** "2.4 MB" / "512 KB": file sizes for people. */
export function formatBytes(bytes: number, locale: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes >= 1024 * 1024) return format(bytes / (1024 * 1024), "MB");
  if (bytes >= 1024) return format(bytes / 1024, "KB");
  return format(bytes, "B");
}
