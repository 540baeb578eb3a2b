import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn";

export function Card({ className, ...props }: ComponentPropsWithRef<"div">) {
  return <div className={cn("rounded-lg border border-border bg-surface text-foreground shadow-sm", className)} {...props} />;
}

export function CardHeader({ className, ...props }: ComponentPropsWithRef<"div">) {
  return <div className={cn("space-y-1.5 p-5 pb-0", className)} {...props} />;
}

type HeadingLevel = "h2" | "h3" | "h4";

/** A card title is a real heading; pick the level that fits the page outline (h2 by default). */
export function CardTitle({ as: Heading = "h2", className, ...props }: ComponentPropsWithRef<"h2"> & { as?: HeadingLevel }) {
  return <Heading className={cn("text-lg leading-snug font-semibold", className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentPropsWithRef<"p">) {
  return <p className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentPropsWithRef<"div">) {
  return <div className={cn("p-5", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentPropsWithRef<"div">) {
  return <div className={cn("flex items-center gap-3 border-t border-border px-5 py-4", className)} {...props} />;
}
