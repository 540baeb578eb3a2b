import type { ComponentPropsWithoutRef, ElementType } from "react";
import { cn } from "./cn";

type VisuallyHiddenProps<T extends ElementType> = { as?: T } & ComponentPropsWithoutRef<T>;

/** Text for screen readers only (e.g. the purpose of an icon-only control). */
export function VisuallyHidden<T extends ElementType = "span">({ as, className, ...props }: VisuallyHiddenProps<T>) {
  const Component: ElementType = as ?? "span";
  return <Component className={cn("sr-only", className)} {...props} />;
}
