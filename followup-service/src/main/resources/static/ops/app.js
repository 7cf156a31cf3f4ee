// The ops dashboard: signs in, then shows the day-7 figures with their denominators, the weekly trend and the
// worklists. document.body.dataset.state tells where it is: loading, ready, signed-out, not-authorised or error.

import { Api, ApiError } from './api.js';
import { Session } from './auth.js';
import { drawTrend } from './chart.js';
import { lastTwelveWeeks, percentOf } from './format.js';
import { ResolveDialog } from './resolve-dialog.js';
import { Worklists } from './worklists.js';

const byId = id => document.getElementById(id);
const field = name => document.querySelector(`[data-testid="${name}"]`);

main().catch(showError);

async function main() {
  setState('loading');
  const config = await loadConfig();
  const session = await Session.start(config);
  if (!session.signedIn) {
    if (new URLSearchParams(location.search).has('signedOut')) {
      showOnly('signed-out');
      byId('sign-in').addEventListener('click', () => session.signIn());
      setState('signed-out');
      return;
    }
    await session.signIn();
    return;
  }
  byId('user').textContent = session.username;
  byId('account').hidden = false;
  byId('sign-out').addEventListener('click', () => session.signOut());
  await new Dashboard(new Api(session), config).start();
}

class Dashboard {
  constructor(api, config) {
    this.api = api;
    this.config = config;
    this.worklists = new Worklists(api, new ResolveDialog(), () => this.loadFigures());
  }

  async start() {
    this.#initFilters();
    if (await this.loadFigures()) {
      await this.worklists.loadAll();
    }
  }

  /** True when the figures were shown; false when the user may not see them or the request failed. */
  async loadFigures() {
    const { from, to, rule } = this.#filters();
    const query = new URLSearchParams({ groupBy: 'inductionWeek', from, to, rule });
    setState('loading');
    field('figures').setAttribute('aria-busy', 'true');
    try {
      const report = await this.api.get(`/api/ops/outcomes?${query}`);
      renderFigures(report);
      renderTrend(report.groups);
      showOnly('dashboard');
      setState('ready');
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.forbidden) {
        showOnly('not-authorised');
        setState('not-authorised');
        return false;
      }
      showError(e);
      byId('dashboard').hidden = false;
      return false;
    } finally {
      field('figures').setAttribute('aria-busy', 'false');
    }
  }

  #initFilters() {
    const params = new URLSearchParams(location.search);
    const defaults = lastTwelveWeeks();
    const select = byId('rule');
    this.config.rules.forEach(rule => {
      const option = new Option(`${rule.id} — ${rule.definition}`, rule.id);
      select.append(option);
    });
    byId('from').value = params.get('from') ?? defaults.from;
    byId('to').value = params.get('to') ?? defaults.to;
    select.value = params.get('rule') ?? this.config.defaultRule;
    byId('filters').addEventListener('submit', event => {
      event.preventDefault();
      this.#applyFilters();
    });
    byId('last-12-weeks').addEventListener('click', () => {
      const range = lastTwelveWeeks();
      byId('from').value = range.from;
      byId('to').value = range.to;
      this.#applyFilters();
    });
  }

  #applyFilters() {
    const { from, to, rule } = this.#filters();
    if (!from || !to || from > to) {
      showError(new Error('Choose a start date on or before the end date.'));
      return;
    }
    history.replaceState(null, '', `${location.pathname}?${new URLSearchParams({ from, to, rule })}`);
    this.loadFigures();
  }

  #filters() {
    return { from: byId('from').value, to: byId('to').value, rule: byId('rule').value };
  }
}

function renderFigures(report) {
  const f = report.overall;
  set('headline-percent', percentOf(f.noWithdrawalOfInducted));
  set('headline-numerator', f.noWithdrawalOfInducted.numerator);
  set('headline-denominator', f.inducted);
  set('excluded-cancelled', f.excludedCancelled);
  set('completion-rate', percentOf(f.completionRate));
  set('completed', f.completed);
  set('completion-denominator', f.completionRate.denominator);
  set('pending', f.pending);
  set('overdue', f.overdue);
  set('no-withdrawal-of-completed', percentOf(f.noWithdrawalOfCompleted));
  set('no-withdrawal', f.noWithdrawal);
  set('completed-denominator', f.noWithdrawalOfCompleted.denominator);
  set('bands', f.completed === 0 ? 'No completed check-ins yet.'
    : `SOWS bands: ${Object.entries(f.bands).map(([band, n]) => `${band.toLowerCase()} ${n}`).join(' · ')}`);
  set('open-escalations', f.openEscalations);
  set('period-from', report.period.from);
  set('period-to', report.period.to);
  set('period-basis', report.period.basis);
  set('rule-id', report.rule.id);
  set('rule-definition', report.rule.definition);
  set('window', f.window);
  set('as-of', new Date(report.asOf).toLocaleString());
  set('headline-text', f.headline);
  field('figures').classList.toggle('empty-cohort', f.inducted === 0);
}

function renderTrend(groups) {
  drawTrend(byId('trend'), groups);
  byId('trend-rows').replaceChildren(...groups.map(g => {
    const row = document.createElement('tr');
    [g.label, g.figures.inducted, g.figures.completed, g.figures.completionRate.display,
      g.figures.noWithdrawalOfInducted.display, g.figures.noWithdrawalOfCompleted.display]
      .forEach(value => { row.insertCell().textContent = value; });
    return row;
  }));
}

async function loadConfig() {
  const response = await fetch('config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`The dashboard settings could not be loaded (HTTP ${response.status}).`);
  }
  return response.json();
}

function showOnly(section) {
  ['dashboard', 'signed-out', 'not-authorised'].forEach(id => { byId(id).hidden = id !== section; });
  byId('status').hidden = true;
  byId('error').hidden = true;
}

function showError(error) {
  byId('status').hidden = true;
  const banner = byId('error');
  const details = error instanceof ApiError ? error.fieldErrors : [];
  const reachable = !(error instanceof TypeError);
  banner.textContent = reachable
    ? [error.message, ...details].join(' — ')
    : `Could not reach the server or the sign-in service (${error.message}). Check your connection and reload; if `
      + `signing in keeps failing here, ask an administrator to add ${location.origin} to the web origins of the `
      + 'sign-in client.';
  banner.hidden = false;
  setState('error');
}

function set(name, value) {
  field(name).textContent = String(value);
}

function setState(state) {
  document.body.dataset.state = state;
}
