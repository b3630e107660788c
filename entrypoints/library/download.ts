/**
 * Downloads from the library page. `downloads` is an OPTIONAL permission: asking for it at
 * install would add a "manage your downloads" warning for a reader most people use without
 * exporting. It is requested on the first export, from the click (both browsers only prompt
 * inside a user action, so `requestDownloads()` must run before the first `await`). If it is
 * refused, the file is offered through an `<a download>` link instead, which needs no permission.
 */
import { browser } from 'wxt/browser';
import type { FileDelivery } from '@/components/LibraryApp';

/** Starts the permission request; call synchronously inside the click handler. */
export function requestDownloads(): Promise<boolean> {
  try {
    return browser.permissions.request({ permissions: ['downloads'] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Saves `blob` as `filename` (already sanitized); returns how it was offered, for the page to say. */
export async function downloadBlob(blob: Blob, filename: string, permission: Promise<boolean>): Promise<FileDelivery> {
  const url = URL.createObjectURL(blob);
  // Revoking at once can cancel the download in Firefox; a minute is plenty to hand the bytes over.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  if ((await permission) && browser.downloads) {
    try {
      await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
      return { via: 'downloads', filename };
    } catch (err) {
      console.warn('Saaf: downloads.download refused the file, offering a link instead', err);
    }
  }
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  return { via: 'link', filename };
}
