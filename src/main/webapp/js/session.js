// Who is logged in in this browser, with their roles, and logging in and out.
import { api, forgetCsrfToken, keepCsrfToken } from './http.js';

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

export async function logOut() {
  await api('session', { method: 'DELETE' });
  forgetCsrfToken();
}

export function hasRole(session, ...roles) {
  return session.roles.some(role => roles.includes(role));
}
