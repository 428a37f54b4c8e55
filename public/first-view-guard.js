// Runs before the first paint (a blocking classic script: the CSP allows no inline script).
// index.html holds the prerendered default view; any query string asks for another view, which
// that page must not stand in for, so it is hidden until the app renders the right one.
if (location.search.length > 1) document.documentElement.dataset.firstView = 'stale';
