import { createBrowserRouter, RouterProvider } from 'react-router';
import { RequireRole } from '@/shared/auth/require-role';
import { PARTY_ROLES, STAFF_ROLES } from '@/shared/auth/roles';
import { AppLayout } from '@/shared/layout/app-layout';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { NoWorkspaceRoute, NotFoundRoute } from './routes/not-found';

// Each workspace is its own chunk: a party never downloads the inbox, nor an officer the portal.
const router = createBrowserRouter([
  {
    element: <AppLayout />,
    hydrateFallbackElement: <PageSpinner />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'login', element: <LoginRoute /> },
      // Administration pages are still to come; until then an administrator lands here.
      { path: 'admin', element: <NoWorkspaceRoute /> },
      {
        path: 'portal',
        element: <RequireRole roles={PARTY_ROLES} />,
        children: [
          { index: true, lazy: () => import('./routes/portal/cases').then((m) => ({ Component: m.PortalCasesRoute })) },
          { path: 'new', lazy: () => import('./routes/portal/new-case').then((m) => ({ Component: m.NewCaseRoute })) },
          {
            path: 'injunctions/new',
            lazy: () => import('./routes/portal/new-injunction').then((m) => ({ Component: m.NewInjunctionRoute })),
          },
          {
            path: 'cases/:id',
            lazy: () => import('./routes/portal/case').then((m) => ({ Component: m.PortalCaseRoute })),
          },
        ],
      },
      {
        path: 'inbox',
        element: <RequireRole roles={STAFF_ROLES} />,
        children: [
          { index: true, lazy: () => import('./routes/inbox/tasks').then((m) => ({ Component: m.InboxTasksRoute })) },
          {
            path: 'cases/:id',
            lazy: () => import('./routes/inbox/case').then((m) => ({ Component: m.InboxCaseRoute })),
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
