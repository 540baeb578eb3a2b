import { publicSectionLayout } from "@/lib/institution/public-section-guard";

/** Every page under /opportunities is the opportunities section's: 404 while the office hides it (admin settings). */
export default publicSectionLayout("opportunities");
