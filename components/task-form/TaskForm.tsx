import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { cadenceButtonLabel } from '@/lib/cadence/cadence-plan';
import type { FormPerson } from '@/lib/form/person';
import type { OpenTask } from '@/lib/messaging';
import type { ReadHealth } from '@/lib/profile/read-report';
import { loadDueTextParser } from './due-text-loader';
import { FormFoot } from './FormFoot';
import { type FormBoot, saveMeTeamMember } from './form-store';
import { LinksDisclosure } from './LinksDisclosure';
import { ProfileHeader } from './ProfileHeader';
import { ReadHealthNote } from './ReadHealthNote';
import { TaskFields } from './TaskFields';
import { usePersonData } from './use-person-data';
import { useTaskForm } from './use-task-form';
import { WorkTasks } from './WorkTasks';

export interface TaskFormProps {
  person: FormPerson;
  /** Storage read before the first render (see loadFormBoot), so the form shows at once. */
  boot: FormBoot;
  /** What the page read missed, for the "couldn't be read" note (null for a manual entry). */
  health?: ReadHealth | null;
  /** Prefix for element ids: the popup and a panel must not share ids on one page. */
  idPrefix?: string;
  /** Put the cursor in the task text on mount, unless something else already has focus. */
  autofocusText?: boolean;
  /** Called once the form is on screen with the profile shown. */
  onReady?: () => void;
  /** Called after a task was created or queued. */
  onSubmitted?: (state: 'created' | 'queued') => void;
}

/** The task form shared by the popup and the side panel. */
export function TaskForm({
  person,
  boot,
  health,
  idPrefix = 'sx',
  autofocusText = true,
  onReady,
  onSubmitted,
}: TaskFormProps) {
  const { lookup, openTasks, members, noteCreated } = usePersonData(person.profileUrl);
  const [meId, setMeId] = useState(boot.settings.meTeamMemberId);
  // Created tasks are in Stardex now: the person shows as in Stardex, the tasks in the open list.
  const afterSubmit = (state: 'created' | 'queued', created: OpenTask[]) => {
    noteCreated(created);
    onSubmitted?.(state);
  };
  const textRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const ids = (name: string) => `${idPrefix}-${name}`;
  const form = useTaskForm({
    person,
    boot,
    members: () => (members.state === 'done' ? members.members : []),
    // By id inside the form, not `document`.
    focus: (field) =>
      field === 'text'
        ? textRef.current?.focus()
        : formRef.current?.querySelector<HTMLElement>(`#${ids('due')}`)?.focus(),
    onSubmitted: afterSubmit,
    meId,
  });
  const { values, errors, update } = form;
  // A cadence creates its steps (due and owners from the form, texts from the steps); else one task.
  const run = form.cadence;
  const requestSubmit = () => void form.requestSubmit();
  const submitRef = useRef(requestSubmit);
  submitRef.current = requestSubmit;

  // Layout effect: the form with the profile is in the DOM and about to be painted. (A plain effect
  // waits for the next animation frame, up to 35 ms later in Preact, which says nothing about the form.)
  useLayoutEffect(() => onReady?.(), [onReady]);
  useEffect(() => {
    const active = formRef.current?.ownerDocument.activeElement;
    if (autofocusText && (!active || active === active.ownerDocument.body)) textRef.current?.focus();
  }, [autofocusText]);
  const chooseMe = (id: string) => {
    setMeId(id);
    form.meKnown(id);
    void saveMeTeamMember(id);
  };
  useEffect(() => {
    // Called through a closure: an unbound `window.requestIdleCallback` throws in Firefox's content scripts.
    const idle = (cb: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(cb) : setTimeout(cb, 200);
    idle(() => void loadDueTextParser());
  }, [onReady]);

  // Ctrl/Cmd+Enter anywhere in the popup or panel document, even when focus sits on a chip or the
  // body after a picker closed.
  useEffect(() => {
    const root = formRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    if (!root) return;
    const onKey = (event: Event) => {
      const e = event as KeyboardEvent;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
        e.preventDefault();
        submitRef.current();
      }
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, []);

  return (
    <form
      ref={formRef}
      class="sx-form"
      noValidate
      aria-label="New Stardex task"
      onSubmit={(e) => {
        e.preventDefault();
        requestSubmit();
      }}
    >
      <ProfileHeader person={person} lookup={lookup} addMissingPerson={boot.settings.addMissingPerson} />
      <ReadHealthNote health={health} />
      <WorkTasks open={openTasks} person={person} idPrefix={idPrefix} />
      <TaskFields
        idPrefix={idPrefix}
        cadences={boot.cadences}
        run={run}
        values={values}
        errors={errors}
        textRef={textRef}
        onType={form.chooseType}
        onText={(contentText) => update({ contentText, textEdited: true })}
        clippedDraft={form.clippedDraft}
        defaultTime={boot.settings.defaultDueTime}
        onDueChange={form.onDueChange}
        members={members}
        meId={meId}
        onOwners={(ownerIds) => update({ ownerIds })}
        onMeChosen={chooseMe}
      />
      <LinksDisclosure
        idPrefix={idPrefix}
        initiallyOpen={boot.linksOpen}
        links={{ job: values.job, deal: values.deal, client: values.client }}
        errors={errors}
        onChange={(kind, value) => update({ [kind]: value })}
      />
      <FormFoot
        submit={form.submit}
        createLabel={cadenceButtonLabel(run.cadence ? run.plan.length : 1)}
        hasDraft={form.hasDraft}
        onConfirmPast={() => void form.send()}
        onCancelPast={form.cancelPast}
        onNewTask={form.newTask}
        onDiscard={form.discard}
      />
    </form>
  );
}
