// Asks for the resolution note of an escalation in a modal dialog; resolves to the note, or null when cancelled.

export class ResolveDialog {
  constructor() {
    this.dialog = document.getElementById('resolve-dialog');
    this.note = document.getElementById('resolve-note');
    this.error = document.getElementById('resolve-error');
    document.getElementById('resolve-cancel').addEventListener('click', () => this.#finish(null));
    document.getElementById('resolve-confirm').addEventListener('click', () => {
      const note = this.note.value.trim();
      if (!note) {
        this.error.textContent = 'Write a short note on how it was resolved.';
        this.error.hidden = false;
        return;
      }
      this.#finish(note);
    });
    this.dialog.addEventListener('cancel', () => this.#finish(null));
  }

  ask(escalationId) {
    document.getElementById('resolve-id').textContent = escalationId;
    this.note.value = '';
    this.error.hidden = true;
    this.dialog.showModal();
    return new Promise(resolve => {
      this.pending = resolve;
    });
  }

  #finish(note) {
    if (this.dialog.open) {
      this.dialog.close();
    }
    this.pending?.(note);
    this.pending = null;
  }
}
