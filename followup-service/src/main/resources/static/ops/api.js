// Calls to this service's API with the signed-in user's bearer token; errors carry the problem+json answer.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  get forbidden() {
    return this.status === 403;
  }

  /** The invalid fields a 400 names, e.g. "from: must not be after 'to'". */
  get fieldErrors() {
    const fields = this.problem?.errors;
    return Array.isArray(fields) ? fields.map(f => `${f.field}: ${f.message}`) : [];
  }
}

export class Api {
  constructor(session) {
    this.session = session;
  }

  async get(path) {
    const response = await this.#send(path, { headers: { Accept: 'application/json' } });
    return response.json();
  }

  async post(path, body) {
    const response = await this.#send(path, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return response.status === 204 ? null : response.json();
  }

  /** Fetches a CSV export with the token (a plain link could not carry it) and hands it to the browser as a file. */
  async download(path) {
    const response = await this.#send(path, { headers: { Accept: 'text/csv' } });
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameOf(response) ?? path.split('/').pop();
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { rows: Number(response.headers.get('X-Total-Count') ?? NaN) };
  }

  /** A 401 means the token expired or was revoked: refresh once (or sign in again) and retry. */
  async #send(path, init, retried = false) {
    const token = await this.session.accessToken();
    const headers = { ...init.headers, Authorization: `Bearer ${token}` };
    const response = await fetch(path, { ...init, headers });
    if (response.status === 401 && !retried) {
      await this.session.refresh();
      return this.#send(path, init, true);
    }
    if (!response.ok) {
      throw new ApiError(response.status, await problemOf(response));
    }
    return response;
  }
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function fileNameOf(response) {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match ? decodeURIComponent(match[1]) : null;
}
