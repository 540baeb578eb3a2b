"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { PUBLIC_SECTIONS, type PublicSection } from "@/lib/institution/public-sections";
import { updatePublicSectionsAction } from "@/lib/institution/settings-actions";
import { publicSectionsSchema } from "@/lib/institution/settings-schemas";

export interface PublicSectionsFormProps {
  settings: { publicSections: PublicSection[]; updatedAt: string };
}

/** Which sections of the public site visitors see: one checkbox each, at least one ticked. */
export function PublicSectionsForm({ settings }: PublicSectionsFormProps) {
  const t = useTranslations("admin.settings");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: publicSectionsSchema,
    action: updatePublicSectionsAction,
    defaultValues: { publicSections: settings.publicSections, updatedAt: settings.updatedAt },
    onSuccess: () => {
      toast.success(t("sections.saved"));
      router.refresh();
    },
  });
  const error = fieldError("publicSections");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert error={formError} />
      <fieldset className="min-w-0 space-y-2" aria-describedby={error ? "public-sections-error" : undefined}>
        <legend className="text-sm font-medium">{t("sections.legend")}</legend>
        <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
          {PUBLIC_SECTIONS.map((section) => (
            <FormField key={section} label={t(`sectionNames.${section}`)} layout="inline">
              {/* Checked in the server's HTML too, not only once the form has hydrated. */}
              <Checkbox id={`public-section-${section}`} value={section} defaultChecked={settings.publicSections.includes(section)} {...form.register("publicSections")} />
            </FormField>
          ))}
        </div>
        {error && (
          <p id="public-sections-error" className="text-sm font-medium text-destructive">
            {error}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tCommon("buttons.saving") : tCommon("buttons.saveChanges")}
      </Button>
    </form>
  );
}
