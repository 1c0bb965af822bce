// Every call sends the CSRF token from the XSRF-TOKEN cookie and marks itself as the app's own
// (X-Requested-With), so an expired session answers 401 instead of a login prompt.
export function cookie(name) {
  const m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
  return m ? decodeURIComponent(m[1]) : null;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || 'Request failed (' + status + ')');
    this.status = status;
    this.problem = problem || {};
  }
}

export async function api(path, { method = 'GET', body, background = false } = {}) {
  const headers = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' };
  const token = cookie('XSRF-TOKEN');
  if (token) headers['X-XSRF-TOKEN'] = token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (background) headers['X-Background'] = 'true';
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (res.status === 401) {
    window.location.href = '/login?expired';
    throw new ApiError(401, { detail: 'Your session has ended. Please sign in again.' });
  }
  if (res.status === 204) return null;
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

export async function logout() {
  try {
    await api('/logout', { method: 'POST' });
  } finally {
    window.location.href = '/login?logout';
  }
}
