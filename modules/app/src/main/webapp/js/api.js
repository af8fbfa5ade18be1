// The only way the client talks to the server: the REST API under /api/v1.
// Cookie sessions need the CSRF token echoed on writes; it lives in the ng_csrf cookie.

const BASE = '/api/v1';

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'Request failed');
    this.problem = problem;
    this.status = problem.status;
  }
  /** The message for one field, if the server named it. */
  field(name) {
    return (this.problem.errors || []).find((e) => e.field === name)?.message;
  }
}

let language = 'en';

/** The UI language, sent as Accept-Language so server-side labels (badges, messages) match it. */
export function setApiLanguage(tag) { language = tag; }

function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)ng_csrf=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : null;
}

async function request(method, path, body, extraHeaders = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': language, ...extraHeaders };
  if (method !== 'GET' && csrfToken()) headers['X-CSRF-Token'] = csrfToken();
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(BASE + path, { method, headers, body: payload, credentials: 'same-origin' });
  if (res.status === 204) return null;
  const type = res.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await res.json() : null;
  if (!res.ok) throw new ApiError(data || { status: res.status, title: res.statusText });
  return data;
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body) => request('POST', path, body),
  put: (path, body) => request('PUT', path, body),
  patch: (path, body) => request('PATCH', path, body),
  del: (path) => request('DELETE', path),

  /** Uploads one file with progress callbacks (fetch cannot report upload progress). */
  upload(file, onProgress) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `${BASE}/media`);
      xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
      if (csrfToken()) xhr.setRequestHeader('X-CSRF-Token', csrfToken());
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
      xhr.onload = () => {
        let data = null;
        try { data = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
        if (xhr.status >= 200 && xhr.status < 300) resolve(data);
        else reject(new ApiError(data || { status: xhr.status, title: xhr.statusText }));
      };
      xhr.onerror = () => reject(new ApiError({ status: 0, title: 'Network error' }));
      xhr.send(file);
    });
  },
};

export const q = (params) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, v);
  const str = s.toString();
  return str ? `?${str}` : '';
};
