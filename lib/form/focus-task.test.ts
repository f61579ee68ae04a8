import { describe, expect, it } from 'vitest';
import { FOCUS_TASK_MS, focusedTaskId } from './focus-task';

const AT = Date.UTC(2026, 11, 7, 9);
const chosen = { taskId: 'task-7', profileUrl: 'https://www.linkedin.com/in/mara-quell/', at: AT };

describe('the task Due today chose', () => {
  it('leads the form on that person’s profile, whatever form of their URL the page shows', () => {
    expect(focusedTaskId(chosen, 'https://linkedin.com/in/Mara-Quell?trk=x', AT + 5000)).toBe('task-7');
  });

  it('means nothing on another person, once it is old, or when unreadable', () => {
    expect(focusedTaskId(chosen, 'https://www.linkedin.com/in/someone-else/', AT)).toBeNull();
    expect(focusedTaskId(chosen, chosen.profileUrl, AT + FOCUS_TASK_MS + 1)).toBeNull();
    expect(focusedTaskId({ taskId: 7 }, chosen.profileUrl, AT)).toBeNull();
    expect(focusedTaskId(null, chosen.profileUrl, AT)).toBeNull();
  });
});
