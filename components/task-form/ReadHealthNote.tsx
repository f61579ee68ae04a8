import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ProfileFieldName } from '@/lib/profile/profile-schema';
import { type ReadHealth, readReport } from '@/lib/profile/read-report';
import { recordReaderMiss } from './form-store';

const fieldLabels: Partial<Record<ProfileFieldName, string>> = {
  fullName: 'name',
  headline: 'headline',
  location: 'location',
  currentTitle: 'current title',
  currentCompany: 'company',
  publicIdentifier: 'profile link',
  photoUrl: 'photo',
};

/**
 * "Some details couldn't be read from this page", with the fields and a "Copy report" button
 * (lib/profile/read-report.ts: layout, URL pattern, strategies; nothing of the person). Shown only
 * when the read missed something its layout normally has; the miss is also kept for Options'
 * list. Nothing is sent anywhere: the recruiter decides what to do with the report.
 */
export function ReadHealthNote({ health }: { health: ReadHealth | null | undefined }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const missed = health?.missed ?? [];
  useEffect(() => {
    if (health) void recordReaderMiss(health).catch(() => undefined);
  }, [health]);
  if (!health || missed.length === 0) return null;
  const fields = missed.map(({ field }) => fieldLabels[field] ?? field).join(', ');
  const copy = () => {
    const report = readReport(health, browser.runtime.getManifest().version);
    navigator.clipboard.writeText(report).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  };
  return (
    <p class="sx-hint sx-read-note">
      Some details couldn’t be read from this page ({fields}).{' '}
      <button type="button" class="sx-link-button" onClick={copy}>
        Copy report
      </button>
      <span aria-live="polite">
        {copied === 'copied' ? ' Copied.' : copied === 'failed' ? ' Could not copy.' : ''}
      </span>
    </p>
  );
}
