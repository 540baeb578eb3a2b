"use client";

import { useEffect, useId, useRef, useState } from "react";
import { usePathname } from "next/navigation";

/**
 * The WAI-ARIA disclosure pattern behind the header's menus: a button (aria-expanded,
 * aria-controls={panelId}) shows a panel. The panel closes when the page changes (a link followed,
 * back/forward), on Escape (focus returns to the button) and when a click or focus lands outside
 * `containerRef`.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // State adjusted while rendering (React's pattern for "reset on prop change"), not in an effect.
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) => !(target instanceof Node && containerRef.current?.contains(target));
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      if (outside(event.target)) setOpen(false);
    }
    function onFocusIn(event: FocusEvent) {
      if (outside(event.target)) setOpen(false);
    }
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("focusin", onFocusIn);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("focusin", onFocusIn);
    };
  }, [open]);

  return {
    open,
    close: () => setOpen(false),
    containerRef,
    panelId,
    buttonProps: { ref: buttonRef, type: "button" as const, "aria-expanded": open, "aria-controls": panelId, onClick: () => setOpen((value) => !value) },
  };
}
