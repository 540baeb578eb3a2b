"use client";

import type { ComponentPropsWithRef } from "react";
import { Tabs as TabsPrimitive } from "radix-ui";
import { cn } from "./cn";

/**
 * Radix tabs (arrow keys between tabs, Tab into the panel). For tabs that should be linkable or
 * work without JavaScript, use links that set a search parameter instead.
 */
export const Tabs = TabsPrimitive.Root;

export function TabsList({ className, ...props }: ComponentPropsWithRef<typeof TabsPrimitive.List>) {
  return (
    <TabsPrimitive.List
      className={cn("flex max-w-full gap-1 overflow-x-auto border-b border-border", className)}
      {...props}
    />
  );
}

export function TabsTrigger({ className, ...props }: ComponentPropsWithRef<typeof TabsPrimitive.Trigger>) {
  return (
    <TabsPrimitive.Trigger
      className={cn(
        "-mb-px inline-flex min-h-11 items-center border-b-2 border-transparent px-4 text-sm font-medium whitespace-nowrap text-muted-foreground",
        "hover:text-foreground data-[state=active]:border-primary data-[state=active]:text-foreground",
        "disabled:pointer-events-none disabled:opacity-60",
        className,
      )}
      {...props}
    />
  );
}

export function TabsContent({ className, ...props }: ComponentPropsWithRef<typeof TabsPrimitive.Content>) {
  return <TabsPrimitive.Content className={cn("pt-4", className)} {...props} />;
}
