"use client";

import Link from "next/link";
import { CircleUserRound, LogOut } from "lucide-react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export interface UserMenuProps {
  name: string;
  email: string;
  roleLabel: string;
  /** Accessible name of the trigger, e.g. "Account menu for Aysel Mammadova". */
  triggerLabel: string;
  links: { href: string; label: string }[];
  signOut: { href: string; label: string };
}

/** The signed-in user's menu: who they are, their own areas, and sign-out. */
export function UserMenu({ name, email, roleLabel, triggerLabel, links, signOut }: UserMenuProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={triggerLabel}
        className="inline-flex h-9 max-w-48 items-center gap-2 rounded-md px-2 text-sm font-medium hover:bg-secondary"
      >
        <CircleUserRound aria-hidden="true" className="size-5 shrink-0" />
        <span className="hidden truncate sm:inline">{name}</span>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>
          <span className="block font-semibold">{name}</span>
          <span className="block text-muted-foreground">{email}</span>
          <span className="block text-muted-foreground">{roleLabel}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {links.map((link) => (
          <DropdownMenuItem key={link.href} asChild>
            <Link href={link.href}>{link.label}</Link>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href={signOut.href} prefetch={false}>
            <LogOut aria-hidden="true" />
            {signOut.label}
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
