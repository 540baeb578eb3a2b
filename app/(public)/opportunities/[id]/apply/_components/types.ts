/** Shapes passed from the apply page (server) to its client form; dates travel as ISO strings. */

export interface DraftValues {
  motivation: string;
  languageLevel: string;
  gpa: string;
}

export interface ClientDocument {
  id: string;
  requirementId: string | null;
  fileName: string;
  sizeBytes: number;
  mimeType: string;
  uploadedAt: string;
}

export interface ClientRequirement {
  id: string;
  name: string;
  description: string;
  isMandatory: boolean;
}
