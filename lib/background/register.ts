/**
 * Wires the background service worker: message handlers first (synchronously, so a waking
 * worker has them before the message that woke it is dispatched), then alarms and the badge.
 * Every message goes through the one router (lib/protocol/router.ts): sender checked against
 * lib/protocol/background-messages.ts, data validated with its schema; anything else is refused.
 */
import { browser } from 'wxt/browser';
import { updateBadge } from '@/lib/background/badge';
import { registerCommandsAndMenus } from '@/lib/background/commands-and-menus/register';
import { createHandlers, type Handlers } from '@/lib/background/handlers';
import { broadcastPageButtonSetting } from '@/lib/background/page-button-broadcast';
import { publishSetupState } from '@/lib/background/publish-setup';
import { OUTBOX_ALARM } from '@/lib/background/scheduler';
import { classifySender, type ExtensionIdentity } from '@/lib/background/sender';
import { type BackgroundServicesOptions, createBackgroundServices } from '@/lib/background/services';
import { restrictStorageToTrustedContexts } from '@/lib/background/storage-access';
import { submitRun } from '@/lib/background/submit';
import { backgroundMessages } from '@/lib/protocol/background-messages';
import { registerRoutes } from '@/lib/protocol/router';
import { registerApiKeySync, watchApiKey } from '@/lib/storage/api-key';
import { apiBaseUrlItem } from '@/lib/storage/connection';

/**
 * Wires everything; returns the services (tests drive the outbox through them).
 * `commandsAndMenus: false` leaves out lib/background/commands-and-menus (menus, commands,
 * notifications), which the fake browser lacks.
 */
export function registerBackground(options: BackgroundServicesOptions & { commandsAndMenus?: boolean } = {}) {
  void restrictStorageToTrustedContexts();
  const services = createBackgroundServices(options);
  const handlers: Handlers = createHandlers(services);
  const self: ExtensionIdentity = {
    id: browser.runtime.id,
    baseUrl: browser.runtime.getURL('/'),
    optionsUrl: browser.runtime.getURL('/options.html'),
  };
  registerRoutes(backgroundMessages, (sender) => classifySender(sender, self), handlers);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void services.outbox.drain();
  });
  // A fixed key or URL retries everything that failed on it.
  // The popup reads the setup state from storage (no wait on a stopped worker): keep it current.
  const publishSetup = () =>
    void publishSetupState(() => handlers.getSetupState(undefined, {})).catch(() => undefined);
  // The team list changes rarely: fetched with the key (cached a day), a first capture needs no request for it.
  const prefetchTeam = () => void handlers.listTeamMembers(undefined, {}).catch(() => undefined);
  const accessChanged = () => {
    publishSetup();
    prefetchTeam();
    void services.outbox.retryWaitingOnKey();
  };
  watchApiKey(accessChanged);
  apiBaseUrlItem.watch(accessChanged);
  publishSetup();
  prefetchTeam();
  registerApiKeySync();
  // Tasks worked in the recruiter's other browsers count as worked here too.
  services.worked.watchSync();
  void services.worked.takeFromSync().catch(() => undefined);
  broadcastPageButtonSetting();
  if (options.commandsAndMenus !== false) {
    // Context menu, shortcuts, due today, daily reminder. Guarded: a failure there (an API a
    // browser lacks) must not take the outbox and the message handlers down with it.
    try {
      registerCommandsAndMenus({
        submit: (submissions) => submitRun(services.outbox, submissions),
        client: () => services.client('interactive'),
        refreshBadge: () =>
          void services.outbox
            .list()
            .then(updateBadge)
            .catch(() => undefined),
      });
    } catch (error) {
      console.error('Stardex: could not register the commands and menus', error);
    }
  }

  // Every wake-up (install, browser start, alarm, message) resumes the queue, including items a
  // killed worker left in `sending`; and the badge is brought up to date.
  void services.outbox.list().then((items) => updateBadge(items).catch(() => undefined));
  void services.outbox.drain();
  return services;
}
