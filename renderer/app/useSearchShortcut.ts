import { useEffect } from 'react';
import { useNavigate, useRouter } from '@tanstack/react-router';
import type { SessionUser } from '../../shared/app/status';
import { SEARCH_INPUT_ID } from '../features/customers/CustomerList';

/** Ctrl+K (⌘K) anywhere: go to the customer list (keeping its filters) and put the cursor in its search box. */
export function useSearchShortcut(user: SessionUser): void {
  const reads = user.permissions.includes('customer.read');
  const navigate = useNavigate();
  const router = useRouter();
  useEffect(() => {
    if (!reads) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      const { pathname } = router.state.location;
      if (pathname !== '/customers') {
        // From a card, back to the list it was opened from; from elsewhere, to the plain list.
        if (pathname.startsWith('/customers/')) void navigate({ from: '/customers/$customerId', to: '/customers', search: ({ tab: _tab, ...list }) => list });
        else void navigate({ to: '/customers', search: {} });
      }
      const focus = (tries: number) => {
        const input = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
        if (input && input.offsetParent !== null) {
          input.focus();
          input.select();
        } else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
      };
      focus(30);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [reads, navigate, router]);
}
