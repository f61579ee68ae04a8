/**
 * A cadence step's task text: the usual template variables (lib/form/template.ts) plus where the
 * step stands in its cadence, so "Message {first_name} ({step}/{steps})" reads "Message Ada (2/3)".
 *
 *   fillStepTemplate(step.template, templateValues(person), 1, cadence.steps.length)
 */
import { fillTemplate, type TemplateValues, templateVariables } from '@/lib/form/template';

/** The variables only cadence steps have. */
export const stepVariables = ['step', 'steps'] as const;

/** Every variable a cadence step's template may use, in the order the Options page lists them. */
export const cadenceVariables = [...templateVariables, ...stepVariables] as const;
export type CadenceVariable = (typeof cadenceVariables)[number];

/** What each variable stands for, as the Options page explains it. */
export const cadenceVariableHints: Record<CadenceVariable, string> = {
  first_name: 'First name',
  last_name: 'Last name',
  full_name: 'Full name',
  company: 'Current company',
  title: 'Current title',
  step: 'This step’s number (1, 2, …)',
  steps: 'How many steps the cadence has',
};

/**
 * Fills `{step}` (1-based) and `{steps}`, then the person's variables with `fillTemplate` (which
 * keeps unknown variables visible and tidies empty ones). The step numbers go in first, so a
 * name that happens to contain "{step}" is left as the person wrote it.
 */
export function fillStepTemplate(
  template: string,
  values: TemplateValues,
  stepIndex: number,
  stepCount: number,
): string {
  const numbers: Record<(typeof stepVariables)[number], string> = {
    step: String(stepIndex + 1),
    steps: String(stepCount),
  };
  const withNumbers = template.replace(/\{(steps?)\}/g, (_whole, name: 'step' | 'steps') => numbers[name]);
  return fillTemplate(withNumbers, values);
}
