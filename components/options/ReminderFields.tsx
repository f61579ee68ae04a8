import type { Settings } from '@/lib/storage/preferences';
import { TimeInput } from './TimeInput';

interface ReminderFieldsProps {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
}

/** The optional daily "due today" reminder: on/off and its local time (off by default). */
export function ReminderFields({ settings, update }: ReminderFieldsProps) {
  const reminder = settings.dailyReminder;
  return (
    <fieldset class="sx-field sx-fieldset">
      <legend class="sx-label">Reminder</legend>
      <label class="sx-check">
        <input
          type="checkbox"
          checked={reminder.enabled}
          onChange={(e) => update({ dailyReminder: { ...reminder, enabled: e.currentTarget.checked } })}
        />
        Daily reminder of tasks due today
      </label>
      <div class="sx-field">
        <label class="sx-label" for="sx-reminder-time">
          Reminder time
        </label>
        <TimeInput
          id="sx-reminder-time"
          value={reminder.time}
          required
          describedBy="sx-reminder-hint"
          onTime={(time) => update({ dailyReminder: { ...reminder, time } })}
        />
        <p id="sx-reminder-hint" class="sx-hint">
          A notification at this time on this computer says how many LinkedIn tasks are due today.
        </p>
      </div>
    </fieldset>
  );
}
