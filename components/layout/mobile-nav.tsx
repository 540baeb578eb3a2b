"use client";

import { useEffect, useId, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { Menu, X } from "lucide-react";
import { NavLink } from "./nav-link";

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
 * button; following a link closes it. Labels arrive translated, so no messages reach the client.
 */
export function MobileNav({ groups, navLabel, buttonLabel }: MobileNavProps) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // Back/forward navigation also changes the page: close the menu then (state adjusted while rendering).
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  return (
    <div className="lg:hidden">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
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
                    onClick={() => setOpen(false)}
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
