import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/kedang';
import { refreshStatus } from '../../app/appStatus';
import { lockNow } from './lockNow';

const activityEvents = ['keydown', 'mousedown', 'pointermove', 'wheel'] as const;

/**
 * Tells core someone is at the keyboard (auth.touch, throttled) and locks after idleLockSeconds
 * without input. Core keeps its own idle clock too, so a frozen page still gets locked.
 * Touches come at most every 30 s; with very short idle times (tests) often enough that core's
 * clock never runs out while the person is typing.
 */
export function useIdleLock(idleLockSeconds: number, active: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!active || idleLockSeconds <= 0) return;
    const idleMs = idleLockSeconds * 1000;
    const touchEveryMs = Math.min(30_000, Math.max(1_000, Math.floor(idleMs / 3)));
    let lastInput = Date.now();
    let lastTouch = Date.now();
    let locking = false;

    const onActivity = () => {
      const now = Date.now();
      lastInput = now;
      if (now - lastTouch < touchEveryMs) return;
      lastTouch = now;
      call('auth.touch', {}).catch(() => refreshStatus(queryClient));
    };
    const timer = window.setInterval(() => {
      if (locking || Date.now() - lastInput < idleMs) return;
      locking = true;
      void lockNow(queryClient);
    }, 1_000);

    for (const event of activityEvents) window.addEventListener(event, onActivity, { capture: true, passive: true });
    return () => {
      window.clearInterval(timer);
      for (const event of activityEvents) window.removeEventListener(event, onActivity, { capture: true });
    };
  }, [idleLockSeconds, active, queryClient]);
}
