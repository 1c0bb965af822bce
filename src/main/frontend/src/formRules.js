// The date rules of docs/forms.md in the form-js viewer: a field's custom properties notBefore /
// notAfter hold `today`, `today-N`, `today+N` (days) or the key of another date. The server
// (worklist/FormValidator) checks the same rules with the same sentences. This module extends the
// viewer's own validator, so a broken rule shows under its field like form-js's built-in checks.
// `today` is the server's date in the sites' zone (sent with the task), not the browser's.

const TODAY = /^today(?:([+-])(\d{1,5}))?$/;

function asDate(value) {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function addDays(iso, days) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function labelOf(field) {
  return field.label || field.dateLabel || field.timeLabel || field.key;
}

/** The bound a rule names and the sentence endings for a date before / after it. */
function resolve(rule, today, data, fields) {
  const m = TODAY.exec(rule);
  if (m) {
    const days = m[2] ? Number(m[2]) : 0;
    const past = m[1] === '-';
    const date = addDays(today, past ? -days : days);
    if (!days) return { date, before: 'cannot be in the past.', after: 'cannot be in the future.' };
    return {
      date,
      before: past
        ? `must be within the last ${days} days (on or after ${date}).`
        : days === 1 ? 'must be in the future.' : `cannot be earlier than ${date}.`,
      after: past
        ? days === 1 ? 'must be in the past.' : `cannot be later than ${date}.`
        : `cannot be more than ${days} days ahead (after ${date}).`,
    };
  }
  const other = asDate(rule.split('.').reduce((node, k) => (node == null ? undefined : node[k]), data));
  if (!other) return null; // the other date is not given yet
  const otherField = fields.find((f) => f.key === rule);
  const label = otherField ? labelOf(otherField) : rule;
  return { date: other, before: `cannot be before ${label}.`, after: `cannot be after ${label}.` };
}

/** The errors of the date rules of `field` for `value`, given the form's data. */
export function dateRuleErrors(field, value, data, today, fields) {
  const props = field.properties || {};
  if (!props.notBefore && !props.notAfter) return [];
  const date = asDate(value);
  if (!date) return [];
  const errors = [];
  const before = props.notBefore && resolve(props.notBefore.trim(), today, data, fields);
  if (before && date < before.date) errors.push(`${labelOf(field)} ${before.before}`);
  const after = props.notAfter && resolve(props.notAfter.trim(), today, data, fields);
  if (after && date > after.date) errors.push(`${labelOf(field)} ${after.after}`);
  return errors;
}

function FormRules(validator, formFieldRegistry, form, today) {
  const base = validator.validateFieldInstance.bind(validator);
  validator.validateFieldInstance = (instance, value) => {
    const errors = base(instance, value);
    const field = formFieldRegistry.get(instance.id);
    if (!field) return errors;
    return [...errors, ...dateRuleErrors(field, value, form._getState().data, today, formFieldRegistry.getAll())];
  };
}
FormRules.$inject = ['validator', 'formFieldRegistry', 'form', 'ibwToday'];

/** A form-js module (for `additionalModules`) that adds the date rules, with the server's today. */
export function formRules(today) {
  return {
    __init__: ['ibwFormRules'],
    ibwFormRules: ['type', FormRules],
    ibwToday: ['value', today || new Date().toISOString().slice(0, 10)],
  };
}

/**
 * Shows a server 400 at its field in the viewer (as form-js shows its own errors) and returns the
 * sentence without the "key: " prefix the API puts in front.
 */
export function showServerError(form, problem) {
  const field = problem && problem.field;
  let message = String((problem && (problem.detail || problem.title)) || 'The form was rejected.');
  if (field && message.startsWith(field + ': ')) message = message.slice(field.length + 2);
  if (form && field) {
    try {
      const target = form.get('formFieldRegistry').getAll().find((f) => f.key === field);
      if (target) form._setState({ errors: { ...form._getState().errors, [target.id]: [message] } });
    } catch (e) {
      // the message is shown beside the form anyway
    }
  }
  return message;
}
