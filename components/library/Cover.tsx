import { useEffect, useState } from 'preact/hooks';
import { base64ToBlob } from '@/utils/library/codec';
import { send } from '@/utils/messaging/send';

/** An article's card image, from its stored bytes (object URL, revoked when the card goes). */
export function Cover({ id, imageCount }: { id: number; imageCount: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (imageCount === 0) return undefined;
    let url: string | null = null;
    let live = true;
    void send({ type: 'library-cover', id }).then((res) => {
      if (!live || !res.ok || !res.image) return;
      url = URL.createObjectURL(base64ToBlob(res.image.data, res.image.type));
      setSrc(url);
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id, imageCount]);
  return <div class="lib-cover">{src && <img src={src} alt="" loading="lazy" />}</div>;
}
