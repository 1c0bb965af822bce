// Idle logoff in the browser, mirroring the server's (security.idle-timeout): after the timeout
// without a key press, click or scroll the page signs out and says why. The server logs the
// session off on its own too, so a closed laptop lid is covered.
export function startIdleLogoff(seconds) {
  if (!seconds) return;
  let last = Date.now();
  const touch = () => (last = Date.now());
  ['keydown', 'mousedown', 'scroll', 'touchstart'].forEach((e) =>
    window.addEventListener(e, touch, { passive: true }),
  );
  setInterval(async () => {
    if (Date.now() - last > seconds * 1000) {
      try {
        await fetch('/logout', {
          method: 'POST',
          headers: {
            'X-Requested-With': 'XMLHttpRequest',
            'X-XSRF-TOKEN': (document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/) || [])[1] || '',
          },
        });
      } finally {
        window.location.href = '/login?idle';
      }
    }
  }, 1000);
}
