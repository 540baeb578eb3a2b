"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { MessageValues } from "@/lib/errors/app-error";
import type { ActionResult } from "@/lib/errors/safe-action";
import { splitMessage } from "./fields";

const FALLBACK_KEY = "common.form.errors.invalid";

type Translate = (key: string | undefined | null, values?: MessageValues) => string | undefined;

/**
 * Turns the translation keys that schemas and actions use as messages ("common.form.errors.required",
 * or "common.form.errors.tooLong|max=200" with its values) into text. Needs the key's namespace in the
 * nearest NextIntlClientProvider; an unknown key shows a generic "Check this field." rather than the key.
 */
export function useMessage(): Translate {
  const t = useTranslations();
  return (message, values) => {
    if (!message) return undefined;
    const { key, values: own } = splitMessage(message);
    return t.has(key) ? t(key, { ...values, ...own }) : t(FALLBACK_KEY);
  };
}

/** The message above a form after a failed action. */
export interface FormErrorState {
  key: string;
  values?: MessageValues;
  reference?: string;
  /** The record changed since the form was opened: the page offers to reload. */
  stale?: boolean;
}

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** A failed action's message for above the form (a schema's form-level issue wins over the generic key). */
export function formErrorOf(result: Failure): FormErrorState {
  return {
    key: result.fieldErrors?._form?.[0] ?? result.formError,
    values: result.values,
    reference: result.reference,
    stale: result.code === "CONFLICT" && /stale/i.test(result.formError),
  };
}

export interface ActionForm<S extends z.ZodType<FieldValues, FieldValues>> {
  form: UseFormReturn<z.input<S>, unknown, z.output<S>>;
  /** Pass to `<form onSubmit>`. */
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  /** The message above the form after a failed submit, or null; render it with `<FormAlert>`. */
  formError: FormErrorState | null;
  /** Translated error of one field (or of an array field's own rule), for `<FormField error>`. */
  fieldError: (name: Path<z.input<S>>) => string | undefined;
  /** Puts a failed result's errors on the form: for actions called outside `onSubmit` (autosave). */
  showFailure: (result: Failure) => void;
  /** Removes the message above the form (e.g. once a later autosave went through). */
  clearFormError: () => void;
  message: Translate;
}

/**
 * The one way a react-hook-form form talks to a safe server action. The schema checks on the client,
 * the action checks the same raw values again on the server, and what comes back lands where the
 * person looks: field errors next to their field (the first one focused), errors inside array rows
 * next to that row's control, an array's own rule ("weights must sum to 100") under the array, a
 * stale version as a "reload" message, anything else above the form. A corrected field loses its
 * error as soon as it is valid. The form keeps what was typed whatever the outcome.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  schema: S;
  /** Gets the values as typed; an edit form adds the record's id and version here. */
  action: (input: z.input<S>) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<z.input<S>>;
  onSuccess?: (data: T) => void | Promise<void>;
}): ActionForm<S> {
  const { schema, action, defaultValues, onSuccess } = options;
  // The generic schema defeats zodResolver's inference; the cast restates what it returns.
  const resolver = zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>;
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver, defaultValues, mode: "onTouched", reValidateMode: "onChange" });
  const [formError, setFormError] = useState<FormErrorState | null>(null);
  const message = useMessage();

  const showFailure = (result: Failure) => {
    let first = true;
    for (const [path, [key]] of Object.entries(result.fieldErrors ?? {})) {
      if (path === "_form" || !key) continue;
      // An error on an array as a whole goes to its `root`, where react-hook-form keeps array rules.
      const name = Array.isArray(form.getValues(path as Path<z.input<S>>)) ? `${path}.root` : path;
      form.setError(name as Path<z.input<S>>, { type: "server", message: key }, { shouldFocus: first });
      first = false;
    }
    setFormError(formErrorOf(result));
  };

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    let result: ActionResult<T>;
    try {
      // The raw values, not the parsed ones: the server parses exactly what the client checked.
      result = await action(form.getValues());
    } catch {
      setFormError({ key: "errors.generic.network" });
      return;
    }
    if (result.ok) await onSuccess?.(result.data);
    else showFailure(result);
  });

  const fieldError = (name: Path<z.input<S>>) => {
    const node = name.split(".").reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], form.formState.errors) as
      | { message?: string; root?: { message?: string } }
      | undefined;
    return message(node?.message ?? node?.root?.message, formError?.values);
  };

  return { form, onSubmit, formError, fieldError, showFailure, clearFormError: () => setFormError(null), message };
}

/**
 * The same for an action without fields (a status button, a bulk action, a withdrawal): runs it in
 * a transition and keeps the failure's message for `<FormAlert>`.
 */
export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>, onSuccess?: (data: T) => void | Promise<void>) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<FormErrorState | null>(null);
  const run = (input: I) =>
    new Promise<ActionResult<T> | null>((resolve) => {
      setError(null);
      startTransition(async () => {
        let result: ActionResult<T> | null = null;
        try {
          result = await action(input);
        } catch {
          setError({ key: "errors.generic.network" });
        }
        if (result?.ok) await onSuccess?.(result.data);
        else if (result) setError(formErrorOf(result));
        resolve(result);
      });
    });
  return { run, pending, error, clearError: () => setError(null) };
}
