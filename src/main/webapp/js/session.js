// Who is logged in in this browser, with their roles, and logging in and out.
import { api, forgetCsrfToken, keepCsrfToken, publicApi } from './http.js';

/** The person logged in, or null; their token is kept for the calls that follow. */
export async function currentSession() {
  try {
    const session = await api('session');
    keepCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error.problem?.status === 401) return null;
    throw error;
  }
}

export async function logIn(username, password) {
  // a tab opened while a session is still open has no token of it yet, and the login replaces that session
  await currentSession().catch(() => null);
  const session = await api('session', { method: 'POST', body: { username, password } });
  keepCsrfToken(session.csrfToken);
  return session;
}

/** Whether staff may log in with their city account here (the city's OpenID provider), and where that starts. */
export function cityLoginOffer() {
  return publicApi('session/city/offer');
}

/**
 * Ends the session; answers where to go next: where the city login is offered, its door, which ends the city
 * account's session at the city's provider too and comes back to the login page.
 */
export async function logOut() {
  await api('session', { method: 'DELETE' });
  forgetCsrfToken();
  const offer = await cityLoginOffer().catch(() => ({ offered: false }));
  return offer.offered ? offer.door + 'logout' : 'login.html';
}

export function hasRole(session, ...roles) {
  return session.roles.some(role => roles.includes(role));
}
