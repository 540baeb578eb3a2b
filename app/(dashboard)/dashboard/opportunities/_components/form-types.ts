import type { ActionForm } from "@/lib/forms/use-action-form";
import type { opportunityFormSchema, OpportunityFormInput } from "@/lib/opportunities/schemas";

/** What the opportunity form edits: the schema's input, with every field as the inputs hold it. */
export type OpportunityFormFields = OpportunityFormInput;

/** The translated error of one field of the form (`useActionForm`'s `fieldError`). */
export type FieldErrorOf = ActionForm<typeof opportunityFormSchema>["fieldError"];

export interface Option {
  value: string;
  label: string;
}
