/**
 * What a card on the person's profile works a task with: the text to copy or log (the task's text
 * with its `{first_name}`-style variables filled for this person), the touch it is logged as, the
 * LinkedIn limit it is counted against, and the words on its field and button.
 */
import { checkLinkedInLength, type LinkedInTextKind, linkedInKindOf } from '@/lib/form/linkedin-limits';
import { fillTemplate, type TemplatePerson, templateValues } from '@/lib/form/template';
import { type Touch, touchOfTask } from '@/lib/tasks/activity-schema';
import { type TaskType, taskTypeSchema } from '@/lib/tasks/task-schema';

export interface WorkPlan {
  touch: Touch;
  /** The LinkedIn text the task is pasted as, or null when nothing is pasted in LinkedIn. */
  linkedIn: LinkedInTextKind | null;
  /** The text field's label. */
  textLabel: string;
  /** The log button's words. */
  logLabel: string;
  /** The text the card starts with. */
  startText: string;
}

const textLabels: Record<TaskType, string> = {
  linkedin_message: 'Message to send',
  linkedin_connection: 'Connection note',
  call: 'Call notes',
  text: 'Text to send',
  other: 'What was done',
};

const logLabels: Record<TaskType, string> = {
  linkedin_message: 'Log as sent',
  linkedin_connection: 'Log as sent',
  call: 'Log call',
  text: 'Log as sent',
  other: 'Log as done',
};

/** A task type as Stardex sent it; one the extension does not know is worked as "other". */
export function knownTaskType(type: string): TaskType {
  const parsed = taskTypeSchema.safeParse(type);
  return parsed.success ? parsed.data : 'other';
}

/** The task's text with the person's variables filled in. */
export function filledText(contentText: string, person: TemplatePerson): string {
  return fillTemplate(contentText, templateValues(person)).trim();
}

/** How a card works a task of this type for this person. */
export function workPlanOf(
  task: { taskType: string; contentText: string },
  person: TemplatePerson,
): WorkPlan {
  const type = knownTaskType(task.taskType);
  return {
    touch: touchOfTask(type),
    linkedIn: linkedInKindOf(type),
    textLabel: textLabels[type],
    logLabel: logLabels[type],
    startText: filledText(task.contentText, person),
  };
}

/** Why `text` may not be copied for LinkedIn (over its limit), or null when it may. */
export function copyRefusal(kind: LinkedInTextKind | null, text: string): string | null {
  if (kind === null) return null;
  const check = checkLinkedInLength(kind, text);
  return check.state === 'over' ? check.message : null;
}
