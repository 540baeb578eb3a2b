import { publicSectionLayout } from "@/lib/institution/public-section-guard";

/** Every page under /partners is the partners section's: 404 while the office hides it (admin settings). */
export default publicSectionLayout("partners");
