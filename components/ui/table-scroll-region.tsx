"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { MoveHorizontal } from "lucide-react";
import { cn } from "./cn";

export interface TableScrollRegionProps {
  /** Id of the table's caption, which names the region for screen readers. */
  labelledBy: string;
  /** Says the table scrolls sideways, shown only while it does. */
  hint: string;
  children: ReactNode;
  className?: string;
}

/**
 * The box a wide table scrolls in. It is focusable and named, so a keyboard can scroll it, and it
 * says so in words while its table is wider than the box (on a phone, typically): a cut-off column
 * is otherwise easy to miss. Before the page's script runs, the hint shows on narrow screens only.
 */
export function TableScrollRegion({ labelledBy, hint, children, className }: TableScrollRegionProps) {
  const hintId = useId();
  const region = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState<boolean | null>(null);

  useEffect(() => {
    const element = region.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div className={cn("space-y-2", className)}>
      <p
        id={hintId}
        data-table-scroll-hint=""
        className={cn("flex items-center gap-2 text-sm text-muted-foreground", overflows === null ? "lg:hidden" : !overflows && "hidden")}
      >
        <MoveHorizontal aria-hidden="true" className="size-4 shrink-0" />
        {hint}
      </p>
      <div
        ref={region}
        role="region"
        aria-labelledby={labelledBy}
        aria-describedby={overflows === false ? undefined : hintId}
        tabIndex={0}
        className="relative overflow-x-auto rounded-lg border border-border"
      >
        {children}
      </div>
    </div>
  );
}
