import { useEffect, useState } from 'react';

/**
 * Whole seconds since `since` (ms, Date.now), ticking once a second; null when nothing runs.
 * The extractor reads a report in one synchronous call, so between the worker's stages the
 * clock is what shows that the reading goes on.
 */
export function useElapsedSeconds(since: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? null : Math.max(0, Math.floor((now - since) / 1000));
}
