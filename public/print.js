// The print view's button: shown only where script runs, it opens the browser's print dialogue.
/* global document, window */
const button = document.getElementById('print-button');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
