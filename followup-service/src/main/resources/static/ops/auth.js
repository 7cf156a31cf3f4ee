// Sign-in with the issuer's authorization code flow and PKCE, for a public client (no secret in the page).
// Tokens live in sessionStorage: this tab only, gone when it closes, and never in a URL after the code exchange.

const TOKENS = 'openmat.ops.tokens';
const PENDING = 'openmat.ops.pending';
const REFRESH_EARLY_MS = 30_000;

export class AuthError extends Error {}

export class Session {
  constructor(config, discovery) {
    this.clientId = config.clientId;
    this.discovery = discovery;
    this.redirectUri = location.origin + location.pathname;
    this.tokens = readJson(TOKENS);
  }

  /** Finishes a sign-in when the issuer sent us back with a code; otherwise resumes this tab's session, if any. */
  static async start(config) {
    const discovery = await getJson(`${config.issuer}/.well-known/openid-configuration`);
    const session = new Session(config, discovery);
    const params = new URLSearchParams(location.search);
    if (params.has('error')) {
      const returnTo = readJson(PENDING)?.returnTo ?? location.pathname;
      sessionStorage.removeItem(PENDING);
      history.replaceState(null, '', returnTo);
      throw new AuthError(`Sign-in failed: ${params.get('error_description') || params.get('error')}`);
    }
    if (params.has('code')) {
      await session.#completeSignIn(params);
    }
    return session;
  }

  get signedIn() {
    return this.tokens !== null && (this.tokens.expiresAt > Date.now() || this.#canRefresh());
  }

  get username() {
    const claims = decodeJwt(this.tokens?.idToken ?? this.tokens?.accessToken);
    return claims?.preferred_username ?? claims?.sub ?? '';
  }

  /** A token valid for at least half a minute more; refreshes, or signs in again, when it is not. */
  async accessToken() {
    if (this.tokens && this.tokens.expiresAt - REFRESH_EARLY_MS > Date.now()) {
      return this.tokens.accessToken;
    }
    await this.refresh();
    return this.tokens.accessToken;
  }

  /** Swaps the refresh token for new tokens; when the issuer's session has ended, starts a new sign-in. */
  async refresh() {
    if (this.#canRefresh()) {
      const response = await tokenRequest(this.discovery.token_endpoint, {
        grant_type: 'refresh_token', refresh_token: this.tokens.refreshToken, client_id: this.clientId,
      });
      if (response.ok) {
        this.#store(await response.json());
        return;
      }
    }
    this.clear();
    await this.signIn();
  }

  async signIn() {
    const verifier = randomString(32);
    const pending = {
      state: randomString(16), nonce: randomString(16), verifier,
      returnTo: location.pathname + withoutAuthParams(location.search),
    };
    sessionStorage.setItem(PENDING, JSON.stringify(pending));
    const query = new URLSearchParams({
      response_type: 'code', client_id: this.clientId, redirect_uri: this.redirectUri, scope: 'openid',
      state: pending.state, nonce: pending.nonce,
      code_challenge: await challengeOf(verifier), code_challenge_method: 'S256',
    });
    location.assign(`${this.discovery.authorization_endpoint}?${query}`);
    return new Promise(() => {}); // the page is leaving
  }

  signOut() {
    const idToken = this.tokens?.idToken;
    this.clear();
    const endpoint = this.discovery.end_session_endpoint;
    const back = `${this.redirectUri}?signedOut=1`;
    if (!endpoint) {
      location.assign(back);
      return;
    }
    const query = new URLSearchParams({ client_id: this.clientId, post_logout_redirect_uri: back });
    if (idToken) {
      query.set('id_token_hint', idToken);
    }
    location.assign(`${endpoint}?${query}`);
  }

  clear() {
    this.tokens = null;
    sessionStorage.removeItem(TOKENS);
  }

  async #completeSignIn(params) {
    const pending = readJson(PENDING);
    sessionStorage.removeItem(PENDING);
    history.replaceState(null, '', pending?.returnTo ?? location.pathname);
    if (!pending || pending.state !== params.get('state')) {
      throw new AuthError('Sign-in could not be completed (it was started in another tab or expired). '
        + 'Please sign in again.');
    }
    const response = await tokenRequest(this.discovery.token_endpoint, {
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: this.redirectUri,
      client_id: this.clientId, code_verifier: pending.verifier,
    });
    if (!response.ok) {
      throw new AuthError(`Sign-in failed: the issuer refused the code (HTTP ${response.status}).`);
    }
    const tokens = await response.json();
    if (decodeJwt(tokens.id_token)?.nonce !== pending.nonce) {
      throw new AuthError('Sign-in failed: the identity token does not belong to this sign-in.');
    }
    this.#store(tokens);
  }

  #canRefresh() {
    return Boolean(this.tokens?.refreshToken) && this.tokens.refreshExpiresAt > Date.now();
  }

  #store(response) {
    const now = Date.now();
    this.tokens = {
      accessToken: response.access_token,
      idToken: response.id_token ?? this.tokens?.idToken,
      refreshToken: response.refresh_token,
      expiresAt: now + response.expires_in * 1000,
      // Keycloak sends 0 for offline tokens; otherwise the refresh token ends with the issuer's session.
      refreshExpiresAt: response.refresh_expires_in
        ? now + response.refresh_expires_in * 1000 : Number.MAX_SAFE_INTEGER,
    };
    sessionStorage.setItem(TOKENS, JSON.stringify(this.tokens));
  }
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new AuthError(`Could not read ${url} (HTTP ${response.status}).`);
  }
  return response.json();
}

function tokenRequest(endpoint, form) {
  return fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}

function withoutAuthParams(search) {
  const params = new URLSearchParams(search);
  ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'signedOut'].forEach(p => params.delete(p));
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

function randomString(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function challengeOf(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeJwt(jwt) {
  if (!jwt) {
    return null;
  }
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), c => c.charCodeAt(0))));
  } catch {
    return null;
  }
}

function readJson(key) {
  try {
    return JSON.parse(sessionStorage.getItem(key));
  } catch {
    return null;
  }
}
