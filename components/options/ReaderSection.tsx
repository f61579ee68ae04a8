import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readReport } from '@/lib/profile/read-report';
import { parseReaderMisses, type ReaderMiss } from '@/lib/profile/reader-misses';
import { readerMissesItem } from '@/lib/storage/page-data';

/**
 * "Profile reader": the last 20 pages whose read missed something their layout normally shows
 * (kept on this device only), with one report for all of them to copy. When LinkedIn changes its
 * pages, this is where it shows first; nothing is sent anywhere.
 */
export function ReaderSection() {
  const [misses, setMisses] = useState<ReaderMiss[]>([]);
  const [copied, setCopied] = useState('');
  useEffect(() => {
    const load = (value: unknown) => setMisses(parseReaderMisses(value));
    void readerMissesItem.getValue().then(load);
    return readerMissesItem.watch(load);
  }, []);
  const version = browser.runtime.getManifest().version;
  const copy = () =>
    navigator.clipboard
      .writeText(misses.map((miss) => readReport(miss, version, new Date(miss.at))).join('\n\n'))
      .then(
        () => setCopied('Copied.'),
        () => setCopied('Could not copy.'),
      );
  return (
    <section class="sx-card" aria-labelledby="sx-reader-title">
      <h2 id="sx-reader-title">Profile reader</h2>
      {misses.length === 0 ? (
        <p class="sx-hint">Every LinkedIn page opened lately was read in full.</p>
      ) : (
        <>
          <p class="sx-hint">
            Pages where some details couldn’t be read (the last {misses.length}, kept on this device; no names
            or page text).
          </p>
          <ul class="sx-reader-misses">
            {misses.map((miss) => (
              <li key={`${miss.at}-${miss.page}`}>
                <time dateTime={new Date(miss.at).toISOString()}>{new Date(miss.at).toLocaleString()}</time> ·{' '}
                {miss.layout} · <code>{miss.page}</code> · missed {miss.missed.map((m) => m.field).join(', ')}
              </li>
            ))}
          </ul>
          <div class="sx-row">
            <button type="button" class="sx-button" onClick={() => void copy()}>
              Copy report
            </button>
            <span aria-live="polite">{copied}</span>
          </div>
        </>
      )}
    </section>
  );
}
