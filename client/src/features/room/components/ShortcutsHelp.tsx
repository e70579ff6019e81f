import { useEffect, useRef } from 'react';

interface Shortcut {
  keys: string;
  what: string;
}

const EVERYONE: Shortcut[] = [
  { keys: 'Alt+M', what: 'Mute or unmute your microphone' },
  { keys: 'Alt+V', what: 'Turn your camera off or on' },
  { keys: 'Alt+X', what: 'Privacy: camera off and mute at once (again to come back)' },
  { keys: 'Alt+A', what: 'Audio only: stop or start receiving others’ video' },
  { keys: '?', what: 'Show these shortcuts' },
];
const MEMBERS: Shortcut[] = [
  { keys: 'Alt+H', what: 'Raise or lower your hand' },
  { keys: 'Alt+N', what: 'Say you’re done when you have the floor' },
];
const FACILITATORS: Shortcut[] = [
  { keys: 'Alt+N', what: 'Next speaker (or the round’s next turn)' },
  { keys: 'Alt+P', what: 'Pause or resume the timer' },
];

/**
 * The room's shortcuts, opened with "?" or the Shortcuts button. All are Alt with a letter (Option
 * on a Mac), which screen readers leave alone, and none works while typing in a field.
 */
export function ShortcutsHelp({ open, onClose, facilitator }: { open: boolean; onClose: () => void; facilitator: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
    if (!open && element?.open) element.close();
  }, [open]);
  const list = [...EVERYONE.slice(0, 4), ...(facilitator ? FACILITATORS : MEMBERS), ...EVERYONE.slice(4)];

  return (
    <dialog ref={dialog} className="confirm-dialog shortcuts-help" aria-labelledby="shortcuts-heading" onClose={onClose}>
      <h3 id="shortcuts-heading">Keyboard shortcuts</h3>
      <p className="small">Alt is Option on a Mac. Shortcuts do nothing while you are typing in a field.</p>
      <dl className="shortcuts-help__list">
        {list.map((s) => (
          <div key={s.keys} className="shortcuts-help__row">
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.what}</dd>
          </div>
        ))}
      </dl>
      <div className="button-row">
        <button type="button" className="button button--primary" autoFocus onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
