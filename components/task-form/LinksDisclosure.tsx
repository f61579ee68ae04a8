import { useState } from 'preact/hooks';
import type { RecordChoice } from '@/lib/form/form-state';
import { formLayoutItem } from '@/lib/storage/page-data';
import { RecordPicker } from './RecordPicker';
import { type RecordKind, recordKindLabels } from './record-kinds';

type Links = Record<RecordKind, RecordChoice | null>;
type LinkErrors = Partial<Record<`${RecordKind}_id`, string>>;

interface LinksDisclosureProps {
  idPrefix: string;
  /** Open or closed as the recruiter left it (loadFormBoot). */
  initiallyOpen: boolean;
  links: Links;
  errors: LinkErrors;
  onChange: (kind: RecordKind, value: RecordChoice | null) => void;
}

const kinds: RecordKind[] = ['job', 'deal', 'client'];

/**
 * The optional links behind "Link to a job, deal or client", so the form with "Create task"
 * fits Chrome's 600 px popup. Remembers being open; closed, a chosen link still shows as a chip
 * (removable), and an error on a link opens it.
 */
export function LinksDisclosure({ idPrefix, initiallyOpen, links, errors, onChange }: LinksDisclosureProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const shown = open || kinds.some((k) => errors[`${k}_id`]);
  const toggle = () => {
    setOpen(!shown);
    void formLayoutItem.setValue({ linksOpen: !shown }).catch(() => undefined);
  };
  const panelId = `${idPrefix}-links`;
  const chosen = kinds.filter((k) => links[k] !== null);
  return (
    <div class="sx-field">
      <div class="sx-row sx-links-head">
        <button
          type="button"
          class="sx-disclosure"
          aria-expanded={shown}
          aria-controls={panelId}
          onClick={toggle}
        >
          Link to a job, deal or client
        </button>
        {!shown && chosen.length > 0 && (
          <ul class="sx-chips sx-link-chips" aria-label="Linked records">
            {chosen.map((kind) => (
              <li key={kind} class="sx-chip">
                {recordKindLabels[kind]}: {links[kind]?.label}
                <button
                  type="button"
                  aria-label={`Remove ${recordKindLabels[kind].toLowerCase()} ${links[kind]?.label ?? ''}`}
                  onClick={() => onChange(kind, null)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {shown && (
        <div id={panelId} class="sx-links">
          {kinds.map((kind) => (
            <RecordPicker
              key={kind}
              id={`${idPrefix}-${kind}`}
              kind={kind}
              value={links[kind]}
              onChange={(value) => onChange(kind, value)}
              error={errors[`${kind}_id`]}
            />
          ))}
        </div>
      )}
    </div>
  );
}
