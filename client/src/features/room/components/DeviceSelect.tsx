import { useId, useState } from 'react';
import { useMediaDeviceSelect } from '@livekit/components-react';
import type { LocalAudioTrack, LocalVideoTrack, Room } from 'livekit-client';

interface DeviceSelectProps {
  kind: 'videoinput' | 'audioinput';
  label: string;
  /** In the room: switches the room's device. Before joining: the caller holds the choice. */
  room?: Room;
  /** A preview track proves permission, so device names can be listed. */
  track?: LocalAudioTrack | LocalVideoTrack | undefined;
  value?: string | undefined;
  onChange: (deviceId: string) => void;
}

/** A plain <select>: every keyboard, screen reader and phone already knows how to use one. */
export function DeviceSelect({ kind, label, room, track, value, onChange }: DeviceSelectProps) {
  const id = useId();
  const [problem, setProblem] = useState<string>();
  const { devices, activeDeviceId, setActiveMediaDevice } = useMediaDeviceSelect({ kind, room, track, requestPermissions: Boolean(room ?? track) });
  const selected = room ? activeDeviceId : (value ?? activeDeviceId);
  const real = devices.filter((d) => d.deviceId !== '');

  if (real.length === 0) return null;
  return (
    <div className="field device-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={real.some((d) => d.deviceId === selected) ? selected : (real[0]?.deviceId ?? '')}
        onChange={(event) => {
          const deviceId = event.target.value;
          onChange(deviceId);
          setProblem(undefined);
          if (room) {
            setActiveMediaDevice(deviceId).catch(() =>
              setProblem(`We couldn’t switch to that ${kind === 'videoinput' ? 'camera' : 'microphone'}. Check that it is connected and not in use by another app.`),
            );
          }
        }}
      >
        {real.map((d, index) => (
          <option key={d.deviceId} value={d.deviceId}>
            {d.label || `${kind === 'videoinput' ? 'Camera' : 'Microphone'} ${index + 1}`}
          </option>
        ))}
      </select>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
