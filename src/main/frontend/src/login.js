// The sign-in page (GET /login). Every way a sign-in can end lands here with a reason in the query
// (set by the server's SignInOutcomes and by the app itself), shown as a sentence above the form.
// The form posts to /login with the CSRF token from the XSRF-TOKEN cookie in the X-XSRF-TOKEN
// header, as the rest of the front end does, and follows where the server sends it.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { html } from 'htm/preact';
import './style.css';

export function reason(params) {
  const error = params.get('error');
  if (error !== null) {
    switch (error) {
      case 'throttled': {
        const wait = Number(params.get('wait'));
        return {
          kind: 'error',
          text:
            'Too many failed sign-ins for this user name. ' +
            (wait > 0 ? `Wait ${wait} seconds and try again.` : 'Wait a little and try again.'),
        };
      }
      case 'session':
        return {
          kind: 'error',
          text:
            'Your sign-in page had expired or the browser did not send its cookie back. Please sign in again.' +
            ' (Cookies must be allowed for this site.)',
        };
      case 'oidc':
        return { kind: 'error', text: 'The identity provider did not sign you in.' };
      default:
        return { kind: 'error', text: 'The user name or password is wrong, or the account is disabled.' };
    }
  }
  if (params.has('logout')) return { kind: 'notice', text: 'You have signed out.' };
  if (params.has('idle')) return { kind: 'notice', text: 'You were signed out after a period without activity.' };
  if (params.has('expired')) return { kind: 'notice', text: 'Your session has ended. Please sign in again.' };
  if (params.has('ended')) return { kind: 'notice', text: 'An administrator changed your account. Please sign in again.' };
  return null;
}

function cookie(name) {
  const m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
  return m ? decodeURIComponent(m[1]) : null;
}

function Login() {
  const message = reason(new URLSearchParams(window.location.search));
  const [busy, setBusy] = useState(false);
  const [options, setOptions] = useState({ oidc: [], noUsers: false });
  useEffect(() => {
    fetch('/login/options', { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : { oidc: [], noUsers: false }))
      .then(setOptions)
      .catch(() => {});
  }, []);
  const providers = options.oidc || [];
  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    const form = new FormData(e.target);
    const body = new URLSearchParams({ username: form.get('username'), password: form.get('password') });
    try {
      const res = await fetch('/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': cookie('XSRF-TOKEN') || '' },
        body,
        credentials: 'same-origin',
        redirect: 'follow',
      });
      window.location.href = res.redirected ? res.url : '/login?error=session';
    } catch {
      window.location.href = '/login?error=session';
    }
  };
  return html`
    <main class="login">
      <h1>Infusion Billing Workflows</h1>
      ${message && html`<p id="login-message" class=${message.kind} role="alert">${message.text}</p>`}
      <form id="login-form" onSubmit=${submit}>
        <label>User name <input name="username" id="username" autocomplete="username" required autofocus /></label>
        <label>Password <input name="password" id="password" type="password" autocomplete="current-password" required /></label>
        <button class="primary" type="submit" id="sign-in" disabled=${busy}>Sign in</button>
      </form>
      ${providers.length > 0 &&
      html`<p class="oidc">Or sign in with
        ${providers.map((p) => html` <a href=${'/oauth2/authorization/' + encodeURIComponent(p.id)}>${p.name}</a>`)}</p>`}
      ${options.noUsers &&
      html`<p class="notice" id="first-run">No user exists yet. Start the application once with
        SECURITY_BOOTSTRAP_ADMIN_USERNAME and SECURITY_BOOTSTRAP_ADMIN_PASSWORD set to create the first
        administrator (README, "First sign-in").</p>`}
    </main>`;
}

const root = document.getElementById('login');
if (root) render(html`<${Login} />`, root);
