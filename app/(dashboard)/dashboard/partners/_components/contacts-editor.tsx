"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Mail, Phone } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { addPartnerContactAction, removePartnerContactAction, updatePartnerContactAction } from "@/lib/partners/actions";
import type { PartnerDetail } from "@/lib/partners/queries";
import { ContactForm } from "./contact-form";

export type ContactRow = PartnerDetail["contacts"][number];

/** The partner's contacts: add, edit in place, remove (after confirming). */
export function ContactsEditor({ partnerId, contacts, canEdit }: { partnerId: string; contacts: readonly ContactRow[]; canEdit: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  return (
    <div className="space-y-4">
      {contacts.length === 0 ? (
        <p className="text-muted-foreground">{t("partners.contacts.empty")}</p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
          {contacts.map((contact) => (
            <li key={contact.id} className="space-y-3 p-4">
              {editing === contact.id ? (
                <ContactForm
                  initial={{
                    name: contact.name,
                    position: contact.position ?? "",
                    email: contact.email ?? "",
                    phone: contact.phone ?? "",
                    isPublic: contact.isPublic,
                  }}
                  submitLabel={t("common.buttons.saveChanges")}
                  action={(values) => updatePartnerContactAction({ ...values, id: contact.id })}
                  onDone={() => {
                    setEditing(null);
                    toast.success(t("partners.contacts.saved"));
                    router.refresh();
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="space-y-1">
                    <p className="flex flex-wrap items-center gap-2 font-medium">
                      {contact.name}
                      <Badge variant={contact.isPublic ? "neutral" : "danger"}>
                        {contact.isPublic ? t("partners.visibility.public") : t("partners.visibility.internal")}
                      </Badge>
                    </p>
                    {contact.position && <p className="text-sm text-muted-foreground">{contact.position}</p>}
                    {contact.email && (
                      <p className="flex items-center gap-1.5 text-sm">
                        <Mail aria-hidden="true" className="size-4" />
                        <a href={`mailto:${contact.email}`} className="break-all text-link underline underline-offset-4">
                          {contact.email}
                        </a>
                      </p>
                    )}
                    {contact.phone && (
                      <p className="flex items-center gap-1.5 text-sm">
                        <Phone aria-hidden="true" className="size-4" />
                        {contact.phone}
                      </p>
                    )}
                  </div>
                  {canEdit && (
                    <div className="flex gap-2">
                      <Button variant="outline" size="sm" onClick={() => setEditing(contact.id)} aria-label={t("partners.contacts.editNamed", { name: contact.name })}>
                        {t("common.buttons.edit")}
                      </Button>
                      <RemoveContactButton contact={contact} />
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
          <section aria-labelledby="add-contact-heading" className="space-y-3 rounded-lg border border-border bg-surface p-4">
            <h3 id="add-contact-heading" className="font-semibold">
              {t("partners.contacts.addTitle")}
            </h3>
            <ContactForm
              submitLabel={t("partners.contacts.add")}
              action={(values) => addPartnerContactAction({ ...values, partnerId })}
              onDone={() => {
                setAdding(false);
                toast.success(t("partners.contacts.added"));
                router.refresh();
              }}
              onCancel={() => setAdding(false)}
            />
          </section>
        ) : (
          <Button variant="outline" onClick={() => setAdding(true)}>
            {t("partners.contacts.add")}
          </Button>
        ))}
    </div>
  );
}

/** Removes a contact after confirming; a refusal is shown under the contact. */
function RemoveContactButton({ contact }: { contact: ContactRow }) {
  const t = useTranslations();
  const router = useRouter();
  const { run, pending, error } = useAction(removePartnerContactAction, () => {
    toast.success(t("partners.contacts.removed", { name: contact.name }));
    router.refresh();
  });
  return (
    <div className="space-y-2">
      <Dialog>
        <DialogTrigger asChild>
          <Button variant="outline" size="sm" disabled={pending} aria-label={t("partners.contacts.removeNamed", { name: contact.name })}>
            {t("partners.contacts.remove")}
          </Button>
        </DialogTrigger>
        <DialogContent title={t("partners.contacts.removeTitle", { name: contact.name })} description={t("partners.contacts.removeDescription")} closeLabel={t("common.dialog.close")}>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">{t("common.buttons.cancel")}</Button>
            </DialogClose>
            <DialogClose asChild>
              <Button variant="destructive" onClick={() => void run({ id: contact.id })}>
                {t("partners.contacts.remove")}
              </Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      </Dialog>
      <FormAlert error={error} />
    </div>
  );
}
