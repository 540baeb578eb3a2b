"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { deleteHighlightAction } from "@/lib/reports/actions";

/** Deletes a highlight after asking; reports already made keep it. */
export function DeleteHighlight({ id, title }: { id: string; title: string }) {
  const t = useTranslations("reports.highlights");
  const router = useRouter();
  const { run, pending, error } = useAction(deleteHighlightAction, () => {
    toast.success(t("deleted"));
    router.push("/dashboard/reports");
    router.refresh();
  });
  return (
    <div className="space-y-3">
      <FormAlert error={error} />
      <Dialog>
        <DialogTrigger asChild>
          <Button variant="destructive" disabled={pending}>
            <Trash2 aria-hidden="true" />
            {t("delete")}
          </Button>
        </DialogTrigger>
        <DialogContent title={t("deleteTitle", { title })} description={t("deleteBody")} closeLabel={t("cancel")}>
          <div className="flex flex-wrap justify-end gap-3">
            <DialogClose asChild>
              <Button variant="outline">{t("cancel")}</Button>
            </DialogClose>
            <DialogClose asChild>
              <Button variant="destructive" onClick={() => run({ id })}>
                {t("confirm")}
              </Button>
            </DialogClose>
          </div>
        </DialogContent>
      </Dialog>
    </div>
  );
}
