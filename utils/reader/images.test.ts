import { describe, expect, it } from 'vitest';
import { captionIsInformative, isPlaceholderSrc } from './images';

describe('captionIsInformative', () => {
  it.each([
    'Photo: AFP',
    'Photo by Ali Khan/Dawn',
    'File photo',
    'Getty Images',
    '(Reuters)',
    'فائل فوٹو',
    'تصویر: اے ایف پی',
    'فوٹو: بشکریہ ٹوئٹر',
    'عکس: ایرنا',
    'الصورة: رويترز',
    'کیپشن',
    '',
  ])('a credit or label is not: %s', (caption) => {
    expect(captionIsInformative(caption)).toBe(false);
  });

  it.each([
    'Crowds gather outside the court in Lahore on Friday. (Photo: AFP)',
    'وزیر اعظم اسلام آباد میں کابینہ کے اجلاس کی صدارت کر رہے ہیں — فوٹو: اے پی پی',
    'نگران وزیر عمر سیف چینی سفیر سے ملاقات کر رہے ہیں',
    'تظاهرات در مرکز تهران روز جمعه',
  ])('words about the story are: %s', (caption) => {
    expect(captionIsInformative(caption)).toBe(true);
  });
});

describe('isPlaceholderSrc', () => {
  it('no source, blank, and tiny inline images are placeholders; real URLs and real inline photos are not', () => {
    expect(isPlaceholderSrc(null)).toBe(true);
    expect(isPlaceholderSrc(' ')).toBe(true);
    expect(isPlaceholderSrc('about:blank')).toBe(true);
    expect(isPlaceholderSrc('data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7')).toBe(true);
    expect(isPlaceholderSrc("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 3 2'%3E%3C/svg%3E")).toBe(true);
    expect(isPlaceholderSrc('https://cdn.example.pk/photo.jpg')).toBe(false);
    expect(isPlaceholderSrc(`data:image/jpeg;base64,${'A'.repeat(2000)}`)).toBe(false);
  });
});
