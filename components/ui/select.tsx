import type { ComponentPropsWithRef } from "react";
import { ChevronDown } from "lucide-react";
import { cn } from "./cn";
import { controlClasses } from "./input";

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends ComponentPropsWithRef<"select"> {
  /** Convenience for simple lists; pass `<option>`/`<optgroup>` children instead for anything richer. */
  options?: readonly SelectOption[];
  /** A first, empty option such as "Choose a country" (value ""), so nothing is pre-selected by accident. */
  placeholder?: string;
}

/**
 * A native select: the most robust choice for keyboards, screen readers and phones (it opens the
 * platform picker). The wrapper only draws the arrow.
 */
export function Select({ className, options, placeholder, children, ...props }: SelectProps) {
  return (
    <div className="relative">
      <select className={cn(controlClasses, "h-11 appearance-none pr-10", className)} {...props}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-5 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}
