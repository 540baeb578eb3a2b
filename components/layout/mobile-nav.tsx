"use client";

import { Menu, X } from "lucide-react";
import { NavLink } from "./nav-link";
import { useDisclosure } from "./use-disclosure";

export interface MobileNavGroup {
  id: string;
  label: string;
  items: { href: string; label: string }[];
}

export interface MobileNavProps {
  groups: MobileNavGroup[];
  navLabel: string;
  /** Visible button text ("Menu"); it stays the same when open, aria-expanded tells the state. */
  buttonLabel: string;
}

/**
 * Disclosure menu for narrow screens (WAI-ARIA disclosure navigation pattern): a button with
 * aria-expanded shows the links below the header. Escape closes it and returns focus to the
 * button; following a link or clicking outside closes it (see use-disclosure.ts). Labels arrive
 * translated, so no messages reach the client.
 */
export function MobileNav({ groups, navLabel, buttonLabel }: MobileNavProps) {
  const { open, close, containerRef, panelId, buttonProps } = useDisclosure();

  return (
    <div ref={containerRef} className="lg:hidden">
      <button
        {...buttonProps}
        className="inline-flex h-11 items-center gap-2 rounded-md border border-input px-3 text-sm font-medium hover:bg-muted"
      >
        {open ? <X aria-hidden="true" className="size-5" /> : <Menu aria-hidden="true" className="size-5" />}
        {buttonLabel}
      </button>
      <nav
        id={panelId}
        aria-label={navLabel}
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 max-h-[calc(100dvh-8rem)] overflow-y-auto border-b border-border bg-surface px-4 py-4 shadow-lg"
      >
        {groups.map((group) => (
          <div key={group.id} className="mb-4 last:mb-0">
            {groups.length > 1 && (
              <p id={`${panelId}-${group.id}`} className="mb-1 px-3 text-xs font-semibold tracking-wide text-muted-foreground uppercase">
                {group.label}
              </p>
            )}
            <ul aria-labelledby={groups.length > 1 ? `${panelId}-${group.id}` : undefined} className="space-y-1">
              {group.items.map((item) => (
                <li key={item.href}>
                  <NavLink
                    href={item.href}
                    onClick={close}
                    className="flex min-h-11 items-center rounded-md px-3 text-base hover:bg-muted"
                    activeClassName="bg-muted font-semibold"
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
    </div>
  );
}
