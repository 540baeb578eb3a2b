import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn";

export interface LabelProps extends ComponentPropsWithRef<"label"> {
  /** Shows a required marker; the control itself must carry `required` so assistive technology announces it. */
  required?: boolean;
}

export function Label({ className, required, children, ...props }: LabelProps) {
  return (
    <label className={cn("text-sm font-medium text-foreground", className)} {...props}>
      {children}
      {required && (
        <span aria-hidden="true" className="ml-0.5 text-destructive">
          *
        </span>
      )}
    </label>
  );
}
