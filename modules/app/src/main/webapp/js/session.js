// Who is logged in, shared by every view.
import { api, ApiError } from './api.js';

export const session = { me: null };

export async function loadMe() {
  try {
    session.me = await api.get('/me');
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) throw e;
    session.me = null;
  }
  return session.me;
}

export async function logout() {
  await api.post('/auth/logout');
  session.me = null;
}

/** Sends anonymous people to log in, and back here afterwards. */
export function requireLogin() {
  if (session.me) return true;
  location.hash = `#/login?next=${encodeURIComponent(location.hash || '#/')}`;
  return false;
}
