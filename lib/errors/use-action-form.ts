"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "./safe-action";
import type { MessageValues } from "./app-error";

const FALLBACK_KEY = "common.form.errors.invalid";

/**
 * Turns the translation keys that schemas and actions use as messages ("auth.validation.required")
 * into text. Needs the key's namespace in the nearest NextIntlClientProvider; an unknown key shows
 * a generic "Check this field." rather than the raw key.
 */
export function useMessage(): (key: string | undefined | null, values?: MessageValues) => string | undefined {
  const t = useTranslations();
  return (key, values) => {
    if (!key) return undefined;
    return t.has(key) ? t(key, values) : t(FALLBACK_KEY);
  };
}

export interface FormErrorState {
  key: string;
  values?: MessageValues;
  reference?: string;
}

export interface ActionForm<S extends z.ZodType<FieldValues, FieldValues>> {
  form: UseFormReturn<z.input<S>, unknown, z.output<S>>;
  /** Pass to `<form onSubmit>`. */
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  /** The message above the form after a failed submit, or null. */
  formError: FormErrorState | null;
  /** Translated error of one field, for `<FormField error>`. */
  fieldError: (name: Path<z.input<S>>) => string | undefined;
  message: ReturnType<typeof useMessage>;
}

/**
 * react-hook-form + zodResolver bound to a safe server action: the schema checks on the client,
 * the action checks again on the server, and server-side field errors land next to their field
 * (the first one focused). The form keeps what was typed whatever the outcome.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  schema: S;
  action: (input: z.input<S>) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<z.input<S>>;
  onSuccess?: (data: T) => void | Promise<void>;
}): ActionForm<S> {
  const { schema, action, defaultValues, onSuccess } = options;
  // The generic schema defeats zodResolver's inference; the cast restates what it returns.
  const resolver = zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>;
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver, defaultValues, mode: "onTouched" });
  const [formError, setFormError] = useState<FormErrorState | null>(null);
  const message = useMessage();

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    // The raw values, not the parsed ones: the server parses exactly what the client checked.
    let result: ActionResult<T>;
    try {
      result = await action(form.getValues());
    } catch {
      setFormError({ key: "errors.generic.network" });
      return;
    }
    if (result.ok) {
      await onSuccess?.(result.data);
      return;
    }
    const fields = Object.entries(result.fieldErrors ?? {});
    fields.forEach(([name, [first]], index) => {
      if (name === "_form" || !first) return;
      form.setError(name as Path<z.input<S>>, { type: "server", message: first }, { shouldFocus: index === 0 });
    });
    const formLevel = result.fieldErrors?._form?.[0];
    setFormError({ key: formLevel ?? result.formError, values: result.values, reference: result.reference });
  });

  const fieldError = (name: Path<z.input<S>>) => {
    const error = name.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], form.formState.errors) as
      | { message?: string }
      | undefined;
    return message(error?.message, formError?.values);
  };

  return { form, onSubmit, formError, fieldError, message };
}
