import Link from "next/link";
import type { ComponentPropsWithRef } from "react";
import { buttonClasses, type ButtonSize, type ButtonVariant } from "./button";

export interface LinkButtonProps extends ComponentPropsWithRef<typeof Link> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/** A navigation link that looks like a button; it stays a link for assistive technology. */
export function LinkButton({ variant = "primary", size, className, ...props }: LinkButtonProps) {
  return <Link className={buttonClasses({ variant, size, className })} {...props} />;
}
