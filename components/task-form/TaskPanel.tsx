import { useEffect, useRef, useState } from 'preact/hooks';
import { type FormPerson, personFromProfile } from '@/lib/form/person';
import type { Profile } from '@/lib/profile/profile-schema';
import type { ReadHealth } from '@/lib/profile/read-report';
import { type FormBoot, loadFormBoot } from './form-store';
import { ReadHealthNote } from './ReadHealthNote';
import { SettlePerson } from './SettlePerson';
import { TaskForm } from './TaskForm';

export interface TaskPanelProps {
  /** The profile the content script has already read. */
  profile: Profile;
  /** What the read missed (read-report.ts), for the form's note. */
  health: ReadHealth;
  /** Closes the panel (the content script unmounts it). */
  onClose: () => void;
}

/**
 * The in-page panel on a LinkedIn profile: the same TaskForm as the popup, in a floating dialog.
 * Rendered by the panel script inside a shadow root, which also gets the styles (tokens, base,
 * form and panel CSS from components/styles, as text). Escape or "Close" closes it.
 */
export function TaskPanel({ profile, health, onClose }: TaskPanelProps) {
  const [boot, setBoot] = useState<FormBoot | null>(null);
  // A page without the person's /in/ link (a lead) shows "who is this in Stardex?" first.
  const [settled, setSettled] = useState<FormPerson | null>(null);
  const person: FormPerson | null = personFromProfile(profile) ?? settled;
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void loadFormBoot().then(setBoot);
  }, []);
  useEffect(() => {
    if (!boot) return;
    // Start where the recruiter types: the task text.
    panelRef.current?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }, [boot]);

  return (
    <div
      ref={panelRef}
      class="sx-root sx-panel"
      role="dialog"
      aria-modal="false"
      aria-label="Stardex task"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="sx-panel-bar">
        <span class="sx-panel-title">Stardex task</span>
        <button type="button" class="sx-button" onClick={onClose}>
          Close
        </button>
      </div>
      {person === null && (
        <>
          <SettlePerson profile={profile} idPrefix="sx-panel" onPerson={setSettled} />
          <div class="sx-form">
            <ReadHealthNote health={health} />
          </div>
        </>
      )}
      {person && !boot && <p class="sx-form sx-hint">Loading…</p>}
      {person && boot && (
        <TaskForm key={person.profileUrl} person={person} boot={boot} health={health} idPrefix="sx-panel" />
      )}
    </div>
  );
}
