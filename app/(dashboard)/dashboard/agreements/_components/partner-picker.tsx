"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export interface PartnerChoice {
  id: string;
  name: string;
  countryCode: string;
  city: string | null;
}

export interface PartnerPickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
  /** Names of the partners already chosen when the form opens. */
  initial: readonly PartnerChoice[];
  /** react-hook-form's ref callback, so a failed submit can focus the picker. */
  inputRef?: (node: HTMLInputElement | null) => void;
  error?: string;
  onBlur?: () => void;
}

/**
 * Chooses one or more partners: a combobox (ARIA 1.2 pattern) searching the partner register as
 * you type, and the chosen partners as a list with a remove button each. Arrow keys move through
 * the suggestions, Enter picks one, Escape closes the list; the number of suggestions is announced.
 */
export function PartnerPicker({ value, onChange, initial, inputRef, error, onBlur }: PartnerPickerProps) {
  const t = useTranslations("agreements.partnerPicker");
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [known, setKnown] = useState(() => new Map(initial.map((p) => [p.id, p])));
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<PartnerChoice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "done" | "failed">("idle");
  const ownInput = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setStatus("loading");
      try {
        const response = await fetch(`/api/agreements/partner-options?${new URLSearchParams({ q: text })}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { partners: PartnerChoice[] };
        setResults(body.partners);
        setActive(body.partners.length > 0 ? 0 : -1);
        setStatus("done");
        setOpen(true);
      } catch (failure) {
        if ((failure as Error).name !== "AbortError") setStatus("failed");
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const choose = (partner: PartnerChoice) => {
    setKnown((map) => new Map(map).set(partner.id, partner));
    if (!value.includes(partner.id)) onChange([...value, partner.id]);
    setQuery("");
    setResults([]);
    setOpen(false);
    setStatus("idle");
    ownInput.current?.focus();
  };

  const removeAt = (partnerId: string) => {
    onChange(value.filter((v) => v !== partnerId));
    ownInput.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && results.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % results.length);
    } else if (event.key === "ArrowUp" && results.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? results.length - 1 : i - 1));
    } else if (event.key === "Enter") {
      // Enter picks a suggestion; it never submits the whole form from here.
      event.preventDefault();
      const partner = open ? results[active] : undefined;
      if (partner) choose(partner);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const announcement =
    query.trim().length < 2 ? "" : status === "loading" ? t("searching") : status === "failed" ? t("failed") : status === "done" ? t("results", { count: results.length }) : "";
  const activeId = open && active >= 0 && results[active] ? `${listId}-${results[active].id}` : undefined;

  return (
    <div className="space-y-2">
      <Label htmlFor={inputId} required>
        {t("label")}
      </Label>
      <p id={hintId} className="text-sm text-muted-foreground">
        {t("hint")}
      </p>
      {value.length > 0 && (
        <ul aria-label={t("chosen")} className="flex flex-wrap gap-2">
          {value.map((partnerId) => {
            const partner = known.get(partnerId);
            const name = partner?.name ?? partnerId;
            return (
              <li key={partnerId} className="inline-flex items-center gap-1 rounded-full border border-border bg-muted py-1 pr-1 pl-3 text-sm">
                <span>
                  {name}
                  {partner && <span className="text-muted-foreground"> · {partner.countryCode}</span>}
                </span>
                <button
                  type="button"
                  onClick={() => removeAt(partnerId)}
                  aria-label={t("remove", { name })}
                  className="inline-flex size-8 items-center justify-center rounded-full hover:bg-surface"
                >
                  <X aria-hidden="true" className="size-4" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="relative">
        <input
          id={inputId}
          ref={(node) => {
            ownInput.current = node;
            inputRef?.(node);
          }}
          type="text"
          role="combobox"
          aria-expanded={open && results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
          aria-required={true}
          autoComplete="off"
          placeholder={t("placeholder")}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            if (event.target.value.trim().length < 2) {
              setResults([]);
              setOpen(false);
              setStatus("idle");
            }
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            onBlur?.();
          }}
          onFocus={() => results.length > 0 && setOpen(true)}
          className={cn(controlClasses, "h-11")}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t("suggestions")}
          hidden={!open || results.length === 0}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-border bg-surface py-1 shadow-lg"
        >
          {results.map((partner, index) => {
            const chosen = value.includes(partner.id);
            return (
              <li
                key={partner.id}
                id={`${listId}-${partner.id}`}
                role="option"
                aria-selected={index === active}
                // mousedown, not click: the input keeps focus, so the list does not close first.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(partner);
                }}
                className={cn("cursor-pointer px-3 py-2 text-sm", index === active && "bg-muted", chosen && "text-muted-foreground")}
              >
                <span className="font-medium">{partner.name}</span>{" "}
                <span className="text-muted-foreground">
                  {[partner.city, partner.countryCode].filter(Boolean).join(", ")}
                  {chosen && ` · ${t("alreadyChosen")}`}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {query.trim().length >= 2 && status === "done" && results.length === 0 && <p className="text-sm text-muted-foreground">{t("noResults")}</p>}
      {error && (
        <p id={errorId} className="text-sm font-medium text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
