import { defaultSettings } from '@/lib/storage/preferences';
import { CadencesSection } from './CadencesSection';
import { ConnectionSection } from './ConnectionSection';
import { OutboxSection } from './OutboxSection';
import { PreferencesSection } from './PreferencesSection';
import { ReaderSection } from './ReaderSection';
import { TemplatesSection } from './TemplatesSection';
import { useSettings } from './use-settings';

/** The options page: connection, task defaults, templates, cadences, the outbox and the reader's recent misses. */
export function OptionsApp() {
  const { settings, update, reload, error } = useSettings();
  return (
    <div class="sx-options">
      <h1>Stardex tasks for LinkedIn</h1>
      <ConnectionSection />
      {settings && (
        <PreferencesSection settings={settings} update={update} reload={reload} saveError={error} />
      )}
      <TemplatesSection />
      <CadencesSection
        duePick={(settings ?? defaultSettings).defaultDuePick}
        dueTime={(settings ?? defaultSettings).defaultDueTime}
      />
      <OutboxSection />
      <ReaderSection />
    </div>
  );
}
