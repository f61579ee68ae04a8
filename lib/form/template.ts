/**
 * Task text templates per task type, with `{first_name}`-style variables filled from the profile.
 *
 *   fillTemplate('Hi {first_name}, …', vars) // 'Hi Ada, …'
 */
import type { TaskType } from '@/lib/tasks/task-schema';

export const templateVariables = ['first_name', 'last_name', 'full_name', 'company', 'title'] as const;
export type TemplateVariable = (typeof templateVariables)[number];
export type TemplateValues = Record<TemplateVariable, string>;

/** Used until the recruiter writes their own in the options page; each is a whole sentence. */
export const defaultTemplates: Record<TaskType, string> = {
  linkedin_message: 'Message {first_name} on LinkedIn to follow up',
  linkedin_connection: 'Send {first_name} a connection request',
  call: 'Call {full_name} ({company})',
  text: 'Text {first_name}',
  other: 'Follow up with {full_name}',
};

/** What a template needs to know about the person. */
export interface TemplatePerson {
  fullName: string;
  firstName: string | null;
  lastName: string | null;
  currentTitle: string | null;
  currentCompany: string | null;
}

/** Variable values for a person; first/last name are guessed from the full name when missing. */
export function templateValues(person: TemplatePerson): TemplateValues {
  const parts = person.fullName.trim().split(/\s+/);
  const first = person.firstName ?? (parts.length > 1 ? (parts[0] ?? '') : person.fullName.trim());
  const last = person.lastName ?? (parts.length > 1 ? parts.slice(1).join(' ') : '');
  return {
    first_name: first,
    last_name: last,
    full_name: person.fullName.trim(),
    company: person.currentCompany ?? '',
    title: person.currentTitle ?? '',
  };
}

/**
 * Replaces known `{variables}`; unknown ones stay as typed so a typo is visible. Empty values
 * leave no stray "()" or double spaces behind.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  const filled = template.replace(/\{([a-z_]+)\}/g, (whole, name: string) =>
    (templateVariables as readonly string[]).includes(name) ? values[name as TemplateVariable] : whole,
  );
  return filled
    .replace(/\(\s*\)/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.)])/g, '$1')
    .trimStart();
}

/** The template for a type: the user's own when set (non-blank), else the default. */
export function templateFor(type: TaskType, userTemplates: Partial<Record<TaskType, string>>): string {
  const own = userTemplates[type];
  return own !== undefined && own.trim() !== '' ? own : defaultTemplates[type];
}

/** Words a finished task text does not end on ("Message Ada on LinkedIn about"). */
const danglingWords = new Set([
  'about',
  'regarding',
  're',
  'to',
  'for',
  'with',
  'of',
  'the',
  'a',
  'an',
  'and',
  'or',
]);

/**
 * True when a text stops where the recruiter's own words should go: it ends on a word like
 * "about" or "with", on an ellipsis, a colon or a dash, or still holds a `{variable}` nobody
 * filled. A template like that is a start, not a task, and is not sent unedited.
 */
export function isUnfinishedText(text: string): boolean {
  const trimmed = text.trim();
  if (/\{[a-z_]+\}/.test(trimmed)) return true;
  if (/(…|\.\.\.|:|[-–—])$/.test(trimmed)) return true;
  const lastWord = /([\p{L}']+)$/u.exec(trimmed)?.[1]?.toLowerCase();
  return lastWord !== undefined && danglingWords.has(lastWord);
}
