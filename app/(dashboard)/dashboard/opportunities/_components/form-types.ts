import type { OpportunityFormInput } from "@/lib/opportunities/schemas";

/** What the opportunity form edits: the schema's input, with every field as the inputs hold it. */
export type OpportunityFormFields = OpportunityFormInput;

export interface Option {
  value: string;
  label: string;
}

/** Translates a message key from a schema or an action; unknown keys fall back to a generic text. */
export type Translate = (key: string | undefined) => string | undefined;
