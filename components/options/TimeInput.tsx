import { useState } from 'preact/hooks';
import { timeOfDaySchema } from '@/lib/storage/settings-migrations';

interface TimeInputProps {
  id: string;
  /** The saved time ("HH:MM"). */
  value: string;
  /** Called with each complete, valid time the recruiter enters. */
  onTime: (time: string) => void;
  required?: boolean;
  describedBy?: string;
}

/**
 * A time input that keeps what is being typed while it has focus: a settings change arriving
 * meanwhile (another window or device) re-renders the page, and a half-typed time (value '')
 * would otherwise be reset to the saved one.
 */
export function TimeInput({ id, value, onTime, required, describedBy }: TimeInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      id={id}
      class="sx-input"
      type="time"
      required={required}
      aria-describedby={describedBy}
      value={draft ?? value}
      onFocus={(e) => setDraft(e.currentTarget.value)}
      onInput={(e) => {
        const typed = e.currentTarget.value;
        setDraft(typed);
        if (timeOfDaySchema.safeParse(typed).success) onTime(typed);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
