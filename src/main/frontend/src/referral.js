import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from 'htm/preact';
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import schemaText from './forms/start-referral.form?raw';
import { api } from './api.js';
import { formRules } from './formRules.js';

const schema = JSON.parse(schemaText);

// The form's keys are the request's JSON paths (patient.mrn, therapy.diagnoses, ...): form-js
// submits them nested, as POST /api/referrals takes them, and a 400's field names the form field.
const LABELS = Object.fromEntries(schema.components.filter((c) => c.key).map((c) => [c.key, c.label]));

/** The form data as the POST /api/referrals body; empty optional fields are left out. */
export function toReferral(data) {
  const clean = (node, path) => {
    if (node === null || node === undefined || node === '') return undefined;
    if (path === 'therapy.diagnoses') {
      const codes = String(node).split(',').map((d) => d.trim()).filter(Boolean);
      return codes.length ? codes : undefined;
    }
    if (typeof node !== 'object' || Array.isArray(node)) return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      const value = clean(v, path ? path + '.' + k : k);
      if (value !== undefined) out[k] = value;
    }
    return Object.keys(out).length ? out : undefined;
  };
  return clean(data, '') || {};
}

/** "therapy.diagnoses[0]" → "Diagnoses (ICD-10-CM)"; the field path itself when unknown. */
function labelOf(field) {
  if (!field) return null;
  const plain = field.replace(/\[\d+\]$/, '');
  return LABELS[plain] || field;
}

// Start a referral: the start-referral form in the form-js viewer; its submit posts the referral.
export function StartReferral() {
  const container = useRef(null);
  const form = useRef(null);
  const [error, setError] = useState(null);
  const [created, setCreated] = useState(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // the form's date rules (docs/forms.md): date of birth in the past, coverage end after its start
    form.current = new Form({ container: container.current, additionalModules: [formRules()] });
    form.current.importSchema(schema, {}).catch((e) => setError({ message: 'The form could not be shown: ' + e.message }));
    return () => form.current && form.current.destroy();
  }, []);

  async function submit() {
    setError(null);
    setCreated(null);
    const { data, errors } = form.current.submit();
    if (Object.keys(errors).length > 0) {
      setError({ message: 'Please correct the highlighted fields.' });
      return;
    }
    setBusy(true);
    try {
      setCreated(await api('/api/referrals', { method: 'POST', body: toReferral(data) }));
    } catch (e) {
      const field = e.problem && e.problem.field;
      if (e.status === 400 && field) {
        // the detail already starts with the field path for bean-validation errors
        const detail = String(e.problem.detail || '').replace(field + ': ', '');
        setError({ field, label: labelOf(field), message: detail });
      } else if (e.status === 400) {
        setError({ message: e.problem.detail || 'The referral was rejected.' });
      } else {
        setError({ message: 'The referral could not be started (' + e.status + '). Please try again.' });
      }
    } finally {
      setBusy(false);
    }
  }

  return html`
    <section class="task-view">
      <h1>Start a referral</h1>
      <div class="task-layout">
        <div class="form-column">
          <div ref=${container} id="referral-form" class="task-form"></div>
          <div class="buttons">
            <button id="submit-referral" class="primary" disabled=${busy} onClick=${submit}>Start referral</button>
          </div>
        </div>
        <aside class="context" id="referral-result">
          ${error && html`<div class="error" id="referral-error" role="alert" data-field=${error.field || ''}>
            ${error.label && html`<strong>${error.label}</strong>: `}${error.message}</div>`}
          ${created && html`<div class="notice" id="referral-created" role="status">
            ${created.created ? 'Referral started' : 'This referral was already received'}:
            episode <strong id="created-episode-id">${created.episodeId}</strong>
            (referral <span id="created-referral-id">${created.referralId}</span>).
            ${created.processInstanceKey && html` <a id="created-episode-link" href=${'#/episode/' + created.processInstanceKey}>Open the episode</a>`}
          </div>`}
          ${!error && !created && html`<p class="muted">Every field is checked here and again by the server.</p>`}
        </aside>
      </div>
    </section>`;
}
