import { useEffect, useRef, useState } from 'preact/hooks';
import { isLogged, logOutcomeWords, logTone } from '@/lib/form/log-outcome';
import type { FormPerson } from '@/lib/form/person';
import { useLogTouch } from './use-log-touch';
import { guardFormShortcut } from './work-words';

/** The touches logged without a task, as the recruiter says them. */
const kinds = {
  linkedin_message: { open: 'Log a message I sent', field: 'Message you sent', button: 'Log message' },
  linkedin_message_response: { open: 'Log their reply', field: 'Their reply', button: 'Log reply' },
} as const;
type LoggedKind = keyof typeof kinds;

interface LogTouchProps {
  person: FormPerson;
  idPrefix: string;
}

/**
 * "Log a touch" on any profile, a small toggle on the open-tasks line (the form still fits the
 * popup): it offers "Log a message I sent" / "Log their reply", each a small box to paste into.
 */
export function LogTouch({ person, idPrefix }: LogTouchProps) {
  const [offered, setOffered] = useState(false);
  const [kind, setKind] = useState<LoggedKind | null>(null);
  const [round, setRound] = useState(0);
  const openers = useRef<Partial<Record<LoggedKind, HTMLButtonElement | null>>>({});
  const close = () => {
    const was = kind;
    setKind(null);
    if (was) openers.current[was]?.focus();
  };
  return (
    <div class="sx-work-log">
      <button
        type="button"
        class="sx-button-link sx-work-log-toggle"
        aria-expanded={offered}
        onClick={() => {
          setOffered(!offered);
          setKind(null);
        }}
      >
        Log a touch
      </button>
      {offered && (
        <div class="sx-row">
          {(Object.keys(kinds) as LoggedKind[]).map((k) => (
            <button
              key={k}
              type="button"
              class="sx-button-link"
              aria-expanded={kind === k}
              ref={(el) => {
                openers.current[k] = el;
              }}
              onClick={() => {
                setKind(kind === k ? null : k);
                setRound((n) => n + 1);
              }}
            >
              {kinds[k].open}
            </button>
          ))}
        </div>
      )}
      {offered && kind && (
        <LogTouchBox
          key={`${kind}-${round}`}
          kind={kind}
          person={person}
          id={`${idPrefix}-log-${kind}`}
          onClose={close}
        />
      )}
    </div>
  );
}

function LogTouchBox(props: { kind: LoggedKind; person: FormPerson; id: string; onClose: () => void }) {
  const { kind, person, id, onClose } = props;
  const words = kinds[kind];
  const [text, setText] = useState('');
  const logger = useLogTouch(person);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // The box opens on the recruiter's click, to paste into.
  useEffect(() => textRef.current?.focus(), []);
  const done = isLogged(logger.state);
  const outcome = logOutcomeWords(logger.state);
  const sending = logger.state.state === 'sending';
  return (
    <fieldset
      class="sx-work-card"
      aria-label={words.open}
      onKeyDown={(e) => {
        guardFormShortcut(e);
        if (e.key === 'Escape' && !sending) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <label class="sx-label" for={`${id}-text`}>
        {words.field}
      </label>
      <textarea
        id={`${id}-text`}
        rows={3}
        dir="auto"
        placeholder="Paste it here"
        value={text}
        readOnly={done || sending}
        ref={textRef}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="sx-row sx-work-actions">
        {done ? (
          <button
            type="button"
            class="sx-button"
            onClick={() => {
              logger.another();
              setText('');
            }}
          >
            Log another
          </button>
        ) : (
          <button
            type="button"
            class="sx-button sx-button-primary"
            disabled={sending}
            onClick={() => void logger.log({ touch: kind, text: text.trim(), taskId: null })}
          >
            {logger.state.state === 'failed' ? 'Log again' : words.button}
          </button>
        )}
        <button type="button" class="sx-button" onClick={onClose} disabled={sending}>
          {done ? 'Close' : 'Cancel'}
        </button>
      </div>
      <p aria-live="polite" class="sx-work-outcome" data-tone={logTone(logger.state)}>
        {outcome}
      </p>
    </fieldset>
  );
}
