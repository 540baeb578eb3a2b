"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { loadApplicationDraftAction, saveApplicationDraftAction } from "@/lib/applications/actions";
import { applicationAnswersSchema, type ApplicationAnswersInput } from "@/lib/applications/schemas";
import type { ActionResult } from "@/lib/errors/safe-action";
import type { ActionForm } from "@/lib/forms/use-action-form";
import type { ClientDocument, DraftValues } from "./types";

export type SaveState = "idle" | "dirty" | "saving" | "saved" | "error";

type AnswersForm = ActionForm<typeof applicationAnswersSchema>;

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

function asDraftValues(values: ApplicationAnswersInput): DraftValues {
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return { motivation: text(values.motivation), languageLevel: text(values.languageLevel), gpa: text(values.gpa) };
}

/**
 * Keeps the answers of the application form (a `useActionForm` form) on the server as the student
 * types (debounced), with every keystroke also kept in this tab's sessionStorage until the server
 * has it. On mount (including after back/forward, when the router may replay an old page) it
 * re-reads the server copy; unsaved keystrokes from this tab win over it and are saved at once.
 * A refusal of an autosave is shown through the form's `showFailure`; a lost connection is retried.
 */
export function useDraftAutosave({
  opportunityId,
  form,
  showFailure,
  initialApplicationId,
  initialSavedAt,
  onServerDraft,
}: {
  opportunityId: string;
  form: AnswersForm["form"];
  showFailure: AnswersForm["showFailure"];
  initialApplicationId: string | null;
  initialSavedAt: string | null;
  onServerDraft: (draft: { id: string; status: string; documents: ClientDocument[] }) => void;
}) {
  const [state, setState] = useState<SaveState>(initialSavedAt ? "saved" : "idle");
  const [savedAt, setSavedAt] = useState<string | null>(initialSavedAt);
  const [restoredLocal, setRestoredLocal] = useState(false);
  const applicationId = useRef<string | null>(initialApplicationId);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<unknown> | null>(null);
  // Every keystroke moves `revision` on; `savedRevision` is the one the server holds.
  const revision = useRef(0);
  const savedRevision = useRef(0);
  const typedSinceMount = useRef(false);
  const serverDraftHandler = useRef(onServerDraft);
  const autosaveRef = useRef<(() => Promise<void>) | null>(null);

  useEffect(() => {
    serverDraftHandler.current = onServerDraft;
  }, [onServerDraft]);

  const isDirty = () => revision.current !== savedRevision.current;

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const schedule = useCallback((delay: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void autosaveRef.current?.(), delay);
  }, []);

  /**
   * Sends the answers as they are now (after any save still in flight) and answers with the draft's
   * id, or with the server's refusal for the caller to show. Throws when the server is unreachable.
   */
  const saveNow = useCallback(async (): Promise<ActionResult<{ applicationId: string }>> => {
    clearTimer();
    while (inFlight.current) await inFlight.current.catch(() => undefined);
    if (!isDirty() && applicationId.current) return { ok: true, data: { applicationId: applicationId.current } };
    const at = revision.current;
    const values = asDraftValues(form.getValues());
    setState("saving");
    const request = saveApplicationDraftAction({ opportunityId, ...values });
    inFlight.current = request;
    try {
      const result = await request;
      if (!result.ok) {
        setState("error");
        return result;
      }
      applicationId.current = result.data.applicationId;
      savedRevision.current = at;
      setSavedAt(new Date(result.data.savedAt).toISOString());
      if (isDirty()) {
        // Typed while saving: the newer text goes out after the usual pause.
        schedule(DEBOUNCE_MS);
      } else {
        writeStored(opportunityId, { values, dirty: false });
        setState("saved");
      }
      return { ok: true, data: { applicationId: result.data.applicationId } };
    } catch (error) {
      setState("error");
      throw error;
    } finally {
      inFlight.current = null;
    }
  }, [form, opportunityId, schedule]);

  /** The background save: invalid answers wait for the student's correction, a lost connection is retried. */
  const autosave = useCallback(async () => {
    if (!applicationAnswersSchema.safeParse(form.getValues()).success) {
      void form.trigger();
      return;
    }
    try {
      const result = await saveNow();
      if (!result.ok) showFailure(result);
    } catch {
      schedule(RETRY_MS);
    }
  }, [form, saveNow, schedule, showFailure]);

  useEffect(() => {
    autosaveRef.current = autosave;
  }, [autosave]);

  useEffect(() => {
    const subscription = form.watch((values, { type }) => {
      // Only typing counts; the form being reset to the server's copy is not a change to save.
      if (type !== "change") return;
      typedSinceMount.current = true;
      revision.current += 1;
      setState("dirty");
      writeStored(opportunityId, { values: asDraftValues(values as ApplicationAnswersInput), dirty: true });
      schedule(DEBOUNCE_MS);
    });
    return () => subscription.unsubscribe();
  }, [form, opportunityId, schedule]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const stored = readStored(opportunityId);
      if (stored?.dirty) {
        typedSinceMount.current = true;
        revision.current += 1;
        form.reset(stored.values);
        setRestoredLocal(true);
        setState("dirty");
        void autosaveRef.current?.();
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
          form.reset(fresh);
          setSavedAt(new Date(draft.updatedAt).toISOString());
          setState("saved");
          writeStored(opportunityId, { values: fresh, dirty: false });
        }
      } catch {
        // Offline: keep what the page was rendered with.
      }
    })();
    const flush = () => {
      if (isDirty()) void autosaveRef.current?.();
    };
    window.addEventListener("pagehide", flush);
    return () => {
      cancelled = true;
      window.removeEventListener("pagehide", flush);
      clearTimer();
      // Leaving through an in-app link: send what is pending instead of dropping it.
      flush();
    };
  }, [form, opportunityId]);

  const forget = useCallback(() => writeStored(opportunityId, null), [opportunityId]);
  /** An upload created the draft: later saves and the submission use its id. */
  const adopt = useCallback((id: string) => {
    applicationId.current = id;
  }, []);

  return { state, savedAt, restoredLocal, saveNow, forget, adopt };
}
