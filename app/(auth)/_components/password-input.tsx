"use client";

import type { ComponentPropsWithRef } from "react";
import { Input } from "@/components/ui/input";

/** A password field that lets password managers and the browser do their job. */
export function PasswordInput({ autoComplete = "current-password", ...props }: ComponentPropsWithRef<"input">) {
  return <Input type="password" autoComplete={autoComplete} spellCheck={false} {...props} />;
}
