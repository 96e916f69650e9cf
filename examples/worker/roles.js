// The role documents the Worker serves, by slug: here the sample roles in data/, bundled in. A site
// with many roles would read each from KV, R2 or its CMS instead.
import customerSupportSpecialist from '../../data/roles/customer-support-specialist.json' with { type: 'json' };
import dataAnalyst from '../../data/roles/data-analyst.json' with { type: 'json' };
import dataEngineer from '../../data/roles/data-engineer.json' with { type: 'json' };
import frontendDeveloper from '../../data/roles/frontend-developer.json' with { type: 'json' };
import itSupportTechnician from '../../data/roles/it-support-technician.json' with { type: 'json' };
import machineLearningEngineer from '../../data/roles/machine-learning-engineer.json' with { type: 'json' };
import mobileDeveloper from '../../data/roles/mobile-developer.json' with { type: 'json' };
import productManager from '../../data/roles/product-manager.json' with { type: 'json' };
import siteReliabilityEngineer from '../../data/roles/site-reliability-engineer.json' with { type: 'json' };
import technicalProgramManager from '../../data/roles/technical-program-manager.json' with { type: 'json' };
import uxDesigner from '../../data/roles/ux-designer.json' with { type: 'json' };
import uxResearcher from '../../data/roles/ux-researcher.json' with { type: 'json' };

export const roles = Object.fromEntries(
  [customerSupportSpecialist, dataAnalyst, dataEngineer, frontendDeveloper, itSupportTechnician, machineLearningEngineer, mobileDeveloper, productManager, siteReliabilityEngineer, technicalProgramManager, uxDesigner, uxResearcher].map((role) => [role.slug, role]),
);
