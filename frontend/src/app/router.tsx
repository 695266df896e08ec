import { createBrowserRouter, RouterProvider } from 'react-router';
import { RequireRole } from '@/shared/auth/require-role';
import { PARTY_ROLES, STAFF_ROLES } from '@/shared/auth/roles';
import { AppLayout } from '@/shared/layout/app-layout';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { HeaderExtra } from './header-extra';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { NoWorkspaceRoute, NotFoundRoute } from './routes/not-found';

// Each workspace is its own chunk: a party never downloads the inbox, nor an officer the portal.
const router = createBrowserRouter([
  {
    element: <AppLayout headerExtra={<HeaderExtra />} />,
    hydrateFallbackElement: <PageSpinner />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'login', element: <LoginRoute /> },
      // reports of counterfeiting: open to anyone, signed in or not
      {
        path: 'report',
        lazy: () => import('./routes/public/report').then((m) => ({ Component: m.PublicReportRoute })),
      },
      {
        path: 'report/track/:code?',
        lazy: () => import('./routes/public/track').then((m) => ({ Component: m.ReportTrackingRoute })),
      },
      { path: 'no-workspace', element: <NoWorkspaceRoute /> },
      // the administrator's workspace: its own side navigation around each page
      {
        path: 'account/password',
        lazy: () =>
          import('@/features/accounts/components/change-password-page').then((m) => ({
            Component: m.ChangePasswordPage,
          })),
      },
      {
        path: 'admin',
        element: <RequireRole roles={['ADMIN']} />,
        children: [
          {
            lazy: () => import('./routes/admin/layout').then((m) => ({ Component: m.AdminLayoutRoute })),
            children: [
              { index: true, lazy: () => import('./routes/admin/home').then((m) => ({ Component: m.AdminHomeRoute })) },
              {
                path: 'users',
                lazy: () =>
                  import('@/features/accounts/components/accounts-page').then((m) => ({ Component: m.AccountsPage })),
              },
              {
                path: 'offices',
                lazy: () => import('./routes/admin/offices').then((m) => ({ Component: m.AdminOfficesRoute })),
              },
              {
                path: 'calendar',
                lazy: () => import('./routes/admin/calendar').then((m) => ({ Component: m.AdminCalendarRoute })),
              },
              {
                path: 'settings',
                lazy: () => import('./routes/admin/settings').then((m) => ({ Component: m.AdminSettingsRoute })),
              },
              {
                path: 'audit',
                lazy: () => import('./routes/admin/audit').then((m) => ({ Component: m.AdminAuditRoute })),
              },
              {
                path: 'engine',
                lazy: () => import('./routes/admin/engine').then((m) => ({ Component: m.AdminEngineRoute })),
              },
              {
                path: 'assistance-pool',
                lazy: () =>
                  import('./routes/admin/assistance-pool').then((m) => ({ Component: m.AssistancePoolRoute })),
              },
            ],
          },
        ],
      },
      {
        path: 'portal',
        element: <RequireRole roles={PARTY_ROLES} />,
        children: [
          { index: true, lazy: () => import('./routes/portal/cases').then((m) => ({ Component: m.PortalCasesRoute })) },
          { path: 'new', lazy: () => import('./routes/portal/new-case').then((m) => ({ Component: m.NewCaseRoute })) },
          {
            path: 'mediation/new',
            lazy: () => import('./routes/portal/new-mediation').then((m) => ({ Component: m.NewMediationRoute })),
          },
          {
            path: 'cases/:id/answer',
            lazy: () => import('./routes/portal/answer').then((m) => ({ Component: m.PortalAnswerRoute })),
          },
          {
            path: 'injunctions/new',
            lazy: () => import('./routes/portal/new-injunction').then((m) => ({ Component: m.NewInjunctionRoute })),
          },
          {
            path: 'assistance',
            lazy: () => import('./routes/portal/assistance').then((m) => ({ Component: m.PortalAssistanceRoute })),
          },
          {
            path: 'assistance/new',
            lazy: () => import('./routes/portal/new-assistance').then((m) => ({ Component: m.NewAssistanceRoute })),
          },
          {
            path: 'cases/:id',
            lazy: () => import('./routes/portal/case').then((m) => ({ Component: m.PortalCaseRoute })),
          },
          {
            path: 'reports',
            lazy: () => import('./routes/portal/reports').then((m) => ({ Component: m.PortalReportsRoute })),
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
          {
            path: 'penalty',
            lazy: () => import('./routes/inbox/penalty-leads').then((m) => ({ Component: m.PenaltyLeadsRoute })),
          },
          {
            path: 'penalty/new',
            lazy: () => import('./routes/inbox/penalty-new').then((m) => ({ Component: m.PenaltyNewCaseRoute })),
          },
          {
            path: 'penalty/reports/:id',
            lazy: () => import('./routes/inbox/penalty-report').then((m) => ({ Component: m.PenaltyReportRoute })),
          },
        ],
      },
      {
        path: 'sla',
        element: <RequireRole roles={['SUPERVISOR', 'ADMIN']} />,
        children: [
          { index: true, lazy: () => import('./routes/sla/board').then((m) => ({ Component: m.SlaBoardRoute })) },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
