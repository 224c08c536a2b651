// Pages by address; each page is its own chunk so the first screen loads only what it shows.
// Signed-in pages wait for /me; without a session the user goes to /login and comes back after.
import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import { setUnauthorizedHandler } from './api/client';
import { forget, loadMe } from './api/session';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    {
      path: '/login',
      name: 'login',
      component: () => import('./pages/LoginPage.vue'),
      meta: { public: true },
    },
    {
      path: '/forgot',
      name: 'forgot',
      component: () => import('./pages/ForgotPage.vue'),
      meta: { public: true },
    },
    ...(['confirm', 'reset', 'invite'] as const).map((name) => ({
      path: `/${name}`,
      name,
      component: () => import('./pages/TokenPage.vue'),
      meta: { public: true },
    })),
    {
      path: '/',
      component: () => import('./layouts/ShellLayout.vue'),
      children: [
        { path: '', name: 'dashboard', component: () => import('./pages/DashboardPage.vue') },
        { path: 'sales', name: 'sales', component: () => import('./pages/SalesPage.vue') },
        { path: 'documents', name: 'documents', component: () => import('./pages/DocumentsPage.vue') },
        { path: 'documents/:uuid', name: 'document', component: () => import('./pages/DocumentPage.vue') },
        { path: 'shifts', name: 'shifts', component: () => import('./pages/ShiftsPage.vue') },
        { path: 'tills', name: 'tills', component: () => import('./pages/TillsPage.vue') },
        { path: 'alerts', name: 'alerts', component: () => import('./pages/AlertsPage.vue') },
        { path: 'quarantine', name: 'quarantine', component: () => import('./pages/QuarantinePage.vue') },
        { path: 'reports', name: 'reports', component: () => import('./pages/ReportsPage.vue') },
        { path: 'catalog', name: 'catalog', component: () => import('./pages/CatalogPage.vue') },
        { path: 'staff', name: 'staff', component: () => import('./pages/StaffPage.vue') },
        { path: 'points', name: 'points', component: () => import('./pages/PointsPage.vue') },
        { path: 'settings', name: 'settings', component: () => import('./pages/SettingsPage.vue') },
        { path: 'users', name: 'users', component: () => import('./pages/UsersPage.vue') },
        { path: 'audit', name: 'audit', component: () => import('./pages/AuditPage.vue') },
        { path: 'profile', name: 'profile', component: () => import('./pages/ProfilePage.vue') },
      ],
    },
    { path: '/:rest(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue') },
  ],
});

function loginFor(to: RouteLocationNormalized) {
  return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
}

router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  try {
    return (await loadMe()) ? true : loginFor(to);
  } catch {
    return true; // the cabinet is unreachable: the page itself shows the error and a retry
  }
});

setUnauthorizedHandler(() => {
  forget();
  const current = router.currentRoute.value;
  if (!current.meta.public) void router.push(loginFor(current));
});
