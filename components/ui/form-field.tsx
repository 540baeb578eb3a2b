import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from "react";
import { CircleAlert } from "lucide-react";
import { cn } from "./cn";
import { Label } from "./label";

interface ControlProps {
  id?: string;
  required?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
}

export interface FormFieldProps {
  label: ReactNode;
  /** Exactly one control (Input, Select, Textarea, Checkbox…); it receives id, required and the aria wiring. */
  children: ReactElement<ControlProps>;
  /** Defaults to the control's own id, else a generated one. */
  id?: string;
  description?: ReactNode;
  /** The message shown next to the field; also marks the control invalid. */
  error?: string | null;
  required?: boolean;
  /** `inline` puts a checkbox or radio before its label. */
  layout?: "stacked" | "inline";
  className?: string;
}

/**
 * Label, control, hint and error in one place, so every form announces the same way: the hint and
 * the error are read with the control (aria-describedby) and the control is marked aria-invalid.
 * No live region: the form moves focus to the first invalid field on submit, which reads it out.
 */
export function FormField({
  label,
  children,
  id,
  description,
  error,
  required,
  layout = "stacked",
  className,
}: FormFieldProps) {
  const generatedId = useId();
  const controlId = id ?? children.props.id ?? generatedId;
  const descriptionId = description ? `${controlId}-description` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [children.props["aria-describedby"], descriptionId, errorId].filter(Boolean).join(" ") || undefined;

  const control = isValidElement(children)
    ? cloneElement(children, {
        id: controlId,
        required: required ?? children.props.required,
        "aria-describedby": describedBy,
        "aria-invalid": error ? true : children.props["aria-invalid"],
      })
    : children;

  const labelElement = (
    <Label htmlFor={controlId} required={required} className={layout === "inline" ? "font-normal" : undefined}>
      {label}
    </Label>
  );
  const descriptionElement = description ? (
    <p id={descriptionId} className="text-sm text-muted-foreground">
      {description}
    </p>
  ) : null;
  const errorElement = error ? (
    <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-destructive">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{error}</span>
    </p>
  ) : null;

  if (layout === "inline") {
    return (
      <div className={cn("space-y-1", className)}>
        <div className="flex items-start gap-3">
          <span className="flex h-6 items-center">{control}</span>
          <div className="space-y-1">
            {labelElement}
            {descriptionElement}
          </div>
        </div>
        {errorElement}
      </div>
    );
  }

  return (
    <div className={cn("space-y-1.5", className)}>
      {labelElement}
      {descriptionElement}
      {control}
      {errorElement}
    </div>
  );
}
