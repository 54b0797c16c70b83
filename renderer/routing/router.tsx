import type { ReactNode } from 'react';
import { createHashHistory, createRootRouteWithContext, createRoute, createRouter, Navigate, Outlet, redirect, useRouterState } from '@tanstack/react-router';
import type { SessionUser } from '../../shared/app/status';
import { useUser } from '../api/session';
import { AppFrame } from '../app/AppFrame';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { navItem, type NavItem } from '../app/navigation';
import { useSearchShortcut } from '../app/useSearchShortcut';
import { AuditPage } from '../features/audit/AuditPage';
import { BackupPage } from '../features/backup/BackupPage';
import { backupSearch } from '../features/backup/backupSearch';
import { auditSearch } from '../features/audit/auditSearch';
import { SessionHeader } from '../features/auth/SessionHeader';
import { CardNotFound, CustomerCardRoute } from '../features/customers/CustomerCardRoute';
import { customerCardSearch, customerListSearch, parseCustomerId } from '../features/customers/customerSearch';
import { CustomersPage } from '../features/customers/CustomersPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { documentsSearch } from '../features/documents/documentsSearch';
import { ForbiddenPage, HomePage } from '../features/home/HomePage';
import { LifecyclePage } from '../features/lifecycle/LifecyclePage';
import { lifecycleSearch } from '../features/lifecycle/lifecycleSearch';
import { LoansPage } from '../features/loans/LoansPage';
import { loansSearch } from '../features/loans/loansSearch';
import { SettingsPage } from '../features/settings/SettingsPage';
import { UsersPage } from '../features/users/UsersPage';
import { usersSearch } from '../features/users/usersSearch';

/**
 * The working app's screens as a typed route tree over the URL hash (#/customers/12?tab=vehicles), so
 * a reload, a link or a test lands exactly where it points, with the list's filters and the card's tab.
 * Search params are validated per screen; params are parsed (a card's id is a number or the card says
 * it does not exist). A screen the user's role may not open shows the forbidden page and calls nothing.
 */
export interface RouterContext {
  user: SessionUser;
}

function Workspace() {
  const user = useUser();
  // One broken screen never takes the frame down, and leaving it starts the next one afresh.
  const screen = useRouterState({ select: (state) => state.location.pathname.split('/')[1] ?? '' });
  useSearchShortcut(user);
  return (
    <AppFrame permissions={user.permissions} header={<SessionHeader user={user} />}>
      <ErrorBoundary key={screen}>
        <Outlet />
      </ErrorBoundary>
    </AppFrame>
  );
}

/** Renders the screen only for roles holding its permission: the forbidden page mounts no query. */
function Allowed({ item, children }: { item: NavItem; children: ReactNode }) {
  const user = useUser();
  if (item.permission && !user.permissions.includes(item.permission)) return <ForbiddenPage titleKey={item.labelKey} />;
  return <>{children}</>;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Workspace,
  // An address that names no screen leads home, as it always has.
  notFoundComponent: () => <Navigate to="/home" replace />,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/home', replace: true });
  },
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/home', component: () => <HomePage user={useUser()} /> });

export const customersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/customers',
  validateSearch: customerListSearch,
  component: () => (
    <Allowed item={navItem('/customers')}>
      <CustomersPage user={useUser()} />
    </Allowed>
  ),
});
const customerListRoute = createRoute({ getParentRoute: () => customersRoute, path: '/' });
/** The new-file form opens over the list, which stays where it was. */
const newCustomerRoute = createRoute({ getParentRoute: () => customersRoute, path: '/new' });
const customerCardRoute = createRoute({
  getParentRoute: () => customersRoute,
  path: '/$customerId',
  params: { parse: ({ customerId }) => ({ customerId: parseCustomerId(customerId) }), stringify: ({ customerId }) => ({ customerId: String(customerId) }) },
  validateSearch: customerCardSearch,
  component: CustomerCardRoute,
  errorComponent: CardNotFound,
});

const loansRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/loans',
  validateSearch: loansSearch,
  component: () => (
    <Allowed item={navItem('/loans')}>
      <LoansPage user={useUser()} />
    </Allowed>
  ),
});

const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  validateSearch: auditSearch,
  component: () => (
    <Allowed item={navItem('/audit')}>
      <AuditPage user={useUser()} />
    </Allowed>
  ),
});

const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/users',
  validateSearch: usersSearch,
  component: () => (
    <Allowed item={navItem('/users')}>
      <UsersPage user={useUser()} />
    </Allowed>
  ),
});

const lifecycleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lifecycle',
  validateSearch: lifecycleSearch,
  component: () => (
    <Allowed item={navItem('/lifecycle')}>
      <LifecyclePage />
    </Allowed>
  ),
});

const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settings',
  component: () => (
    <Allowed item={navItem('/settings')}>
      <SettingsPage />
    </Allowed>
  ),
});

const backupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/backup',
  validateSearch: backupSearch,
  component: () => (
    <Allowed item={navItem('/backup')}>
      <BackupPage user={useUser()} />
    </Allowed>
  ),
});

const reportsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports',
  validateSearch: documentsSearch,
  component: () => (
    <Allowed item={navItem('/reports')}>
      <DocumentsPage user={useUser()} />
    </Allowed>
  ),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  homeRoute,
  customersRoute.addChildren([customerListRoute, newCustomerRoute, customerCardRoute]),
  loansRoute,
  auditRoute,
  usersRoute,
  settingsRoute,
  lifecycleRoute,
  backupRoute,
  reportsRoute,
]);

/**
 * A router for one working session (App's Workspace makes it when the session opens, with the user in
 * its context). It starts from the address as it is, so unlocking or logging in again returns to the
 * same place; the address outlives it.
 */
export function createAppRouter(user: SessionUser) {
  return createRouter({
    routeTree,
    history: createHashHistory(),
    context: { user },
    defaultPreload: false,
    scrollRestoration: false,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
