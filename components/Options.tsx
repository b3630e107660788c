import { browser } from 'wxt/browser';

/** The settings page. For now: how to open the reader, and where to change the shortcut. */
export function Options() {
  const isFirefox = browser.runtime.getURL('/').startsWith('moz-extension:');
  return (
    <main style={{ maxWidth: '40rem', margin: '2rem auto', font: '16px/1.6 system-ui, sans-serif' }}>
      <h1>Saaf Reader</h1>
      <p>
        Open the reader on a news page with the toolbar button, the shortcut <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>R</kbd>, or
        the page's context menu (“Read in Saaf”). Press <kbd>Esc</kbd> to return to the page.
      </p>
      <p lang="ur" dir="rtl" style={{ fontFamily: "'Noto Nastaliq Urdu', 'Noto Naskh Arabic', serif", lineHeight: 2.2 }}>
        خبر کے صفحے پر ٹول بار کے بٹن، شارٹ کٹ یا صفحے کے مینو سے صاف ریڈر کھولیں۔
      </p>
      <p>
        Change the shortcut in {isFirefox ? 'about:addons → ⚙ → Manage Extension Shortcuts' : 'chrome://extensions/shortcuts'}.
      </p>
    </main>
  );
}
