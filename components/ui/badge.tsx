import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn";

export type BadgeVariant = "neutral" | "info" | "success" | "warning" | "danger";

const variantClasses: Record<BadgeVariant, string> = {
  neutral: "border-border bg-muted text-foreground",
  info: "border-info-border bg-info-subtle text-info",
  success: "border-success-border bg-success-subtle text-success",
  warning: "border-warning-border bg-warning-subtle text-warning",
  danger: "border-danger-border bg-danger-subtle text-danger",
};

/**
 * A short status label. Its text must carry the meaning on its own: colour only reinforces it. It
 * never wraps, so a word is never cut in two; tables and headers leave it the room it needs.
 */
export function Badge({ variant = "neutral", className, ...props }: ComponentPropsWithRef<"span"> & { variant?: BadgeVariant }) {
  return (
    <span
      data-badge=""
      className={cn(
        "inline-flex shrink-0 items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap",
        variantClasses[variant],
        className,
      )}
      {...props}
    />
  );
}
