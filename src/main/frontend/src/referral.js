import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from 'htm/preact';
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import schemaText from './forms/start-referral.form?raw';
import { api } from './api.js';

const schema = JSON.parse(schemaText);

// The form's flat keys → the request's JSON paths (and back, to name a field the server rejected).
const PATHS = {
  referralId: 'referralId',
  patientMrn: 'patient.mrn',
  patientFirstName: 'patient.firstName',
  patientLastName: 'patient.lastName',
  patientDateOfBirth: 'patient.dateOfBirth',
  patientSex: 'patient.sex',
  addressLine1: 'patient.address.line1',
  addressLine2: 'patient.address.line2',
  addressCity: 'patient.address.city',
  addressState: 'patient.address.state',
  addressPostalCode: 'patient.address.postalCode',
  prescriberNpi: 'prescriber.npi',
  prescriberFirstName: 'prescriber.firstName',
  prescriberLastName: 'prescriber.lastName',
  payerId: 'coverage.payerId',
  memberId: 'coverage.memberId',
  groupNumber: 'coverage.groupNumber',
  planName: 'coverage.planName',
  coverageEffectiveFrom: 'coverage.effectiveFrom',
  coverageEffectiveTo: 'coverage.effectiveTo',
  benefitType: 'coverage.benefitType',
  hcpcs: 'therapy.hcpcs',
  doseBasis: 'therapy.doseBasis',
  doseAmount: 'therapy.doseAmount',
  doseUnit: 'therapy.doseUnit',
  weightKg: 'therapy.weightKg',
  bsaM2: 'therapy.bsaM2',
  frequency: 'therapy.frequency',
  intervalDays: 'therapy.intervalDays',
  numberOfDoses: 'therapy.numberOfDoses',
  diagnoses: 'therapy.diagnoses',
  siteOfCare: 'therapy.siteOfCare',
  startDate: 'therapy.startDate',
};

const LABELS = Object.fromEntries(
  schema.components.filter((c) => c.key).map((c) => [PATHS[c.key], c.label]),
);

/** The form data as the POST /api/referrals body; empty optional fields are left out. */
export function toReferral(data) {
  const body = {};
  for (const [key, path] of Object.entries(PATHS)) {
    let value = data[key];
    if (value === undefined || value === null || value === '') continue;
    if (key === 'diagnoses') value = String(value).split(',').map((d) => d.trim()).filter(Boolean);
    const parts = path.split('.');
    let node = body;
    for (const p of parts.slice(0, -1)) node = node[p] = node[p] || {};
    node[parts[parts.length - 1]] = value;
  }
  return body;
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
    form.current = new Form({ container: container.current });
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
