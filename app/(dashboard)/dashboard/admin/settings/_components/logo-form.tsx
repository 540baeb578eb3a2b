"use client";

import { useId, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import type { ActionResult } from "@/lib/errors/safe-action";
import { useAction } from "@/lib/forms/use-action-form";
import { LOGO_ACCEPT, LOGO_MAX_KB } from "@/lib/institution/logo-rules";
import { removeInstitutionLogoAction, setInstitutionLogoAction } from "@/lib/institution/settings-actions";

/** The file's own problem (not a type, too large) is the message above this one-field form. */
async function uploadLogo(form: FormData): Promise<ActionResult<{ logoPath: string }>> {
  const result = await setInstitutionLogoAction(form);
  const problem = result.ok ? undefined : result.fieldErrors?.logo?.[0];
  return !result.ok && problem ? { ...result, formError: problem } : result;
}

export interface LogoFormProps {
  /** The current logo's address, or null. */
  logoPath: string | null;
  institutionName: string;
}

/** Upload, replace or remove the institution's logo (PNG, JPEG or SVG, checked by content on the server). */
export function LogoForm({ logoPath, institutionName }: LogoFormProps) {
  const t = useTranslations("admin.settings.logo");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const inputId = useId();
  const refresh = (message: string) => {
    toast.success(message);
    router.refresh();
  };
  const upload = useAction(uploadLogo, () => refresh(t("uploaded")));
  const removal = useAction(removeInstitutionLogoAction, () => refresh(t("removed")));
  const pending = upload.pending || removal.pending;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    void upload.run(new FormData(form)).then((result) => {
      if (result?.ok) form.reset();
    });
  }

  return (
    <div className="space-y-4">
      {logoPath ? (
        // A plain img: the logo is a small file served by our own route (or public/).
        // eslint-disable-next-line @next/next/no-img-element
        <img src={logoPath} alt={t("alt", { name: institutionName })} width={160} height={160} className="size-40 rounded-lg border border-border bg-white object-contain p-2" />
      ) : (
        <p className="text-muted-foreground">{t("none")}</p>
      )}
      <FormAlert error={upload.error ?? removal.error} />
      <form onSubmit={submit} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <FormField label={logoPath ? t("replace") : t("choose")} description={t("hint", { maxKb: LOGO_MAX_KB })} className="flex-1">
          <Input id={inputId} name="logo" type="file" accept={LOGO_ACCEPT} required className="h-auto py-2" />
        </FormField>
        <Button type="submit" disabled={pending}>
          {upload.pending ? tCommon("buttons.saving") : t("upload")}
        </Button>
      </form>
      {logoPath && (
        <Button variant="outline" disabled={pending} onClick={() => void removal.run({})}>
          {t("remove")}
        </Button>
      )}
    </div>
  );
}
