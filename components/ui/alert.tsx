import type { ComponentPropsWithRef, ReactNode } from "react";
import { CircleAlert, CircleCheck, Info, TriangleAlert } from "lucide-react";
import { cn } from "./cn";

export type AlertVariant = "info" | "success" | "warning" | "error";

const variants: Record<AlertVariant, { classes: string; Icon: typeof Info }> = {
  info: { classes: "border-info-border bg-info-subtle text-info", Icon: Info },
  success: { classes: "border-success-border bg-success-subtle text-success", Icon: CircleCheck },
  warning: { classes: "border-warning-border bg-warning-subtle text-warning", Icon: TriangleAlert },
  error: { classes: "border-danger-border bg-danger-subtle text-danger", Icon: CircleAlert },
};

export interface AlertProps extends Omit<ComponentPropsWithRef<"div">, "title"> {
  variant?: AlertVariant;
  title?: ReactNode;
  /**
   * Only for messages that appear after the page loaded (e.g. a form result): `polite` uses
   * role="status", `assertive` role="alert". A callout present on load needs neither.
   */
  live?: "polite" | "assertive";
}

/** A callout for information, success, warnings or errors. */
export function Alert({ variant = "info", title, live, className, children, ...props }: AlertProps) {
  const { classes, Icon } = variants[variant];
  const role = live === "assertive" ? "alert" : live === "polite" ? "status" : undefined;
  return (
    <div role={role} className={cn("flex gap-3 rounded-md border p-4", classes, className)} {...props}>
      <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <div className="space-y-1 text-sm">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className="text-foreground">{children}</div>}
      </div>
    </div>
  );
}
