/**
 * Tells this app's other tabs that the stored reports changed (an upload, a delete), so their
 * lists follow without a reload. BroadcastChannel where there is one; otherwise the storage
 * event of localStorage, which other tabs of the same origin receive.
 */
const CHANNEL = 'zhibiao:stored-reports';
const STORAGE_KEY = 'zhibiao:stored-reports-changed';

export function announceStoredReportsChanged(): void {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage('changed');
    channel.close();
    return;
  }
  try {
    localStorage.setItem(STORAGE_KEY, String(Date.now()));
  } catch {
    // Storage blocked too: the other tabs see the change on their next load.
  }
}

/** Calls `onChange` when another tab changes the stored reports; returns the unsubscribe. */
export function onStoredReportsChanged(onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => onChange();
    return () => channel.close();
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
