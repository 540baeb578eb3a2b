import type { ReactNode } from "react";
import { Inbox, type LucideIcon } from "lucide-react";
import { cn } from "./cn";

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  /** Usually a LinkButton to create the first record or to clear filters. */
  action?: ReactNode;
  icon?: LucideIcon;
  /** Heading level in the page outline; h2 by default. */
  headingLevel?: "h2" | "h3";
  className?: string;
}

export function EmptyState({ title, description, action, icon: Icon = Inbox, headingLevel: Heading = "h2", className }: EmptyStateProps) {
  return (
    <div className={cn("flex flex-col items-center gap-3 rounded-lg border border-dashed border-border px-6 py-10 text-center", className)}>
      <Icon aria-hidden="true" className="size-10 text-muted-foreground" />
      <Heading className="text-lg font-semibold">{title}</Heading>
      {description && <p className="max-w-prose text-sm text-muted-foreground">{description}</p>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
