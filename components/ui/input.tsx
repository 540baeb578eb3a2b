import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn";

/** Shared look of text-like controls; `aria-invalid` (set by FormField) switches to the error colour. */
export const controlClasses = cn(
  "block w-full rounded-md border border-input bg-surface px-3 text-base text-foreground",
  "placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-70",
  "aria-invalid:border-destructive aria-invalid:border-2",
);

export function Input({ className, type = "text", ...props }: ComponentPropsWithRef<"input">) {
  return <input type={type} className={cn(controlClasses, "h-11", className)} {...props} />;
}
