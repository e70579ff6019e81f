import { useConnectionQualityIndicator } from '@livekit/components-react';
import { ConnectionQuality as Quality, type Participant } from 'livekit-client';

const LABEL: Record<Quality, string> = {
  [Quality.Excellent]: 'Connection excellent',
  [Quality.Good]: 'Connection good',
  [Quality.Poor]: 'Connection weak',
  [Quality.Lost]: 'Connection lost',
  [Quality.Unknown]: 'Connection unknown',
};

const BARS: Record<Quality, number> = { [Quality.Excellent]: 3, [Quality.Good]: 2, [Quality.Poor]: 1, [Quality.Lost]: 0, [Quality.Unknown]: 0 };

/** Three bars and words: colour alone would leave some people guessing. */
export function ConnectionQuality({ participant, showLabel = false }: { participant: Participant; showLabel?: boolean }) {
  const { quality } = useConnectionQualityIndicator({ participant });
  const weak = quality === Quality.Poor || quality === Quality.Lost;
  return (
    <span className={`quality quality--${quality}`} data-quality={quality} title={LABEL[quality]}>
      <span className="quality__bars" aria-hidden="true">
        {[1, 2, 3].map((bar) => (
          <span key={bar} className={bar <= BARS[quality] ? 'quality__bar quality__bar--on' : 'quality__bar'} />
        ))}
      </span>
      <span className={showLabel || weak ? 'quality__label' : 'visually-hidden'}>{LABEL[quality]}</span>
    </span>
  );
}
