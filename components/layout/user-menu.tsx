"use client";

import Link from "next/link";
import { CircleUserRound, LogOut } from "lucide-react";
import { useDisclosure } from "./use-disclosure";

export interface UserMenuProps {
  name: string;
  email: string;
  roleLabel: string;
  /** Accessible name of the trigger, e.g. "Account menu for Aysel Mammadova". */
  triggerLabel: string;
  links: { href: string; label: string }[];
  signOut: { href: string; label: string };
}

const itemClasses = "flex min-h-10 items-center gap-2 rounded-sm px-3 py-2 text-sm hover:bg-muted focus-visible:bg-muted [&_svg]:size-4 [&_svg]:shrink-0";

/**
 * The signed-in user's menu: who they are, their own areas, and sign-out. A disclosure (see
 * use-disclosure.ts), like the mobile navigation. Deliberately without a menu library: the header is
 * on every public page, and the library cost every visitor ~40 kB of script.
 */
export function UserMenu({ name, email, roleLabel, triggerLabel, links, signOut }: UserMenuProps) {
  const { open, close, containerRef, panelId, buttonProps } = useDisclosure();

  return (
    <div ref={containerRef} className="relative">
      <button
        {...buttonProps}
        aria-label={triggerLabel}
        className="inline-flex h-9 max-w-48 items-center gap-2 rounded-md px-2 text-sm font-medium hover:bg-secondary"
      >
        <CircleUserRound aria-hidden="true" className="size-5 shrink-0" />
        <span className="hidden truncate sm:inline">{name}</span>
      </button>
      <div id={panelId} hidden={!open} className="absolute top-full right-0 z-50 mt-1.5 w-64 rounded-md border border-border bg-surface p-1 text-foreground shadow-lg">
        <p className="px-3 py-2 text-sm">
          <span className="block font-semibold">{name}</span>
          <span className="block truncate text-muted-foreground">{email}</span>
          <span className="block text-muted-foreground">{roleLabel}</span>
        </p>
        <ul className="border-y border-border py-1">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className={itemClasses} onClick={close}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
        <Link href={signOut.href} prefetch={false} className={`${itemClasses} mt-1`}>
          <LogOut aria-hidden="true" />
          {signOut.label}
        </Link>
      </div>
    </div>
  );
}
