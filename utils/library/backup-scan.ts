/**
 * A streaming reader of backup files: text goes in chunk by chunk (a file of any size, never one
 * giant string) and every element of the top-level `articles` array comes out as its own JSON
 * text, to be parsed and validated one at a time. The top-level object's other members (format,
 * version, exportedAt) are kept, in whatever order they come. Anything that is not JSON is
 * reported as such; a file that is JSON but not an object of that shape is left to the caller.
 *
 * Inside strings the scanner jumps from quote to quote (base64 photos are most of a backup), so
 * it costs little more than reading the file.
 */

/** Thrown when the text is not JSON (or is cut short). */
export class NotJsonError extends Error {
  constructor(why: string) {
    super(`not JSON: ${why}`);
  }
}

/** Non-article values larger than this are not Saaf's (its header is a few short fields). */
const MAX_OTHER_CHARS = 1 << 20;

const OUTSIDE = /["{}[\],:]/g;
const INSIDE = /["\\]/g;
const SPACE = /[^ \t\n\r]/g;

type State = 'start' | 'first-key' | 'key' | 'value' | 'first-elem' | 'elem' | 'after-value' | 'done' | 'other';

/** One JSON value being collected, possibly across chunks. */
class Capture {
  parts: string[] = [];
  chars = 0;
  depth = 0;
  inString = false;
  escape = false;
  constructor(readonly ends: string) {}
  text(): string {
    return this.parts.join('').trim();
  }
}

export class BackupScanner {
  /** The top-level object's members other than `articles`, parsed. */
  readonly header: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  /** Whether the top-level value is an object with an `articles` array. */
  sawArticles = false;
  /** Whether the top-level value is something other than an object (valid JSON or not). */
  notObject = false;
  private state: State = 'start';
  private cap: Capture | null = null;
  private key = '';
  private other: string[] = [];
  private otherChars = 0;

  /** Feeds the next piece of text; returns the articles it completed, as JSON texts, in order. */
  push(s: string): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < s.length) {
      if (this.state === 'other') {
        this.otherChars += s.length - i;
        if (this.otherChars <= MAX_OTHER_CHARS) this.other.push(s.slice(i));
        return out;
      }
      if (this.cap) {
        const end = this.scan(s, i, this.cap);
        if (end < 0) return out;
        i = this.finish(s[end]!, out) ? end + 1 : end;
        continue;
      }
      SPACE.lastIndex = i;
      const m = SPACE.exec(s);
      if (!m) return out;
      i = m.index;
      const c = s[i]!;
      switch (this.state) {
        case 'start':
          if (c === '{') {
            this.state = 'first-key';
            i++;
          } else if (c === '\uFEFF') i++;
          else {
            this.notObject = true;
            this.state = 'other';
          }
          break;
        case 'first-key':
        case 'key':
          if (c === '}' && this.state === 'first-key') {
            this.state = 'done';
            i++;
          } else if (c === '"') this.cap = new Capture(':');
          else throw new NotJsonError('expected a member name');
          break;
        case 'value':
          if (this.key === 'articles' && c === '[') {
            this.sawArticles = true;
            this.state = 'first-elem';
            i++;
          } else this.cap = new Capture(',}');
          break;
        case 'first-elem':
          if (c === ']') {
            this.state = 'after-value';
            i++;
          } else this.cap = new Capture(',]');
          break;
        case 'elem':
          this.cap = new Capture(',]');
          break;
        case 'after-value':
          if (c === ',') this.state = 'key';
          else if (c === '}') this.state = 'done';
          else throw new NotJsonError('expected , or }');
          i++;
          break;
        case 'done':
          throw new NotJsonError('text after the end');
      }
    }
    return out;
  }

  /** Call at the end of the file: throws if the text was cut short. */
  end(): void {
    if (this.state === 'other') {
      if (this.otherChars > MAX_OTHER_CHARS) return;
      try {
        JSON.parse(this.other.join(''));
      } catch {
        throw new NotJsonError('invalid');
      }
      return;
    }
    if (this.state !== 'done') throw new NotJsonError('cut short');
  }

  /**
   * Scans `s` from `i` inside the value being captured; returns the index of the character that
   * ends it (one of `cap.ends` at depth 0, outside strings) or -1 when the chunk ran out first.
   */
  private scan(s: string, i: number, cap: Capture): number {
    const from = i;
    const keep = (to: number) => {
      cap.chars += to - from;
      if (cap.ends !== ',}' || cap.chars <= MAX_OTHER_CHARS) cap.parts.push(s.slice(from, to));
    };
    if (cap.escape) {
      cap.escape = false;
      i++;
    }
    while (i < s.length) {
      if (cap.inString) {
        INSIDE.lastIndex = i;
        const m = INSIDE.exec(s);
        if (!m) break;
        if (s[m.index] === '\\') {
          if (m.index + 1 === s.length) {
            cap.escape = true;
            break;
          }
          i = m.index + 2;
          continue;
        }
        cap.inString = false;
        i = m.index + 1;
        continue;
      }
      OUTSIDE.lastIndex = i;
      const m = OUTSIDE.exec(s);
      if (!m) break;
      const c = s[m.index]!;
      i = m.index + 1;
      if (c === '"') cap.inString = true;
      else if (cap.depth === 0 && cap.ends.includes(c)) {
        keep(m.index);
        return m.index;
      } else if (c === '{' || c === '[') cap.depth++;
      else if (c === '}' || c === ']') {
        if (cap.depth === 0) throw new NotJsonError(`unexpected ${c}`);
        cap.depth--;
      }
    }
    keep(s.length);
    return -1;
  }

  /** Handles a completed capture ended by `c`; true when `c` was consumed. */
  private finish(c: string, out: string[]): boolean {
    const cap = this.cap!;
    this.cap = null;
    const text = cap.text();
    if (!text) throw new NotJsonError(`a missing value before ${c}`);
    if (cap.ends === ':') {
      let key: unknown;
      try {
        key = JSON.parse(text);
      } catch {
        throw new NotJsonError('a broken member name');
      }
      if (typeof key !== 'string') throw new NotJsonError('a member name that is not a string');
      this.key = key;
      this.state = 'value';
      return true;
    }
    if (cap.ends === ',]') {
      out.push(text);
      this.state = c === ',' ? 'elem' : 'after-value';
      return true;
    }
    // A member other than the articles array: small, parsed here.
    if (cap.chars <= MAX_OTHER_CHARS) {
      try {
        this.header[this.key] = JSON.parse(text);
      } catch {
        throw new NotJsonError(`a broken value of ${JSON.stringify(this.key.slice(0, 40))}`);
      }
    } else this.header[this.key] = undefined;
    if (this.key === 'articles') this.sawArticles = false;
    this.state = 'after-value';
    return false;
  }
}
