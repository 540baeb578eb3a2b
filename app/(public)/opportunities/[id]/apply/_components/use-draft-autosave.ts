"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { loadApplicationDraftAction, saveApplicationDraftAction } from "@/lib/applications/actions";
import type { FieldErrors } from "@/lib/errors/app-error";
import type { ClientDocument, DraftValues } from "./types";

export type SaveState = "idle" | "dirty" | "saving" | "saved" | "error";

export type SaveOutcome = { ok: true; applicationId: string } | { ok: false; formError: string; fieldErrors?: FieldErrors };

const DEBOUNCE_MS = 800;
const RETRY_MS = 5000;

interface Stored {
  values: DraftValues;
  dirty: boolean;
}

function storageKey(opportunityId: string): string {
  return `iro:application-draft:${opportunityId}`;
}

function readStored(opportunityId: string): Stored | null {
  try {
    const raw = window.sessionStorage.getItem(storageKey(opportunityId));
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

function writeStored(opportunityId: string, stored: Stored | null): void {
  try {
    if (stored) window.sessionStorage.setItem(storageKey(opportunityId), JSON.stringify(stored));
    else window.sessionStorage.removeItem(storageKey(opportunityId));
  } catch {
    // Private mode or a full quota: the server copy still holds everything saved so far.
  }
}

/**
 * Keeps the draft on the server as the student types (debounced), with every keystroke also kept
 * in this tab's sessionStorage until the server has it. On mount (including after back/forward,
 * when the router may replay an old page) the form re-reads the server copy; unsaved keystrokes
 * from this tab win over it and are saved at once.
 */
export function useDraftAutosave({
  opportunityId,
  initialValues,
  initialApplicationId,
  initialSavedAt,
  onServerDraft,
}: {
  opportunityId: string;
  initialValues: DraftValues;
  initialApplicationId: string | null;
  initialSavedAt: string | null;
  onServerDraft: (draft: { id: string; status: string; documents: ClientDocument[] }) => void;
}) {
  const [values, setValues] = useState<DraftValues>(initialValues);
  const [state, setState] = useState<SaveState>(initialSavedAt ? "saved" : "idle");
  const [savedAt, setSavedAt] = useState<string | null>(initialSavedAt);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [restoredLocal, setRestoredLocal] = useState(false);
  const latest = useRef<DraftValues>(initialValues);
  const applicationId = useRef<string | null>(initialApplicationId);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<SaveOutcome> | null>(null);
  const dirty = useRef(false);
  const typedSinceMount = useRef(false);
  const serverDraftHandler = useRef(onServerDraft);

  useEffect(() => {
    serverDraftHandler.current = onServerDraft;
  }, [onServerDraft]);

  const saveRef = useRef<(() => Promise<SaveOutcome>) | null>(null);

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const schedule = useCallback((delay: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current?.(), delay);
  }, []);

  const saveNow = useCallback(async (): Promise<SaveOutcome> => {
    clearTimer();
    if (inFlight.current) await inFlight.current;
    if (!dirty.current && applicationId.current) return { ok: true, applicationId: applicationId.current };
    const snapshot = latest.current;
    setState("saving");
    const attempt = (async (): Promise<SaveOutcome> => {
      try {
        const result = await saveApplicationDraftAction({ opportunityId, ...snapshot });
        if (!result.ok) return { ok: false, formError: result.formError, fieldErrors: result.fieldErrors };
        applicationId.current = result.data.applicationId;
        setSavedAt(new Date(result.data.savedAt).toISOString());
        return { ok: true, applicationId: result.data.applicationId };
      } catch {
        return { ok: false, formError: "errors.generic.network" };
      }
    })();
    inFlight.current = attempt;
    const outcome = await attempt;
    inFlight.current = null;
    if (outcome.ok) {
      setFieldErrors({});
      if (latest.current === snapshot) {
        dirty.current = false;
        writeStored(opportunityId, { values: snapshot, dirty: false });
        setState("saved");
      } else {
        schedule(DEBOUNCE_MS);
      }
    } else {
      setState("error");
      setFieldErrors(outcome.fieldErrors ?? {});
      // Invalid input waits for the student's next keystroke; a lost connection is retried.
      if (!outcome.fieldErrors) schedule(RETRY_MS);
    }
    return outcome;
  }, [opportunityId, schedule]);

  useEffect(() => {
    saveRef.current = saveNow;
  }, [saveNow]);

  const change = useCallback(
    (field: keyof DraftValues, value: string) => {
      typedSinceMount.current = true;
      dirty.current = true;
      latest.current = { ...latest.current, [field]: value };
      setValues(latest.current);
      setState("dirty");
      writeStored(opportunityId, { values: latest.current, dirty: true });
      schedule(DEBOUNCE_MS);
    },
    [opportunityId, schedule],
  );

  useEffect(() => {
    let cancelled = false;
    const stored = readStored(opportunityId);
    void (async () => {
      if (stored?.dirty) {
        typedSinceMount.current = true;
        dirty.current = true;
        latest.current = stored.values;
        setValues(stored.values);
        setRestoredLocal(true);
        setState("dirty");
        void saveNow();
      }
      try {
        const result = await loadApplicationDraftAction({ opportunityId });
        if (cancelled || !result.ok || !result.data) return;
        const draft = result.data;
        applicationId.current = draft.id;
        serverDraftHandler.current({
          id: draft.id,
          status: draft.status,
          documents: draft.documents.map((d) => ({ ...d, uploadedAt: new Date(d.uploadedAt).toISOString() })),
        });
        if (!typedSinceMount.current) {
          const fresh: DraftValues = { motivation: draft.motivation, languageLevel: draft.languageLevel ?? "", gpa: draft.gpa ?? "" };
          latest.current = fresh;
          setValues(fresh);
          setSavedAt(new Date(draft.updatedAt).toISOString());
          setState("saved");
          writeStored(opportunityId, { values: fresh, dirty: false });
        }
      } catch {
        // Offline: keep what the page was rendered with.
      }
    })();
    const flush = () => {
      if (dirty.current) void saveNow();
    };
    window.addEventListener("pagehide", flush);
    return () => {
      cancelled = true;
      window.removeEventListener("pagehide", flush);
      clearTimer();
      // Leaving through an in-app link: send what is pending instead of dropping it.
      flush();
    };
  }, [opportunityId, saveNow]);

  const forget = useCallback(() => writeStored(opportunityId, null), [opportunityId]);
  /** An upload created the draft: later saves and the submission use its id. */
  const adopt = useCallback((id: string) => {
    applicationId.current = id;
  }, []);

  return { values, change, state, savedAt, fieldErrors, restoredLocal, saveNow, forget, adopt };
}
