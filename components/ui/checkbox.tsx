import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn";

/** A native checkbox (keyboard, forms and no-JS work for free), enlarged for touch. */
export function Checkbox({ className, ...props }: Omit<ComponentPropsWithRef<"input">, "type">) {
  return (
    <input
      type="checkbox"
      className={cn(
        "size-5 shrink-0 rounded border-input accent-primary disabled:cursor-not-allowed disabled:opacity-60",
        "aria-invalid:outline-2 aria-invalid:outline-destructive",
        className,
      )}
      {...props}
    />
  );
}
