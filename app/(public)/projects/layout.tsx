import { publicSectionLayout } from "@/lib/institution/public-section-guard";

/** Every page under /projects is the projects section's: 404 while the office hides it (admin settings). */
export default publicSectionLayout("projects");
