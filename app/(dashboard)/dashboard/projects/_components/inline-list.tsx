"use client";

import { useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import type { ActionResult } from "@/lib/errors/safe-action";
import { useAction } from "@/lib/forms/use-action-form";

export interface InlineListTexts {
  empty: string;
  add: string;
  addTitle: string;
  removed: (name: string) => string;
}

export interface InlineListProps<Item extends { id: string }> {
  items: readonly Item[];
  canEdit: boolean;
  texts: InlineListTexts;
  /** How people name an item in button labels and messages ("WP2 Development"). */
  nameOf: (item: Item) => string;
  describe: (item: Item) => ReactNode;
  /** An item's own extra controls under its description (a file upload). */
  extra?: (item: Item) => ReactNode;
  /** The form for a new item (`item` null) or an edit; it calls `done` after a save. */
  form: (props: { item: Item | null; done: () => void; cancel: () => void }) => ReactNode;
  remove: (input: { id: string }) => Promise<ActionResult<unknown>>;
}

/**
 * A project's list of child records (work packages, deliverables, activities, budget lines) edited
 * in place: each item with its edit and remove buttons (removal confirmed in a dialog), the add
 * form below. After each change the page's data is read again from the server.
 */
export function InlineList<Item extends { id: string }>({ items, canEdit, texts, nameOf, describe, extra, form, remove }: InlineListProps<Item>) {
  const t = useTranslations("projects.editor");
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const done = () => {
    setEditing(null);
    setAdding(false);
    router.refresh();
  };

  return (
    <div className="space-y-4">
      {items.length === 0 ? (
        <p className="text-muted-foreground">{texts.empty}</p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
          {items.map((item) => (
            <li key={item.id} className="space-y-3 p-4">
              {editing === item.id ? (
                form({ item, done, cancel: () => setEditing(null) })
              ) : (
                <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0 space-y-1 break-words">
                    {describe(item)}
                    {extra?.(item)}
                  </div>
                  {canEdit && (
                    <div className="flex shrink-0 flex-wrap gap-2">
                      <Button variant="outline" size="sm" onClick={() => setEditing(item.id)} aria-label={t("editNamed", { name: nameOf(item) })}>
                        {t("edit")}
                      </Button>
                      <RemoveItem name={nameOf(item)} removedText={texts.removed(nameOf(item))} onRemove={() => remove({ id: item.id })} />
                    </div>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit &&
        (adding ? (
          <section className="space-y-3 rounded-lg border border-border bg-surface p-4" aria-label={texts.addTitle}>
            <h3 className="font-semibold">{texts.addTitle}</h3>
            {form({ item: null, done, cancel: () => setAdding(false) })}
          </section>
        ) : (
          <Button variant="outline" onClick={() => setAdding(true)}>
            <Plus aria-hidden="true" />
            {texts.add}
          </Button>
        ))}
    </div>
  );
}

/** A remove button confirmed in a dialog, its refusal shown under it. */
export function RemoveItem({ name, removedText, onRemove }: { name: string; removedText: string; onRemove: () => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("projects.editor");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { run, pending, error } = useAction(onRemove, () => {
    toast.success(removedText);
    router.refresh();
  });
  return (
    <div className="space-y-2">
      <Dialog>
        <DialogTrigger asChild>
          <Button variant="outline" size="sm" disabled={pending} aria-label={t("removeNamed", { name })}>
            {t("remove")}
          </Button>
        </DialogTrigger>
        <DialogContent title={t("removeTitle", { name })} closeLabel={tCommon("dialog.close")}>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">{tCommon("buttons.cancel")}</Button>
            </DialogClose>
            <DialogClose asChild>
              <Button variant="destructive" onClick={() => void run(undefined)}>
                {t("remove")}
              </Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      </Dialog>
      <FormAlert error={error} />
    </div>
  );
}
