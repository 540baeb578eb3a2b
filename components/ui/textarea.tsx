import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn";
import { controlClasses } from "./input";

export function Textarea({ className, rows = 4, ...props }: ComponentPropsWithRef<"textarea">) {
  return <textarea rows={rows} className={cn(controlClasses, "min-h-24 py-2", className)} {...props} />;
}
