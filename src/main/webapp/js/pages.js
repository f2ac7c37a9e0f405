// The pages each role works on; a page a person may not use is not offered to them.
import { hasRole } from './session.js';

const PAGES = [
  { href: 'index.html', key: 'nav.request', roles: ['requester', 'coordinator', 'office-manager'] },
  { href: 'requests.html', key: 'nav.requests', roles: ['requester', 'coordinator', 'reviewer', 'office-manager', 'linguist', 'external-reviewer'] },
  { href: 'tasks.html', key: 'nav.tasks', roles: ['coordinator', 'reviewer', 'linguist', 'external-reviewer', 'office-manager'] },
  { href: 'team.html', key: 'nav.team', roles: ['coordinator', 'office-manager'] },
  { href: 'interpreting.html', key: 'nav.interpreting', roles: ['coordinator', 'office-manager'] },
  { href: 'reports.html', key: 'nav.reports', roles: ['coordinator', 'office-manager'] },
  { href: 'terms.html', key: 'nav.terms', roles: ['coordinator', 'office-manager', 'admin'] },
  { href: 'handover.html', key: 'nav.handover', roles: ['coordinator', 'office-manager'] },
  { href: 'partner.html', key: 'nav.deliveries', roles: ['partner'] },
  { href: 'admin.html', key: 'nav.admin', roles: ['admin'] },
  { href: 'office.html', key: 'nav.office', roles: ['admin'] },
  { href: 'api.html', key: 'nav.api', roles: ['admin'] }
];

/** The pages the person may use, in the order the navigation shows them: {href, key} with key a message key. */
export function pagesFor(session) {
  return PAGES.filter(page => hasRole(session, ...page.roles));
}

/** Where a person starts after logging in: the first page their roles work on. */
export function homePage(session) {
  const start = hasRole(session, 'partner') ? 'partner.html'
    : hasRole(session, 'coordinator', 'reviewer', 'linguist', 'external-reviewer') ? 'tasks.html'
      : pagesFor(session)[0]?.href;
  return start ?? 'index.html';
}
