"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ComponentPropsWithRef } from "react";
import { cn } from "@/components/ui/cn";
import { isActiveHref } from "./nav-items";

export interface NavLinkProps extends Omit<ComponentPropsWithRef<typeof Link>, "href"> {
  href: string;
  /** Classes added when the link is the current page (or one of its ancestors). */
  activeClassName?: string;
}

/** A navigation link that marks the current page with aria-current, which needs the client pathname. */
export function NavLink({ href, className, activeClassName, ...props }: NavLinkProps) {
  const pathname = usePathname();
  const active = isActiveHref(href, pathname);
  return (
    <Link
      href={href}
      // "page" for the page itself, "true" for a section the current page belongs to.
      aria-current={pathname === href ? "page" : active ? "true" : undefined}
      className={cn(className, active && activeClassName)}
      {...props}
    />
  );
}
