// The three worklists: a page of rows each, paging, CSV export with the token, and resolving open escalations.

import { formatInstant } from './format.js';

const PAGE_SIZE = 20;

const LISTS = [
  {
    id: 'overdue', title: 'Overdue check-ins', rowKey: 'checkInId',
    empty: 'No overdue check-ins: every closed window was answered.',
    columns: [['checkInId', 'Check-in'], ['patientId', 'Patient'], ['patientState', 'State'],
      ['inductionDate', 'Induction'], ['dueDate', 'Due'], ['windowClosedAt', 'Window closed', formatInstant],
      ['panelClinicianId', 'Panel clinician']],
  },
  {
    id: 'open-escalations', title: 'Open escalations', rowKey: 'escalationId', resolvable: true,
    empty: 'No open escalations.',
    columns: [['escalationId', 'Escalation'], ['patientId', 'Patient'], ['band', 'SOWS band'],
      ['reasonCodes', 'Reasons', codes => codes.join(', ')], ['raisedAt', 'Raised', formatInstant],
      ['patientState', 'State'], ['clinicianId', 'Clinician']],
  },
  {
    id: 'not-dispensed', title: 'Not dispensed in the first week', rowKey: 'prescriptionId',
    empty: 'No induction prescription reported as not dispensed in its first week.',
    columns: [['prescriptionId', 'Prescription'], ['patientId', 'Patient'], ['pharmacyId', 'Pharmacy'],
      ['reasonCode', 'Reason'], ['reportedAt', 'Reported', formatInstant], ['inductionDate', 'Induction'],
      ['patientState', 'State']],
  },
];

export class Worklists {
  /** @param onResolved called after an escalation was resolved, so the figures can be reloaded */
  constructor(api, dialog, onResolved) {
    this.api = api;
    this.dialog = dialog;
    this.onResolved = onResolved;
    this.views = LISTS.map(list => new WorklistView(list, api, this));
  }

  loadAll() {
    return Promise.all(this.views.map(view => view.load(0)));
  }

  async resolve(escalationId) {
    const note = await this.dialog.ask(escalationId);
    if (note === null) {
      return;
    }
    await this.api.post(`/api/escalations/${encodeURIComponent(escalationId)}/resolution`, { note });
    await this.views.find(v => v.list.id === 'open-escalations').load(0);
    this.onResolved();
  }
}

class WorklistView {
  constructor(list, api, worklists) {
    this.list = list;
    this.api = api;
    this.worklists = worklists;
    this.root = document.getElementById(`worklist-${list.id}`);
    this.page = 0;
    this.#build();
  }

  async load(page) {
    this.root.setAttribute('aria-busy', 'true');
    this.message.hidden = true;
    try {
      const result = await this.api.get(`/api/ops/worklists/${this.list.id}?page=${page}&size=${PAGE_SIZE}`);
      this.page = page;
      this.#render(result);
    } catch (e) {
      this.#showMessage(`Could not load this list: ${e.message}`, true);
    } finally {
      this.root.setAttribute('aria-busy', 'false');
    }
  }

  #build() {
    const header = document.createElement('header');
    const title = document.createElement('h2');
    title.textContent = this.list.title;
    this.count = document.createElement('span');
    this.count.className = 'count';
    this.count.dataset.testid = `worklist-${this.list.id}-total`;
    title.append(' ', this.count);
    const csv = button('Download CSV', 'secondary', () => this.#download());
    csv.dataset.testid = `worklist-${this.list.id}-csv`;
    header.append(title, csv);

    this.table = document.createElement('table');
    this.table.className = 'data';
    const head = this.table.createTHead().insertRow();
    this.list.columns.forEach(([, label]) => head.append(th(label)));
    if (this.list.resolvable) {
      head.append(th(''));
    }
    this.body = this.table.createTBody();

    this.message = document.createElement('p');
    this.message.hidden = true;
    this.pager = document.createElement('nav');
    this.pager.className = 'pager';
    this.previous = button('‹ Previous', 'secondary', () => this.load(this.page - 1));
    this.next = button('Next ›', 'secondary', () => this.load(this.page + 1));
    this.position = document.createElement('span');
    this.pager.append(this.previous, this.position, this.next);

    const scroll = document.createElement('div');
    scroll.className = 'scroll';
    scroll.append(this.table);
    this.root.append(header, this.message, scroll, this.pager);
  }

  #render(result) {
    this.count.textContent = `(${result.totalItems})`;
    this.body.replaceChildren(...result.items.map(item => this.#row(item)));
    this.table.hidden = result.items.length === 0;
    if (result.items.length === 0) {
      this.#showMessage(result.totalItems === 0 ? this.list.empty : 'No rows on this page.', false);
    }
    this.pager.hidden = result.totalPages <= 1;
    this.previous.disabled = result.page === 0;
    this.next.disabled = result.page + 1 >= result.totalPages;
    this.position.textContent = `Page ${result.page + 1} of ${Math.max(result.totalPages, 1)}`;
  }

  #row(item) {
    const row = document.createElement('tr');
    this.list.columns.forEach(([key, , format]) => {
      const cell = row.insertCell();
      const value = item[key];
      cell.textContent = value === null || value === undefined ? '—' : (format ? format(value) : String(value));
      if (typeof value === 'string' && /^[0-9a-f-]{36}$/.test(value)) {
        cell.className = 'id';
      }
    });
    if (this.list.resolvable) {
      row.insertCell().append(button('Resolve…', 'secondary', () =>
        this.worklists.resolve(item[this.list.rowKey]).catch(e => this.#showMessage(e.message, true))));
    }
    return row;
  }

  async #download() {
    try {
      const { rows } = await this.api.download(`/api/ops/worklists/${this.list.id}.csv`);
      this.message.hidden = true;
      return rows;
    } catch (e) {
      this.#showMessage(`Could not download the CSV: ${e.message}`, true);
      return null;
    }
  }

  #showMessage(text, isError) {
    this.message.textContent = text;
    this.message.className = isError ? 'error-text' : 'empty';
    this.message.hidden = false;
  }
}

function button(label, className, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

function th(label) {
  const cell = document.createElement('th');
  cell.scope = 'col';
  cell.textContent = label;
  return cell;
}
